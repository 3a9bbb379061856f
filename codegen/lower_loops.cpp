// lower_loops.cpp — for loops and for-range over arrays, pointers to arrays, slices, strings,
// maps and channels.
//
// Invariants:
//   * Go 1.19 semantics: the iteration variables of `for k, v := range` and of a `for i := ...`
//     init statement are ONE variable for the whole loop (declared once, before the loop).
//   * The range expression is evaluated once; ranging over an array with a value variable
//     iterates over a copy of the array (Go's semantics); a slice's length is read once.
//   * Strings are ranged by rune: ASCII bytes inline, otherwise mgo_string_decode_rune.
//   * Every loop latch goes through backEdge() (preemption poll when scheduler hooks are on);
//     `continue` jumps to the latch/post block, `break` to the exit block.
#include "codegen/function_lowering.h"

namespace mgo::codegen {

void FunctionLowering::lowerFor(const ast::ForStmt* s, const std::string& label) {
  lowerStmt(s->init);
  llvm::BasicBlock* condBB = newBlock("for.cond");
  llvm::BasicBlock* bodyBB = newBlock("for.body");
  llvm::BasicBlock* postBB = newBlock("for.post");
  llvm::BasicBlock* endBB = newBlock("for.end");
  branchTo(condBB);
  b.SetInsertPoint(condBB);
  if (s->cond) b.CreateCondBr(lowerExpr(s->cond).v, bodyBB, endBB);
  else b.CreateBr(bodyBB);
  b.SetInsertPoint(bodyBB);
  targets.push_back(Target{s, label, endBB, postBB});
  lowerBlock(s->body);
  targets.pop_back();
  branchTo(postBB);
  b.SetInsertPoint(postBB);
  lowerStmt(s->post);
  backEdge(condBB);
  b.SetInsertPoint(endBB);
}

void FunctionLowering::lowerRange(const ast::RangeStmt* s, const std::string& label) {
  const types::Type* xt = typeOf(s->x);
  const types::Type* xu = under(xt);
  auto isBlank = [](const ast::Expr* e) {
    auto* id = ast::as<ast::Ident>(e);
    return !e || (id && id->name == "_");
  };
  bool wantKey = !isBlank(s->key);
  bool wantValue = !isBlank(s->value);
  // Iteration variables of `:=` are declared once for the whole loop (Go 1.19).
  auto defVar = [&](const ast::Expr* e) -> const types::Var* {
    auto* id = ast::as<ast::Ident>(e);
    if (!id || id->name == "_") return nullptr;
    auto it = m.info.defs.find(id);
    if (it == m.info.defs.end() || !it->second || it->second->kind() != types::ObjKind::Var) return nullptr;
    return static_cast<const types::Var*>(it->second);
  };
  const types::Var* keyVar = s->define ? defVar(s->key) : nullptr;
  const types::Var* valueVar = s->define ? defVar(s->value) : nullptr;
  auto assignIter = [&](const ast::Expr* target, const types::Var* var, const RValue& v) {
    if (isBlank(target)) return;
    if (s->define) {
      if (var) store(convertTo(v, var->type()), varAddress(var));
    } else {
      assignTo(lowerLValue(target), v);
    }
  };

  llvm::BasicBlock* condBB = newBlock("range.cond");
  llvm::BasicBlock* bodyBB = newBlock("range.body");
  llvm::BasicBlock* postBB = newBlock("range.post");
  llvm::BasicBlock* endBB = newBlock("range.end");
  const types::Type* intT = m.typeContext.basic(types::Kind::Int);

  auto runBody = [&]() {
    targets.push_back(Target{s, label, endBB, postBB});
    lowerBlock(s->body);
    targets.pop_back();
    branchTo(postBB);
  };

  if (xu->kind() == types::Kind::Map) {
    auto* mt = static_cast<const types::Map*>(xu);
    llvm::Value* mapv = lowerExpr(s->x).v;
    if (keyVar) declareVar(keyVar);
    if (valueVar) declareVar(valueVar);
    llvm::Value* it = createAlloca(m.mapIterTy, "map.iter");
    b.CreateMemSet(it, b.getInt8(0), m.layout.getTypeAllocSize(m.mapIterTy), llvm::MaybeAlign(8));
    b.CreateCall(m.runtime("mgo_map_iter_init"), {m.typeDescriptor(xt), mapv, it});
    llvm::Value* kslot = createAlloca(m.ptr, "iter.key");
    llvm::Value* vslot = createAlloca(m.ptr, "iter.val");
    b.CreateBr(condBB);
    b.SetInsertPoint(condBB);
    llvm::Value* more = b.CreateCall(m.runtime("mgo_map_iter_next"), {it, kslot, vslot});
    b.CreateCondBr(more, bodyBB, endBB);
    b.SetInsertPoint(bodyBB);
    if (wantKey) assignIter(s->key, keyVar, load(b.CreateLoad(m.ptr, kslot), mt->key()));
    if (wantValue) assignIter(s->value, valueVar, load(b.CreateLoad(m.ptr, vslot), mt->elem()));
    runBody();
    b.SetInsertPoint(postBB);
    backEdge(condBB);
    b.SetInsertPoint(endBB);
    return;
  }

  if (xu->kind() == types::Kind::Chan) {
    auto* ct = static_cast<const types::Chan*>(xu);
    llvm::Value* ch = lowerExpr(s->x).v;
    if (keyVar) declareVar(keyVar);
    llvm::Value* tmp = tempFor(ct->elem(), "recv");
    b.CreateBr(condBB);
    b.SetInsertPoint(condBB);
    storeZero(tmp, ct->elem());
    llvm::Value* ok = b.CreateCall(m.runtime("mgo_chan_recv2"), {ch, tmp});
    b.CreateCondBr(ok, bodyBB, endBB);
    b.SetInsertPoint(bodyBB);
    if (wantKey) assignIter(s->key, keyVar, load(tmp, ct->elem()));
    runBody();
    b.SetInsertPoint(postBB);
    backEdge(condBB);
    b.SetInsertPoint(endBB);
    return;
  }

  // Index-based: arrays, pointers to arrays, slices, strings.
  llvm::Value* length = nullptr;
  llvm::Value* base = nullptr;  // element 0 (arrays/slices) or string bytes
  const types::Type* elemT = nullptr;
  bool isString = false;
  if (xu->kind() == types::Kind::Array) {
    auto* at = static_cast<const types::Array*>(xu);
    elemT = at->elem();
    length = b.getInt64(at->len());
    if (wantValue) base = copyToTemp(lowerExpr(s->x)).v;
  } else if (xu->kind() == types::Kind::Pointer) {
    auto* at = static_cast<const types::Array*>(under(static_cast<const types::Pointer*>(xu)->elem()));
    elemT = at->elem();
    length = b.getInt64(at->len());
    llvm::Value* p = lowerExpr(s->x).v;
    if (wantValue) {
      nilCheck(p);
      base = p;
    }
  } else if (xu->kind() == types::Kind::Slice) {
    elemT = static_cast<const types::Slice*>(xu)->elem();
    llvm::Value* sl = lowerExpr(s->x).v;
    base = b.CreateExtractValue(sl, {0});
    length = b.CreateExtractValue(sl, {1});
  } else {
    MGO_ASSERT(isStringType(xt), "range over unsupported type");
    isString = true;
    llvm::Value* str = lowerExpr(s->x).v;
    base = b.CreateExtractValue(str, {0});
    length = b.CreateExtractValue(str, {1});
    elemT = m.typeContext.basic(types::Kind::Int32);
  }
  if (keyVar) declareVar(keyVar);
  if (valueVar) declareVar(valueVar);
  llvm::Value* idx = createAlloca(m.i64, "range.idx");
  b.CreateStore(b.getInt64(0), idx);
  llvm::Value* nextIdx = isString ? createAlloca(m.i64, "range.next") : nullptr;
  b.CreateBr(condBB);
  b.SetInsertPoint(condBB);
  llvm::Value* i = b.CreateLoad(m.i64, idx, "i");
  b.CreateCondBr(b.CreateICmpSLT(i, length), bodyBB, endBB);
  b.SetInsertPoint(bodyBB);
  if (isString) {
    llvm::Value* byte = b.CreateLoad(m.i8, b.CreateGEP(m.i8, base, i));
    llvm::BasicBlock* ascii = newBlock("rune.ascii");
    llvm::BasicBlock* multi = newBlock("rune.multi");
    llvm::BasicBlock* done = newBlock("rune.done");
    b.CreateCondBr(b.CreateICmpULT(byte, b.getInt8(0x80)), ascii, multi);
    b.SetInsertPoint(ascii);
    llvm::Value* r1 = b.CreateZExt(byte, m.i32);
    b.CreateStore(b.CreateAdd(i, b.getInt64(1)), nextIdx);
    b.CreateBr(done);
    b.SetInsertPoint(multi);
    llvm::Value* r2 = b.CreateCall(m.runtime("mgo_string_decode_rune"), {base, length, i, nextIdx});
    b.CreateBr(done);
    b.SetInsertPoint(done);
    llvm::PHINode* r = b.CreatePHI(m.i32, 2, "rune");
    r->addIncoming(r1, ascii);
    r->addIncoming(r2, multi);
    if (wantKey) assignIter(s->key, keyVar, RValue{i, intT});
    if (wantValue) assignIter(s->value, valueVar, RValue{r, elemT});
  } else {
    if (wantKey) assignIter(s->key, keyVar, RValue{i, intT});
    if (wantValue) {
      llvm::Value* addr = b.CreateGEP(m.memType(elemT), base, i);
      assignIter(s->value, valueVar, load(addr, elemT));
    }
  }
  runBody();
  b.SetInsertPoint(postBB);
  llvm::Value* cur = b.CreateLoad(m.i64, idx);
  llvm::Value* next = isString ? static_cast<llvm::Value*>(b.CreateLoad(m.i64, nextIdx))
                               : b.CreateAdd(cur, b.getInt64(1));
  b.CreateStore(next, idx);
  backEdge(condBB);
  b.SetInsertPoint(endBB);
}

}  // namespace mgo::codegen
