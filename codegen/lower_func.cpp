// lower_func.cpp — function prologue/epilogue (parameters, captured variables, result slots,
// defer frame (lower_defer.cpp), the single return block) and the storage primitives every other lowering file uses:
// allocas, heap cells, loads/stores with Go's in-memory layout, zeroing, runtime checks.
//
// Invariants:
//   * A variable lives at exactly one address for its whole lifetime: an entry-block alloca, a heap
//     cell from mgo_alloc (escape::Result::varOnHeap), the caller's copy of an aggregate parameter,
//     or (in a function literal) the address stored in the closure environment.
//   * declareVar() creates fresh storage each time a declaration executes (heap variables get a new
//     cell; stack variables are re-zeroed), which is what closures capturing `:=` variables in loop
//     bodies observe.
//   * Panic branches are cold blocks ending in `unreachable` after a noreturn runtime call.
#include <llvm/IR/MDBuilder.h>

#include "codegen/escape_check.h"
#include "codegen/function_lowering.h"
#include "frontend/ast_walk.h"

namespace mgo::codegen {

FunctionLowering::FunctionLowering(ModuleContext& module, llvm::Function* function)
    : m(module), fn(function), b(module.llvm) {}

DeferShape deferShape(const ast::Node* body) {
  DeferShape shape;
  // One iterative pass (deep trees cannot overflow the C++ stack), each node with "below a loop".
  std::vector<std::pair<const ast::Node*, bool>> work{{body, false}};
  std::vector<const ast::Node*> kids;
  while (!work.empty()) {
    auto [n, belowLoop] = work.back();
    work.pop_back();
    if (n->kind == ast::NodeKind::FuncLit) continue;
    if (n->kind == ast::NodeKind::DeferStmt) {
      ++shape.count;
      shape.inLoop = shape.inLoop || belowLoop;
    }
    bool loop = belowLoop || n->kind == ast::NodeKind::ForStmt || n->kind == ast::NodeKind::RangeStmt;
    kids.clear();
    ast::children(n, kids);
    for (const ast::Node* k : kids)
      if (k) work.emplace_back(k, loop);
  }
  return shape;
}

void FunctionLowering::beginSynthetic() {
  b.SetInsertPoint(llvm::BasicBlock::Create(m.llvm, "entry", fn));
  ctx_ = fn->getArg(0);
}

void FunctionLowering::lowerBody(const FuncSpec& spec) {
  spec_ = &spec;
  abi_ = &m.abiOf(spec.sig, spec.recvType);
  b.SetInsertPoint(llvm::BasicBlock::Create(m.llvm, "entry", fn));
  if (llvm::DIBuilder* di = m.di()) {
    llvm::DIFile* file = m.diFile(spec.pos.file);
    auto* subTy = di->createSubroutineType(di->getOrCreateTypeArray({}));
    subprogram_ = di->createFunction(file, spec.name, fn->getName(), file,
                                     static_cast<unsigned>(spec.pos.line), subTy,
                                     static_cast<unsigned>(spec.pos.line),
                                     llvm::DINode::FlagPrototyped, llvm::DISubprogram::SPFlagDefinition);
    fn->setSubprogram(subprogram_);
    setLocation(spec.pos);
  }
  ctx_ = fn->getArg(0);
  ctx_->setName("ctx");
  bindParams(spec);
  returnBlock_ = llvm::BasicBlock::Create(m.llvm, "return", fn);
  if (spec.body) {
    DeferShape shape = deferShape(spec.body);
    if (shape.count > 0) beginDeferFrame(shape.openCodable(), shape.count);
  }
  if (spec.body) lowerBlock(spec.body);
  if (!terminated()) {
    if (spec.body) setLocation(spec.body->rbrace);
    b.CreateBr(returnBlock_);
  }
  finishReturnBlock();
  if (m.options.checkEscape) instrumentEscapeCheck(*fn);
}

void FunctionLowering::bindParams(const FuncSpec& spec) {
  if (spec.captures) {
    std::vector<llvm::Type*> fields{m.ptr};
    for (size_t i = 0; i < spec.captures->size(); ++i) fields.push_back(m.ptr);
    auto* envTy = llvm::StructType::get(m.llvm, fields);
    for (size_t i = 0; i < spec.captures->size(); ++i) {
      const types::Var* v = (*spec.captures)[i];
      llvm::Value* slot = b.CreateStructGEP(envTy, ctx_, static_cast<unsigned>(i + 1));
      vars_[v] = b.CreateLoad(m.ptr, slot, v->name() + ".ref");
    }
  }
  auto bindOne = [&](const types::Var* var, llvm::Value* arg) {
    if (!var || var->name() == "_" || var->name().empty()) return;
    arg->setName(var->name());
    const types::Type* t = var->type();
    if (m.isAggregate(t)) {
      if (m.escape.varOnHeap(var)) {
        llvm::Value* cell = declareVar(var, /*zero=*/false);
        memCopy(cell, arg, t);
      } else {
        vars_[var] = arg;
      }
      return;
    }
    llvm::Value* cell = declareVar(var, /*zero=*/false);
    store(RValue{arg, t}, cell);
  };
  if (spec.recv) bindOne(spec.recv, fn->getArg(abi_->recvArg));
  for (size_t i = 0; i < spec.params.size(); ++i)
    bindOne(spec.params[i], fn->getArg(abi_->firstParamArg + static_cast<unsigned>(i)));
  size_t nres = spec.sig->results() ? spec.sig->results()->size() : 0;
  for (size_t i = 0; i < nres; ++i) {
    const types::Type* t = spec.sig->results()->at(i);
    const types::Var* var = i < spec.results.size() ? spec.results[i] : nullptr;
    bool named = var && !var->name().empty() && var->name() != "_";
    llvm::Value* slot;
    if (abi_->resultInMemory[i] && !(named && m.escape.varOnHeap(var))) {
      slot = fn->getArg(1 + static_cast<unsigned>(abi_->resultSlot[i]));
      storeZero(slot, t);
      if (named) vars_[var] = slot;
    } else if (named) {
      slot = declareVar(var);
    } else {
      slot = tempFor(t, "result");
      storeZero(slot, t);
    }
    resultSlots_.push_back(slot);
  }
}

void FunctionLowering::finishReturnBlock() {
  b.SetInsertPoint(returnBlock_);
  if (deferFrame_) endDeferFrame();
  size_t nres = resultSlots_.size();
  llvm::Value* ret = abi_->numScalarResults > 1 ? llvm::UndefValue::get(abi_->returnType) : nullptr;
  llvm::Value* single = nullptr;
  for (size_t i = 0; i < nres; ++i) {
    const types::Type* t = spec_->sig->results()->at(i);
    if (abi_->resultInMemory[i]) {
      llvm::Value* out = fn->getArg(1 + static_cast<unsigned>(abi_->resultSlot[i]));
      if (out != resultSlots_[i]) memCopy(out, resultSlots_[i], t);
      continue;
    }
    llvm::Value* v = load(resultSlots_[i], t).v;
    if (abi_->numScalarResults == 1) single = v;
    else ret = b.CreateInsertValue(ret, v, {static_cast<unsigned>(abi_->resultSlot[i])});
  }
  if (abi_->numScalarResults == 0) b.CreateRetVoid();
  else if (abi_->numScalarResults == 1) b.CreateRet(single);
  else b.CreateRet(ret);
}

void FunctionLowering::emitReturn(const std::vector<RValue>& values) {
  if (!values.empty()) {
    MGO_ASSERT(values.size() == resultSlots_.size(), "return arity");
    std::vector<RValue> vals = values;
    if (vals.size() > 1)
      for (RValue& v : vals) v = copyToTemp(v);
    for (size_t i = 0; i < vals.size(); ++i) store(vals[i], resultSlots_[i]);
  }
  b.CreateBr(returnBlock_);
  startDeadBlock();
}

// ---------------------------------------------------------------------------------------------
// Storage
// ---------------------------------------------------------------------------------------------
llvm::AllocaInst* FunctionLowering::createAlloca(llvm::Type* ty, const llvm::Twine& name) {
  llvm::BasicBlock& entry = fn->getEntryBlock();
  llvm::IRBuilder<> tmp(&entry, entry.begin());
  return tmp.CreateAlloca(ty, nullptr, name);
}

llvm::Value* FunctionLowering::tempFor(const types::Type* t, const llvm::Twine& name) {
  llvm::AllocaInst* a = createAlloca(m.memType(t), name);
  a->setAlignment(llvm::Align(std::max<uint64_t>(m.alignOf(t), 1)));
  return a;
}

llvm::Value* FunctionLowering::heapAlloc(const types::Type* t) {
  return b.CreateCall(m.runtime("mgo_alloc"), {m.typeDescriptor(t)});
}

llvm::Value* FunctionLowering::declareVar(const types::Var* var, bool zero) {
  const types::Type* t = var->type();
  llvm::Value* addr;
  if (m.escape.varOnHeap(var)) {
    addr = heapAlloc(t);
    addr->setName(var->name() + ".heap");
  } else {
    addr = tempFor(t, var->name());
    if (zero) storeZero(addr, t);
  }
  vars_[var] = addr;
  return addr;
}

llvm::Value* FunctionLowering::varAddress(const types::Var* var) {
  auto it = vars_.find(var);
  if (it != vars_.end()) return it->second;
  if (var->isGlobal()) return m.globalFor(var);
  MGO_UNREACHABLE("variable without storage: " + var->name());
}

RValue FunctionLowering::load(llvm::Value* addr, const types::Type* t) {
  if (m.isAggregate(t)) return RValue{addr, t};
  llvm::Type* mt = m.memType(t);
  llvm::Value* v = b.CreateLoad(mt, addr);
  if (m.valueType(t) == m.i1) v = b.CreateTrunc(v, m.i1);
  return RValue{v, t};
}

void FunctionLowering::store(const RValue& value, llvm::Value* addr) {
  MGO_ASSERT(value.valid(), "store of an invalid value");
  const types::Type* t = value.type;
  if (m.isAggregate(t)) {
    if (value.v != addr) memCopy(addr, value.v, t);
    return;
  }
  llvm::Value* v = value.v;
  if (v->getType() == m.i1) v = b.CreateZExt(v, m.i8);
  b.CreateStore(v, addr);
}

void FunctionLowering::storeZero(llvm::Value* addr, const types::Type* t) {
  uint64_t size = m.sizeOf(t);
  if (size == 0) return;
  if (m.isAggregate(t)) {
    b.CreateMemSet(addr, b.getInt8(0), size, llvm::MaybeAlign(m.alignOf(t)));
    return;
  }
  b.CreateStore(llvm::Constant::getNullValue(m.memType(t)), addr);
}

void FunctionLowering::memCopy(llvm::Value* dst, llvm::Value* src, const types::Type* t) {
  uint64_t size = m.sizeOf(t);
  if (size == 0) return;
  llvm::MaybeAlign align(m.alignOf(t));
  b.CreateMemCpy(dst, align, src, align, size);
}

RValue FunctionLowering::copyToTemp(const RValue& value) {
  if (!m.isAggregate(value.type)) return value;
  llvm::Value* tmp = tempFor(value.type, "copy");
  memCopy(tmp, value.v, value.type);
  return RValue{tmp, value.type};
}

RValue FunctionLowering::zeroValue(const types::Type* t) {
  if (m.isAggregate(t)) {
    llvm::Value* tmp = tempFor(t, "zero");
    storeZero(tmp, t);
    return RValue{tmp, t};
  }
  return RValue{llvm::Constant::getNullValue(m.valueType(t)), t};
}

// ---------------------------------------------------------------------------------------------
// Control-flow helpers
// ---------------------------------------------------------------------------------------------
llvm::BasicBlock* FunctionLowering::newBlock(const llvm::Twine& name) {
  return llvm::BasicBlock::Create(m.llvm, name, fn);
}

bool FunctionLowering::terminated() const {
  llvm::BasicBlock* bb = b.GetInsertBlock();
  return bb && bb->getTerminator() != nullptr;
}

void FunctionLowering::startDeadBlock() { b.SetInsertPoint(newBlock("dead")); }

void FunctionLowering::branchTo(llvm::BasicBlock* target) {
  if (!terminated()) b.CreateBr(target);
}

void FunctionLowering::backEdge(llvm::BasicBlock* target) {
  if (terminated()) return;
  if (m.options.schedulerHooks) {
    // %lim = load volatile i64 from %fs:0x70 (addrspace 257); poll when it holds the mark.
    auto* fsPtrTy = llvm::PointerType::get(m.llvm, 257);
    llvm::Value* limAddr = b.CreateIntToPtr(b.getInt64(112), fsPtrTy);
    llvm::LoadInst* lim = b.CreateLoad(m.i64, limAddr, "stack.limit");
    lim->setVolatile(true);
    llvm::Value* req = b.CreateICmpEQ(lim, b.getInt64(-1));
    llvm::BasicBlock* poll = newBlock("preempt");
    llvm::BasicBlock* cont = newBlock("latch");
    b.CreateCondBr(req, poll, cont, llvm::MDBuilder(m.llvm).createBranchWeights(1, 1u << 20));
    b.SetInsertPoint(poll);
    b.CreateCall(m.runtime("mgo_preempt_poll"), {});
    b.CreateBr(cont);
    b.SetInsertPoint(cont);
  }
  b.CreateBr(target);
}

void FunctionLowering::panicIf(llvm::Value* cond, std::string_view panicFn, llvm::ArrayRef<llvm::Value*> args) {
  if (auto* c = llvm::dyn_cast<llvm::ConstantInt>(cond); c && c->isZero()) return;
  llvm::BasicBlock* fail = newBlock("panic");
  llvm::BasicBlock* cont = newBlock("ok");
  b.CreateCondBr(cond, fail, cont, llvm::MDBuilder(m.llvm).createBranchWeights(1, 1u << 20));
  b.SetInsertPoint(fail);
  llvm::CallInst* call = b.CreateCall(m.runtime(panicFn), args);
  call->setDoesNotReturn();
  b.CreateUnreachable();
  b.SetInsertPoint(cont);
}

void FunctionLowering::nilCheck(llvm::Value* pointer) {
  if (llvm::isa<llvm::GlobalValue>(pointer) || llvm::isa<llvm::AllocaInst>(pointer)) return;
  panicIf(b.CreateIsNull(pointer), "mgo_panic_nil_deref");
}

void FunctionLowering::setLocation(ast::Pos pos) {
  if (!subprogram_ || !pos.valid()) return;
  b.SetCurrentDebugLocation(llvm::DILocation::get(m.llvm, static_cast<unsigned>(pos.line),
                                                  static_cast<unsigned>(pos.col), subprogram_));
}

}  // namespace mgo::codegen
