// lower_call.cpp — calls: conversions, builtins and library calls are dispatched elsewhere; this
// file lowers direct calls of Go functions, static method calls (with receiver adjustment through
// embedded fields), calls of func values (closures) and interface method calls.
//
// Invariants:
//   * Arguments are evaluated left to right, converted to the parameter types (implicit interface
//     boxing), variadic extras packed into a fresh []T (nil when there are none), and aggregate
//     arguments/receivers copied into caller-owned temporaries (the callee may modify its copy).
//   * A func value is a closure pointer; the call loads the code pointer from its first word and
//     passes the closure itself as ctx. Calling a nil func value panics (nil dereference).
//   * Interface method calls find the code pointer in the dynamic type's method table
//     (mgo.lookup_method, comparing the shared name constants) and pass the data pointer as ctx.
#include "codegen/function_lowering.h"

namespace mgo::codegen {

namespace {

// The method index of a method selection is the last element of the path (go/types convention);
// the rest are embedded fields.
std::vector<int> embeddedPath(const types::Selection& s) {
  std::vector<int> path = s.path;
  if (!path.empty()) path.pop_back();
  return path;
}

llvm::Function* lookupMethodHelper(ModuleContext& m) {
  if (llvm::Function* f = m.module.getFunction("mgo.lookup_method")) return f;
  auto* fnTy = llvm::FunctionType::get(m.ptr, {m.ptr, m.ptr}, false);
  auto* fn = llvm::Function::Create(fnTy, llvm::GlobalValue::InternalLinkage, "mgo.lookup_method", m.module);
  m.addCommonAttributes(fn);
  llvm::IRBuilder<> b(m.llvm);
  auto* entry = llvm::BasicBlock::Create(m.llvm, "entry", fn);
  auto* loop = llvm::BasicBlock::Create(m.llvm, "loop", fn);
  auto* body = llvm::BasicBlock::Create(m.llvm, "body", fn);
  auto* found = llvm::BasicBlock::Create(m.llvm, "found", fn);
  auto* next = llvm::BasicBlock::Create(m.llvm, "next", fn);
  auto* missing = llvm::BasicBlock::Create(m.llvm, "missing", fn);
  b.SetInsertPoint(entry);
  llvm::Value* type = fn->getArg(0);
  llvm::Value* name = fn->getArg(1);
  llvm::Value* n = b.CreateZExt(b.CreateLoad(m.i32, b.CreateStructGEP(m.typeDescTy, type, 11)), m.i64);
  llvm::Value* methods = b.CreateLoad(m.ptr, b.CreateStructGEP(m.typeDescTy, type, 12));
  b.CreateBr(loop);
  b.SetInsertPoint(loop);
  llvm::PHINode* i = b.CreatePHI(m.i64, 2);
  i->addIncoming(b.getInt64(0), entry);
  b.CreateCondBr(b.CreateICmpULT(i, n), body, missing);
  b.SetInsertPoint(body);
  llvm::Value* entryPtr = b.CreateGEP(m.methodDescTy, methods, i);
  llvm::Value* entryName = b.CreateLoad(m.ptr, b.CreateStructGEP(m.methodDescTy, entryPtr, 0));
  b.CreateCondBr(b.CreateICmpEQ(entryName, name), found, next);
  b.SetInsertPoint(found);
  b.CreateRet(b.CreateLoad(m.ptr, b.CreateStructGEP(m.methodDescTy, entryPtr, 2)));
  b.SetInsertPoint(next);
  i->addIncoming(b.CreateAdd(i, b.getInt64(1)), next);
  b.CreateBr(loop);
  b.SetInsertPoint(missing);
  b.CreateRet(llvm::ConstantPointerNull::get(m.ptr));
  return fn;
}

}  // namespace

std::vector<RValue> FunctionLowering::lowerCall(const ast::CallExpr* call) {
  if (!preEvaluated.empty()) {
    auto it = preEvaluated.find(call);
    if (it != preEvaluated.end()) return it->second;
  }
  const ast::Expr* fun = unparen(call->fun);
  const types::TypeAndValue& ftv = tv(call->fun);
  if (ftv.mode == types::Mode::TypeExpr) return {lowerConversion(call, ftv.type)};
  if (ftv.mode == types::Mode::Builtin) {
    const ast::Ident* id = ast::as<ast::Ident>(fun);
    MGO_ASSERT(id != nullptr, "builtin callee is not an identifier");
    types::Object* obj = m.info.objectOf(id);
    MGO_ASSERT(obj && obj->kind() == types::ObjKind::Builtin, "builtin without object");
    return lowerBuiltinCall(call, static_cast<const types::Builtin*>(obj)->id());
  }
  const types::Func* libFn = nullptr;
  if (isLibraryCall(call, &libFn)) return lowerLibraryCall(call, libFn);

  if (auto* sel = ast::as<ast::SelectorExpr>(fun)) {
    auto it = m.info.selections.find(sel);
    if (it != m.info.selections.end() && it->second.kind == types::Selection::Kind::MethodVal) {
      const types::Selection& s = it->second;
      auto* method = static_cast<const types::Func*>(s.obj);
      const types::Signature* sig = method->signature();
      RValue recv = methodReceiver(sel, s, method);
      std::vector<RValue> args = lowerCallArgs(call, sig);
      if (!method->recv) return callInterfaceMethod(recv, method->name(), sig, args);
      const FuncABI& abi = m.abiOf(sig, method->recv->type());
      return emitGoCall(m.functionFor(method), abi, nullptr, &recv, args, sig);
    }
  }
  // Direct call of a declared top-level function.
  const ast::Ident* calleeId = ast::as<ast::Ident>(fun);
  if (!calleeId)
    if (auto* sel = ast::as<ast::SelectorExpr>(fun); sel && !m.info.selections.count(sel)) calleeId = sel->sel;
  if (calleeId && !preEvaluated.count(call->fun)) {
    types::Object* obj = m.info.objectOf(calleeId);
    if (obj && obj->kind() == types::ObjKind::Func) {
      auto* f = static_cast<const types::Func*>(obj);
      if (f->decl && !f->recv) {
        std::vector<RValue> args = lowerCallArgs(call, f->signature());
        return emitGoCall(m.functionFor(f), m.abiOf(f->signature(), nullptr), nullptr, nullptr, args,
                          f->signature());
      }
    }
  }
  // A func value.
  RValue callee = lowerExpr(call->fun);
  auto* sig = static_cast<const types::Signature*>(under(callee.type));
  MGO_ASSERT(sig->kind() == types::Kind::Signature, "call of a non-function");
  std::vector<RValue> args = lowerCallArgs(call, sig);
  return callFuncValue(callee.v, sig, args);
}

std::vector<RValue> FunctionLowering::lowerCallArgs(const ast::CallExpr* call, const types::Signature* sig) {
  const types::Tuple* params = sig->params();
  size_t np = params ? params->size() : 0;
  std::vector<RValue> vals;
  if (call->args.size() == 1 && tv(call->args[0]).type && tv(call->args[0]).type->kind() == types::Kind::Tuple) {
    auto* tuple = static_cast<const types::Tuple*>(tv(call->args[0]).type);
    vals = lowerMulti(call->args[0], tuple->size());
  } else {
    for (const ast::Expr* a : call->args) vals.push_back(lowerExpr(a));
  }
  std::vector<RValue> out;
  if (sig->variadic() && !call->hasEllipsis) {
    size_t fixed = np - 1;
    for (size_t i = 0; i < fixed; ++i) out.push_back(copyToTemp(convertTo(vals[i], params->at(i))));
    const types::Type* sliceT = params->at(np - 1);
    const types::Type* elemT = static_cast<const types::Slice*>(under(sliceT))->elem();
    size_t extra = vals.size() > fixed ? vals.size() - fixed : 0;
    if (extra == 0) {
      out.push_back(zeroValue(sliceT));
    } else {
      llvm::Value* arr = b.CreateCall(m.runtime("mgo_alloc_array"),
                                      {m.typeDescriptor(elemT), b.getInt64(static_cast<int64_t>(extra))});
      for (size_t i = 0; i < extra; ++i) {
        llvm::Value* slot = b.CreateGEP(m.memType(elemT), arr, b.getInt64(static_cast<int64_t>(i)));
        store(convertTo(vals[fixed + i], elemT), slot);
      }
      llvm::Value* sl = llvm::UndefValue::get(m.sliceTy);
      sl = b.CreateInsertValue(sl, arr, {0});
      sl = b.CreateInsertValue(sl, b.getInt64(static_cast<int64_t>(extra)), {1});
      sl = b.CreateInsertValue(sl, b.getInt64(static_cast<int64_t>(extra)), {2});
      out.push_back(RValue{sl, sliceT});
    }
    return out;
  }
  MGO_ASSERT(vals.size() == np, "argument count mismatch");
  for (size_t i = 0; i < np; ++i) {
    RValue v = convertTo(vals[i], params->at(i));
    // Snapshot aggregates now: later arguments may modify the variable they live in.
    if (np > 1) v = copyToTemp(v);
    out.push_back(v);
  }
  return out;
}

std::vector<RValue> FunctionLowering::emitGoCall(llvm::Value* callee, const FuncABI& abi, llvm::Value* ctx,
                                                 const RValue* recv, const std::vector<RValue>& args,
                                                 const types::Signature* sig) {
  std::vector<llvm::Value*> llargs(abi.type->getNumParams(), nullptr);
  llargs[0] = ctx ? ctx : llvm::ConstantPointerNull::get(m.ptr);
  const types::Tuple* results = sig->results();
  size_t nres = results ? results->size() : 0;
  std::vector<llvm::Value*> outTemps(nres, nullptr);
  for (size_t i = 0; i < nres; ++i) {
    if (!abi.resultInMemory[i]) continue;
    outTemps[i] = tempFor(results->at(i), "callres");
    llargs[1 + static_cast<unsigned>(abi.resultSlot[i])] = outTemps[i];
  }
  auto pass = [&](const RValue& v) -> llvm::Value* {
    if (m.isAggregate(v.type)) {
      llvm::Value* tmp = tempFor(v.type, "arg");
      memCopy(tmp, v.v, v.type);
      return tmp;
    }
    return v.v;
  };
  if (abi.hasRecv) {
    MGO_ASSERT(recv != nullptr, "method call without receiver");
    llargs[abi.recvArg] = pass(*recv);
  }
  MGO_ASSERT(args.size() + abi.firstParamArg == llargs.size(), "call arity mismatch");
  for (size_t i = 0; i < args.size(); ++i) llargs[abi.firstParamArg + i] = pass(args[i]);
  llvm::CallInst* ci = b.CreateCall(abi.type, callee, llargs);
  std::vector<RValue> out;
  for (size_t i = 0; i < nres; ++i) {
    const types::Type* rt = results->at(i);
    if (abi.resultInMemory[i]) out.push_back(RValue{outTemps[i], rt});
    else if (abi.numScalarResults == 1) out.push_back(RValue{ci, rt});
    else out.push_back(RValue{b.CreateExtractValue(ci, {static_cast<unsigned>(abi.resultSlot[i])}), rt});
  }
  return out;
}

std::vector<RValue> FunctionLowering::callFuncValue(llvm::Value* closure, const types::Signature* sig,
                                                    const std::vector<RValue>& args) {
  nilCheck(closure);
  llvm::Value* code = b.CreateLoad(m.ptr, closure, "code");
  return emitGoCall(code, m.abiOf(sig, nullptr), closure, nullptr, args, sig);
}

std::vector<RValue> FunctionLowering::callInterfaceMethod(const RValue& iface, const std::string& name,
                                                          const types::Signature* sig,
                                                          const std::vector<RValue>& args) {
  llvm::Value* type = b.CreateExtractValue(iface.v, {0});
  llvm::Value* data = b.CreateExtractValue(iface.v, {1});
  nilCheck(type);
  llvm::Value* code = b.CreateCall(lookupMethodHelper(m), {type, m.methodNameConstant(name)});
  return emitGoCall(code, m.abiOf(sig, nullptr), data, nullptr, args, sig);
}

RValue FunctionLowering::methodReceiver(const ast::SelectorExpr* sel, const types::Selection& s,
                                        const types::Func* method) {
  if (!preEvaluated.empty()) {
    auto it = preEvaluated.find(sel);
    if (it != preEvaluated.end()) return it->second.at(0);
  }
  const types::Type* xt = typeOf(sel->x);
  bool wantPtr = method->recv && method->pointerRecv();
  std::vector<int> path = embeddedPath(s);
  if (isKind(xt, types::Kind::Pointer)) return receiverAt(lowerExpr(sel->x).v, xt, path, method);
  if (path.empty()) {
    if (wantPtr) return RValue{lowerAddress(sel->x), method->recv->type()};  // auto &x
    return lowerExpr(sel->x);  // T's value method, or an interface value
  }
  // Through embedded fields of a struct value: only &x.f needs x addressable.
  return receiverAt(wantPtr ? lowerAddress(sel->x) : lowerExpr(sel->x).v, xt, path, method);
}

RValue FunctionLowering::receiverAt(llvm::Value* x, const types::Type* xt, const std::vector<int>& path,
                                    const types::Func* method) {
  // `at`: a pointer to the operand the method is selected on (the embedded field, or *x).
  llvm::Value* at = x;
  const types::Type* atType = xt;
  bool fromPointer = isKind(xt, types::Kind::Pointer);
  if (fromPointer) atType = static_cast<const types::Pointer*>(under(xt))->elem();
  if (!path.empty()) {
    llvm::Value* addr = fieldAddress(x, xt, path, &atType);
    at = addr;
    fromPointer = isKind(atType, types::Kind::Pointer);
    if (fromPointer) {
      at = b.CreateLoad(m.ptr, addr);
      atType = static_cast<const types::Pointer*>(under(atType))->elem();
    }
  }
  if (!method || !method->recv) {  // an embedded interface (method: nullptr or the interface's)
    MGO_ASSERT(!fromPointer, "interface method through a pointer to an interface");
    return load(at, atType);
  }
  const types::Type* recvType = method->recv->type();
  if (method->pointerRecv()) return RValue{at, recvType};
  if (fromPointer) nilCheck(at);
  return copyToTemp(load(at, recvType));
}

}  // namespace mgo::codegen
