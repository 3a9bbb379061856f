// lower_defer.cpp — defer and go statements, and the defer frame of a function with defers.
//
// Invariants:
//   * `defer f(args)` / `go f(args)` evaluate the function value (a func value, a method receiver
//     or interface value) and every argument AT THE STATEMENT, store them in a fresh heap closure
//     object {ptr thunk, [ptr frame,] values...}, and hand it to mgo_defer_frame_push / mgo_go.
//     A deferred closure outside loops lives in the deferring frame (an alloca), in a loop on the heap.
//   * The thunk `void(ptr env)` reloads those values and lowers the very same CallExpr with them
//     registered in FunctionLowering::preEvaluated, so every kind of call (Go function, method,
//     closure, builtin, library, interface method) behaves exactly as a direct call would.
//   * A defer thunk first stores its own frame address in the closure's second word: recover()
//     (mgo_recover) accepts a caller whose saved frame pointer is that frame, i.e. the function
//     the thunk calls. So no call in a defer thunk is ever a tail call, and thunks keep frame
//     pointers (every generated function does).
//   * Declared top-level functions, builtins and type expressions are not values and are not
//     captured; constants are re-materialised in the thunk.
//   * A function with defer statements (containsDefer) gets an mgo_defer_frame alloca
//     {jmpbuf[5], prev, mark, stack segment, check sequence, state, result slot addresses...}: entry calls
//     mgo_defer_frame_enter, fills jmpbuf[0] / [2] with the frame address and stack pointer and
//     calls llvm.eh.sjlj.setjmp; a non-zero result (a panic recovered by one of its deferred calls)
//     branches to the return block, which calls mgo_defer_frame_return before reading the results.
//     The result slots' addresses are stored in the frame so that LLVM treats them as escaped:
//     stores to them survive up to any call, and the return block reloads them after a resume.
//     Such functions are noinline (their frame is the resume target). Others pay nothing.
//   * Open-coded defers (DeferShape::openCodable: no defer in a loop): defer statement i
//     builds its closure in the frame, stores it in the frame's open-closure array and sets bit i
//     of open_bits; the return block tests the bits from the last statement down, clears bit i and
//     calls thunk i directly, then calls mgo_defer_frame_return (which runs whatever a panic turned
//     into records and unlinks the frame). No mgo_defer_frame_push, no indirect call.
//   * mgo_defer_frame_enter / _return are inlined (abi.h "Fast path": the thread-local
//     mgo_tls_defer_state, then four loads and stores), with a call only when the goroutine has no
//     defer state yet or records are pending; --check-escape programs always call (the runtime
//     records the escape-check sequence).
#include <llvm/IR/Intrinsics.h>
#include <llvm/IR/MDBuilder.h>

#include "codegen/function_lowering.h"

namespace mgo::codegen {

namespace {
// Fields of the frame struct (runtime/abi.h mgo_defer_frame, then codegen's own).
constexpr unsigned kFramePrev = 1, kFrameMark = 2, kFrameState = 4, kFrameOpenBits = 5, kFrameOpenClosures = 6,
                   kFrameResults = 7, kFrameOpenArray = 8;
// The first fields of the runtime's DeferState (abi.h "Fast path"): {records, depth, capacity, frames}.
constexpr uint64_t kStateDepthOffset = 8, kStateFramesOffset = 24;
}  // namespace

llvm::Value* FunctionLowering::buildCallThunk(const ast::CallExpr* call, const std::string& kind, bool envOnStack,
                                              llvm::Function** thunkOut) {
  struct Captured {
    const ast::Node* key;
    std::vector<RValue> values;
  };
  std::vector<Captured> captured;
  const ast::Expr* fun = unparen(call->fun);
  const types::TypeAndValue& ftv = tv(call->fun);
  bool isBuiltinOrConversion = ftv.mode == types::Mode::Builtin || ftv.mode == types::Mode::TypeExpr;
  if (!isBuiltinOrConversion) {
    auto* sel = ast::as<ast::SelectorExpr>(fun);
    auto selIt = sel ? m.info.selections.find(sel) : m.info.selections.end();
    if (sel && selIt != m.info.selections.end() && selIt->second.kind == types::Selection::Kind::MethodVal) {
      auto* method = static_cast<const types::Func*>(selIt->second.obj);
      RValue recv = isInterfaceType(typeOf(sel->x)) ? lowerExpr(sel->x) : methodReceiver(sel, selIt->second, method);
      captured.push_back({sel, {copyToTemp(recv)}});
    } else {
      const ast::Ident* id = ast::as<ast::Ident>(fun);
      if (!id && sel && selIt == m.info.selections.end()) id = sel->sel;
      types::Object* obj = id ? m.info.objectOf(id) : nullptr;
      bool declared = obj && obj->kind() == types::ObjKind::Func;
      if (!declared) captured.push_back({call->fun, {lowerExpr(call->fun)}});
    }
  }
  for (const ast::Expr* a : call->args) {
    const types::TypeAndValue& atv = tv(a);
    if (atv.mode == types::Mode::TypeExpr || atv.mode == types::Mode::Constant) continue;
    if (atv.type && atv.type->kind() == types::Kind::Tuple) {
      captured.push_back({a, lowerMulti(a, static_cast<const types::Tuple*>(atv.type)->size())});
    } else {
      captured.push_back({a, {copyToTemp(lowerExpr(a))}});
    }
  }
  // Environment layout.
  bool isDefer = kind == "deferwrap";
  std::vector<llvm::Type*> fields{m.ptr};
  if (isDefer) fields.push_back(m.ptr);  // the running thunk's frame address (recover's check)
  for (const Captured& c : captured)
    for (const RValue& v : c.values) fields.push_back(m.memType(v.type));
  auto* envTy = llvm::StructType::get(m.llvm, fields);
  auto* thunkTy = llvm::FunctionType::get(m.voidTy, {m.ptr}, false);
  std::string base = fn->getName().str();
  llvm::Function* thunk = llvm::Function::Create(thunkTy, llvm::GlobalValue::InternalLinkage,
                                                 m.uniqueName(base + "." + kind), m.module);
  m.addCommonAttributes(thunk);
  {
    FunctionLowering tl(m, thunk);
    tl.beginSynthetic();
    unsigned field = isDefer ? 2 : 1;
    if (isDefer) {
      llvm::Value* frame = tl.b.CreateCall(m.intrinsic(llvm::Intrinsic::frameaddress, {m.ptr}), {tl.b.getInt32(0)});
      tl.b.CreateStore(frame, tl.b.CreateStructGEP(envTy, tl.ctx(), 1));
    }
    for (const Captured& c : captured) {
      std::vector<RValue> vals;
      for (const RValue& v : c.values) vals.push_back(tl.load(tl.b.CreateStructGEP(envTy, tl.ctx(), field++), v.type));
      tl.preEvaluated[c.key] = vals;
    }
    tl.lowerCall(call);
    if (!tl.terminated()) tl.b.CreateRetVoid();
    if (isDefer)
      for (llvm::BasicBlock& bb : *thunk)
        for (llvm::Instruction& inst : bb)
          if (auto* ci = llvm::dyn_cast<llvm::CallInst>(&inst)) ci->setTailCallKind(llvm::CallInst::TCK_NoTail);
  }
  llvm::Value* env = envOnStack
                         ? static_cast<llvm::Value*>(createAlloca(envTy, kind + ".env"))
                         : b.CreateCall(m.runtime("mgo_alloc_bytes"),
                                        {b.getInt64(static_cast<int64_t>(m.layout.getTypeAllocSize(envTy))), b.getInt1(false)});
  b.CreateStore(thunk, b.CreateStructGEP(envTy, env, 0));
  if (thunkOut) *thunkOut = thunk;
  unsigned field = isDefer ? 2 : 1;
  for (const Captured& c : captured)
    for (const RValue& v : c.values) store(v, b.CreateStructGEP(envTy, env, field++));
  return env;
}

void FunctionLowering::lowerDefer(const ast::DeferStmt* s) {
  MGO_ASSERT(s->call != nullptr, "defer of a non-call");
  if (openDefers_) {
    // Open-coded: the closure lives in the frame, bit i of open_bits marks it pending.
    llvm::Function* thunk = nullptr;
    llvm::Value* env = buildCallThunk(s->call, "deferwrap", /*envOnStack=*/true, &thunk);
    auto index = static_cast<unsigned>(openDeferSites_.size());
    openDeferSites_.push_back({thunk, env});
    llvm::Value* closures = b.CreateStructGEP(deferFrameTy_, deferFrame_, kFrameOpenArray);
    b.CreateStore(env, b.CreateConstInBoundsGEP2_32(deferFrameTy_->getElementType(kFrameOpenArray), closures, 0, index));
    llvm::Value* bitsAddr = b.CreateStructGEP(deferFrameTy_, deferFrame_, kFrameOpenBits);
    llvm::Value* bits = b.CreateLoad(m.i64, bitsAddr);
    b.CreateStore(b.CreateOr(bits, b.getInt64(uint64_t(1) << index)), bitsAddr);
    return;
  }
  // Outside loops a defer statement runs at most once per activation (a recovery resumes at the
  // return block), and its record is run or dropped before the frame returns: the closure can
  // live in the frame. In a loop each execution needs its own closure: heap.
  bool inLoop = false;
  for (const Target& t : targets) inLoop = inLoop || t.continueBlock != nullptr;
  llvm::Value* env = buildCallThunk(s->call, "deferwrap", /*envOnStack=*/!inLoop && deferFrame_);
  if (!deferFrame_) {
    b.CreateCall(m.runtime("mgo_defer_push"), {env});
    return;
  }
  llvm::FunctionCallee push = m.module.getOrInsertFunction(
      "mgo_defer_frame_push", llvm::FunctionType::get(m.voidTy, {m.ptr, m.ptr}, false));
  b.CreateCall(push, {deferFrame_, env});
}

void FunctionLowering::beginDeferFrame(bool openCoded, unsigned deferCount) {
  size_t nres = resultSlots_.size();
  auto* jmpbufTy = llvm::ArrayType::get(m.ptr, 5);
  // runtime/abi.h mgo_defer_frame, then codegen's own fields: result slot addresses, open closures.
  deferFrameTy_ = llvm::StructType::get(
      m.llvm, {jmpbufTy, m.ptr, m.i64, m.i64, m.ptr, m.i64, m.ptr, llvm::ArrayType::get(m.ptr, nres),
               llvm::ArrayType::get(m.ptr, openCoded ? deferCount : 0)});
  llvm::StructType* frameTy = deferFrameTy_;
  llvm::AllocaInst* frame = createAlloca(frameTy, "defer.frame");
  frame->setAlignment(llvm::Align(16));
  for (size_t i = 0; i < nres; ++i)
    b.CreateStore(resultSlots_[i], b.CreateConstInBoundsGEP2_32(frameTy->getElementType(kFrameResults),
                                                                b.CreateStructGEP(frameTy, frame, kFrameResults), 0,
                                                                static_cast<unsigned>(i)));
  b.CreateStore(b.getInt64(0), b.CreateStructGEP(frameTy, frame, kFrameOpenBits));
  b.CreateStore(openCoded ? b.CreateStructGEP(frameTy, frame, kFrameOpenArray)
                          : static_cast<llvm::Value*>(llvm::ConstantPointerNull::get(m.ptr)),
                b.CreateStructGEP(frameTy, frame, kFrameOpenClosures));
  openDefers_ = openCoded;
  llvm::FunctionCallee enter = m.module.getOrInsertFunction(
      "mgo_defer_frame_enter", llvm::FunctionType::get(m.voidTy, {m.ptr}, false));
  if (m.options.checkEscape) {
    b.CreateCall(enter, {frame});  // records the escape-check sequence too
  } else {
    // Inline fast path (abi.h): link the frame into the running goroutine's defer state.
    llvm::Value* state = b.CreateLoad(m.ptr, b.CreateThreadLocalAddress(deferStateTLS()), "defer.state");
    llvm::BasicBlock* slow = newBlock("defer.enter.slow");
    llvm::BasicBlock* fast = newBlock("defer.enter.fast");
    llvm::BasicBlock* done = newBlock("defer.entered");
    b.CreateCondBr(b.CreateIsNull(state), slow, fast, llvm::MDBuilder(m.llvm).createBranchWeights(1, 1u << 20));
    b.SetInsertPoint(slow);
    b.CreateCall(enter, {frame});
    b.CreateBr(done);
    b.SetInsertPoint(fast);
    llvm::Value* framesAddr = b.CreateConstInBoundsGEP1_64(m.i8, state, kStateFramesOffset);
    b.CreateStore(b.CreateLoad(m.ptr, framesAddr), b.CreateStructGEP(frameTy, frame, kFramePrev));
    b.CreateStore(b.CreateLoad(m.i64, b.CreateConstInBoundsGEP1_64(m.i8, state, kStateDepthOffset)),
                  b.CreateStructGEP(frameTy, frame, kFrameMark));
    b.CreateStore(state, b.CreateStructGEP(frameTy, frame, kFrameState));
    b.CreateStore(frame, framesAddr);
    b.CreateBr(done);
    b.SetInsertPoint(done);
  }
  llvm::Value* buf = b.CreateStructGEP(frameTy, frame, 0);
  llvm::Value* fp = b.CreateCall(m.intrinsic(llvm::Intrinsic::frameaddress, {m.ptr}), {b.getInt32(0)});
  b.CreateStore(fp, b.CreateConstInBoundsGEP2_32(jmpbufTy, buf, 0, 0));
  llvm::Value* sp = b.CreateCall(m.intrinsic(llvm::Intrinsic::stacksave, {m.ptr}), {});
  b.CreateStore(sp, b.CreateConstInBoundsGEP2_32(jmpbufTy, buf, 0, 2));
  llvm::Value* resumed = b.CreateCall(m.intrinsic(llvm::Intrinsic::eh_sjlj_setjmp, {}), {buf}, "defer.resumed");
  llvm::BasicBlock* recovered = newBlock("defer.recovered");
  llvm::BasicBlock* body = newBlock("body");
  b.CreateCondBr(b.CreateICmpNE(resumed, b.getInt32(0)), recovered, body,
                 llvm::MDBuilder(m.llvm).createBranchWeights(1, 1u << 20));
  b.SetInsertPoint(recovered);
  b.CreateBr(returnBlock_);
  b.SetInsertPoint(body);
  fn->addFnAttr(llvm::Attribute::NoInline);
  deferFrame_ = frame;
}

void FunctionLowering::endDeferFrame() {
  // Open-coded defers, last first: clear the bit, then call the thunk directly (LLVM may inline it).
  // A panic in call i leaves bits < i set: the runtime turns them into records (abi.h).
  llvm::Value* bitsAddr = openDefers_ ? b.CreateStructGEP(deferFrameTy_, deferFrame_, kFrameOpenBits) : nullptr;
  for (size_t i = openDeferSites_.size(); i-- > 0;) {
    uint64_t bit = uint64_t(1) << i;
    llvm::Value* bits = b.CreateLoad(m.i64, bitsAddr);
    llvm::BasicBlock* run = newBlock("defer.run");
    llvm::BasicBlock* next = newBlock("defer.next");
    b.CreateCondBr(b.CreateICmpNE(b.CreateAnd(bits, b.getInt64(bit)), b.getInt64(0)), run, next);
    b.SetInsertPoint(run);
    b.CreateStore(b.CreateAnd(bits, b.getInt64(~bit)), bitsAddr);
    b.CreateCall(openDeferSites_[i].thunk, {openDeferSites_[i].env});
    b.CreateBr(next);
    b.SetInsertPoint(next);
  }
  llvm::FunctionCallee leave = m.module.getOrInsertFunction(
      "mgo_defer_frame_return", llvm::FunctionType::get(m.voidTy, {m.ptr}, false));
  if (m.options.checkEscape) {
    b.CreateCall(leave, {deferFrame_});
    return;
  }
  // Inline fast path (abi.h): no records left above the mark (a panic made none) => unlink.
  llvm::Value* state = b.CreateLoad(m.ptr, b.CreateStructGEP(deferFrameTy_, deferFrame_, kFrameState));
  llvm::Value* depth = b.CreateLoad(m.i64, b.CreateConstInBoundsGEP1_64(m.i8, state, kStateDepthOffset));
  llvm::Value* mark = b.CreateLoad(m.i64, b.CreateStructGEP(deferFrameTy_, deferFrame_, kFrameMark));
  llvm::BasicBlock* slow = newBlock("defer.return.slow");
  llvm::BasicBlock* fast = newBlock("defer.return.fast");
  llvm::BasicBlock* done = newBlock("defer.returned");
  b.CreateCondBr(b.CreateICmpSGT(depth, mark), slow, fast, llvm::MDBuilder(m.llvm).createBranchWeights(1, 1u << 20));
  b.SetInsertPoint(slow);
  b.CreateCall(leave, {deferFrame_});
  b.CreateBr(done);
  b.SetInsertPoint(fast);
  b.CreateStore(b.CreateLoad(m.ptr, b.CreateStructGEP(deferFrameTy_, deferFrame_, kFramePrev)),
                b.CreateConstInBoundsGEP1_64(m.i8, state, kStateFramesOffset));
  b.CreateBr(done);
  b.SetInsertPoint(done);
}

llvm::GlobalVariable* FunctionLowering::deferStateTLS() {
  if (llvm::GlobalVariable* gv = m.module.getGlobalVariable("mgo_tls_defer_state")) return gv;
  return new llvm::GlobalVariable(m.module, m.ptr, /*isConstant=*/false, llvm::GlobalValue::ExternalLinkage,
                                  nullptr, "mgo_tls_defer_state", nullptr,
                                  llvm::GlobalValue::InitialExecTLSModel);
}

void FunctionLowering::lowerGo(const ast::GoStmt* s) {
  MGO_ASSERT(s->call != nullptr, "go of a non-call");
  llvm::Value* env = buildCallThunk(s->call, "gowrap");
  b.CreateCall(m.runtime("mgo_go"), {env});
}

}  // namespace mgo::codegen
