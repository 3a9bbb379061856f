// lower_closure.cpp — function literals (closures), bound method values x.m, method expressions
// T.m, the method-table wrappers used by interface dispatch and fmt (String/Error), and the
// wrappers that give library functions (strings.TrimSpace ...) the Go ABI when used as values.
//
// Invariants:
//   * A closure object is {ptr code, ptr &captured_0, ..., ptr &captured_n} in the order of
//     types::Info::captures; captured variables are heap cells (escape analysis guarantees it), so
//     closures share variables by reference — except that a heap closure capturing a stack
//     variable (escape analysis captured it by value) holds a copy inside the closure object.
//     A literal without captures is a constant {ptr code}.
//   * A bound method value evaluates (and copies) its receiver when the value is created:
//     {ptr thunk, receiver}; the thunk reloads the receiver and calls the method (or dispatches
//     through the interface). The record is on the stack when escape analysis allows.
//   * A method expression is the method's own function when its first parameter is exactly the
//     receiver type, otherwise a thunk adjusting the receiver (deref, embedded path, interface).
//   * A method-table wrapper has the plain Go ABI with ctx = pointer to the boxed receiver value
//     (abi.h mgo_method: "taking the receiver (as pointer to value) first").
#include "codegen/function_lowering.h"

namespace mgo::codegen {

namespace {

std::vector<const types::Var*> fieldVars(const ModuleContext& m, const std::vector<ast::Field*>& fields) {
  std::vector<const types::Var*> out;
  for (const ast::Field* f : fields) {
    if (f->names.empty()) {
      out.push_back(nullptr);
      continue;
    }
    for (const ast::Ident* id : f->names) {
      auto it = m.info.defs.find(id);
      const types::Object* obj = it != m.info.defs.end() ? it->second : nullptr;
      out.push_back(obj && obj->kind() == types::ObjKind::Var ? static_cast<const types::Var*>(obj) : nullptr);
    }
  }
  return out;
}

// Returns `results` (of `sig`) from a generated function whose ABI is `abi`.
void syntheticReturn(FunctionLowering& f, const FuncABI& abi, const types::Signature* sig,
                     const std::vector<RValue>& results) {
  size_t nres = sig->results() ? sig->results()->size() : 0;
  llvm::Value* ret = abi.numScalarResults > 1 ? llvm::UndefValue::get(abi.returnType) : nullptr;
  llvm::Value* single = nullptr;
  for (size_t i = 0; i < nres; ++i) {
    if (abi.resultInMemory[i]) {
      f.memCopy(f.fn->getArg(1 + static_cast<unsigned>(abi.resultSlot[i])), results[i].v, results[i].type);
    } else if (abi.numScalarResults == 1) {
      single = results[i].v;
    } else {
      ret = f.b.CreateInsertValue(ret, results[i].v, {static_cast<unsigned>(abi.resultSlot[i])});
    }
  }
  if (abi.numScalarResults == 0) f.b.CreateRetVoid();
  else f.b.CreateRet(abi.numScalarResults == 1 ? single : ret);
}

std::vector<RValue> incomingArgs(FunctionLowering& f, const FuncABI& abi, const types::Signature* sig,
                                 size_t skip = 0) {
  std::vector<RValue> args;
  size_t np = sig->params() ? sig->params()->size() : 0;
  for (size_t i = skip; i < np; ++i)
    args.push_back(RValue{f.fn->getArg(abi.firstParamArg + static_cast<unsigned>(i)), sig->params()->at(i)});
  return args;
}

}  // namespace

RValue FunctionLowering::lowerFuncLit(const ast::FuncLit* lit) {
  auto* sig = static_cast<const types::Signature*>(under(typeOf(lit)));
  const FuncABI& abi = m.abiOf(sig, nullptr);
  std::string base = fn->getName().str();
  if (auto dot = base.find(".func"); dot != std::string::npos) base = base.substr(0, dot);
  llvm::Function* code = m.createGoFunction(m.uniqueName(base + ".func"), abi, llvm::GlobalValue::InternalLinkage);
  static const std::vector<types::Var*> kNoCaptures;
  auto capIt = m.info.captures.find(lit);
  const std::vector<types::Var*>& captures = capIt != m.info.captures.end() ? capIt->second : kNoCaptures;
  FuncSpec spec;
  spec.sig = sig;
  spec.params = fieldVars(m, lit->type->params);
  spec.results = fieldVars(m, lit->type->results);
  spec.body = lit->body;
  spec.captures = &captures;
  spec.pos = lit->pos;
  spec.name = code->getName().str();
  {
    FunctionLowering inner(m, code);
    inner.lowerBody(spec);
  }
  const types::Type* t = typeOf(lit);
  if (captures.empty()) return RValue{m.closureConstant(code), t};
  // A heap closure may capture a stack variable only when escape analysis chose capture by value
  // (never reassigned, never address-taken, <= 128 bytes): the value is copied into the closure
  // object after the pointer slots, and its pointer slot points at that copy.
  bool onHeap = m.escape.allocOnHeap(lit);
  std::vector<llvm::Type*> fields(1 + captures.size(), m.ptr);
  std::vector<int> copyField(captures.size(), -1);
  for (size_t i = 0; i < captures.size(); ++i) {
    if (!onHeap || m.escape.varOnHeap(captures[i])) continue;
    copyField[i] = static_cast<int>(fields.size());
    fields.push_back(m.memType(captures[i]->type()));
  }
  auto* envTy = llvm::StructType::get(m.llvm, fields);
  llvm::Value* env;
  if (onHeap) {
    uint64_t size = m.layout.getTypeAllocSize(envTy);
    env = b.CreateCall(m.runtime("mgo_alloc_bytes"), {b.getInt64(static_cast<int64_t>(size)), b.getInt1(false)});
  } else {
    env = createAlloca(envTy, "closure");
  }
  b.CreateStore(code, env);
  for (size_t i = 0; i < captures.size(); ++i) {
    llvm::Value* addr = varAddress(captures[i]);
    if (copyField[i] >= 0) {
      llvm::Value* copy = b.CreateStructGEP(envTy, env, static_cast<unsigned>(copyField[i]));
      store(load(addr, captures[i]->type()), copy);
      addr = copy;
    }
    b.CreateStore(addr, b.CreateStructGEP(envTy, env, static_cast<unsigned>(i + 1)));
  }
  return RValue{env, t};
}

namespace {

// The function of a method expression T.m / (*T).m / I.m: func(recv, params...). It is the method
// itself when the receiver needs no adjustment, otherwise a thunk that dereferences the pointer,
// walks the embedded fields or dispatches through the interface.
llvm::Function* methodExpressionFunction(ModuleContext& m, const types::Func* method,
                                         const types::Signature* exprSig, const std::vector<int>& path) {
  const types::Type* firstParam = exprSig->params()->at(0);
  if (method->recv && path.empty() && firstParam == method->recv->type()) return m.functionFor(method);
  const types::Signature* sig = method->signature();
  const FuncABI& abi = m.abiOf(exprSig, nullptr);
  llvm::Function* thunk = m.createGoFunction(m.uniqueName(method->qualifiedName() + "-fe"), abi,
                                             llvm::GlobalValue::InternalLinkage);
  markMethodWrapper(thunk);  // recover() looks through it (lower_recover.cpp)
  FunctionLowering tl(m, thunk);
  tl.beginSynthetic();
  std::vector<RValue> args = incomingArgs(tl, abi, exprSig);
  RValue x = args.front();
  args.erase(args.begin());
  RValue recv = path.empty() && !isKind(x.type, types::Kind::Pointer) ? x : tl.receiverAt(x.v, x.type, path, method);
  std::vector<RValue> results =
      method->recv ? tl.emitGoCall(m.functionFor(method), m.abiOf(sig, method->recv->type()), nullptr, &recv, args, sig)
                   : tl.callInterfaceMethod(recv, method->name(), sig, args);
  syntheticReturn(tl, abi, exprSig, results);
  return thunk;
}

}  // namespace

RValue FunctionLowering::lowerMethodValue(const ast::SelectorExpr* sel, const types::Selection& s) {
  auto* method = static_cast<const types::Func*>(s.obj);
  const types::Signature* sig = method->signature();
  const types::Type* t = typeOf(sel);
  if (s.kind == types::Selection::Kind::MethodExpr) {
    std::vector<int> path(s.path.begin(), s.path.end() - 1);
    auto* exprSig = static_cast<const types::Signature*>(under(t));
    return RValue{m.closureConstant(methodExpressionFunction(m, method, exprSig, path)), t};
  }
  // A bound method value: the receiver (a T, a *T or an interface) is evaluated and copied now; a
  // nil interface or a nil *T for a value method panics here, as in Go.
  RValue recv = methodReceiver(sel, s, method);
  const types::Type* recvT = recv.type;
  if (!method->recv) nilCheck(b.CreateExtractValue(recv.v, {0}));
  const FuncABI& valueAbi = m.abiOf(sig, nullptr);
  auto* envTy = llvm::StructType::get(m.llvm, {m.ptr, m.memType(recvT)});
  llvm::Function* thunk = m.createGoFunction(m.uniqueName(method->qualifiedName() + "-fm"), valueAbi,
                                             llvm::GlobalValue::InternalLinkage);
  markMethodWrapper(thunk);  // recover() looks through it (lower_recover.cpp)
  {
    FunctionLowering tl(m, thunk);
    tl.beginSynthetic();
    RValue r = tl.load(tl.b.CreateStructGEP(envTy, tl.ctx(), 1), recvT);
    std::vector<RValue> args = incomingArgs(tl, valueAbi, sig);
    std::vector<RValue> results =
        method->recv ? tl.emitGoCall(m.functionFor(method), m.abiOf(sig, recvT), nullptr, &r, args, sig)
                     : tl.callInterfaceMethod(r, method->name(), sig, args);
    syntheticReturn(tl, valueAbi, sig, results);
  }
  llvm::Value* env;
  if (m.escape.allocOnHeap(sel)) {
    env = b.CreateCall(m.runtime("mgo_alloc_bytes"),
                       {b.getInt64(static_cast<int64_t>(m.layout.getTypeAllocSize(envTy))), b.getInt1(false)});
  } else {
    env = createAlloca(envTy, "methodvalue");
  }
  b.CreateStore(thunk, env);
  store(RValue{recv.v, recvT}, b.CreateStructGEP(envTy, env, 1));
  return RValue{env, t};
}

llvm::Function* ModuleContext::libraryFunctionWrapper(const types::Func* fn) {
  const types::Signature* sig = fn->signature();
  const FuncABI& abi = abiOf(sig, nullptr);
  llvm::Function* wrapper = createGoFunction(fn->qualifiedName() + "-fv", abi, llvm::GlobalValue::InternalLinkage);
  FunctionLowering f(*this, wrapper);
  f.beginSynthetic();
  std::vector<RValue> args = incomingArgs(f, abi, sig);
  std::vector<RValue> results = f.lowerLibraryCall(nullptr, fn, &args);
  syntheticReturn(f, abi, sig, results);
  return wrapper;
}

llvm::Function* promotedMethodWrapper(ModuleContext& m, const types::Type* t, const MethodSetEntry& e) {
  std::string name = "mgo.promoted." + types::typeString(t, true) + "." + e.name;
  if (llvm::Function* existing = m.module.getFunction(name)) return existing;
  const FuncABI& abi = m.abiOf(e.sig, nullptr);
  llvm::Function* wrapper = m.createGoFunction(name, abi, llvm::GlobalValue::InternalLinkage);
  markMethodWrapper(wrapper);  // recover() looks through it (lower_recover.cpp)
  FunctionLowering f(m, wrapper);
  f.beginSynthetic();
  // The box holds a t: for a pointer type the pointer itself, otherwise the value (its address
  // is the operand receiverAt walks from).
  llvm::Value* x = isKind(t, types::Kind::Pointer) ? f.b.CreateLoad(m.ptr, f.ctx()) : f.ctx();
  RValue recv = f.receiverAt(x, t, e.path, e.method);
  std::vector<RValue> args = incomingArgs(f, abi, e.sig);
  std::vector<RValue> results =
      e.method ? f.emitGoCall(m.functionFor(e.method), m.abiOf(e.sig, e.method->recv->type()), nullptr, &recv, args,
                              e.sig)
               : f.callInterfaceMethod(recv, e.name, e.sig, args);
  syntheticReturn(f, abi, e.sig, results);
  return wrapper;
}

llvm::Function* ModuleContext::methodTableWrapper(const types::Func* method, bool receiverIsPointer) {
  auto key = std::make_pair(method, receiverIsPointer);
  auto it = methodWrappers_.find(key);
  if (it != methodWrappers_.end()) return it->second;
  const types::Signature* sig = method->signature();
  const FuncABI& abi = abiOf(sig, nullptr);
  llvm::Function* wrapper = createGoFunction(method->qualifiedName() + (receiverIsPointer ? ".pi" : ".i"), abi,
                                             llvm::GlobalValue::InternalLinkage);
  markMethodWrapper(wrapper);  // recover() looks through it (lower_recover.cpp)
  methodWrappers_[key] = wrapper;
  FunctionLowering f(*this, wrapper);
  f.beginSynthetic();
  const types::Type* recvT = method->recv->type();
  RValue recv;
  if (receiverIsPointer) {
    llvm::Value* p = f.b.CreateLoad(ptr, f.ctx());
    if (method->pointerRecv()) {
      recv = RValue{p, recvT};
    } else {
      f.nilCheck(p);
      recv = f.load(p, recvT);
    }
  } else {
    recv = f.load(f.ctx(), recvT);
  }
  std::vector<RValue> args = incomingArgs(f, abi, sig);
  std::vector<RValue> results = f.emitGoCall(functionFor(method), abiOf(sig, recvT), nullptr, &recv, args, sig);
  syntheticReturn(f, abi, sig, results);
  return wrapper;
}

}  // namespace mgo::codegen
