// lower_library.cpp — calls into the built-in library packages (fmt, strings, strconv, math, os,
// runtime, time, sync, sync/atomic), implemented by the runtime as mgo_<pkg>_<Name>; so are the
// body-less functions of the library packages written in mini-Go (library_sources.h).
//
// Invariants:
//   * fmt arguments are boxed into stack slots (fmt never retains them) and passed as an array of
//     mgo_eface built on the stack; f(xs...) passes the []any directly.
//   * Every other library call flattens its Go arguments with the abi.h rules (string -> ptr,len;
//     slice -> ptr,len,cap; aggregates by address) in Go parameter order; a slice result is
//     returned through an out-pointer passed first. Library methods (sync.(*Mutex).Lock ...) become
//     mgo_<pkg>_<Type>_<Method> with the receiver pointer first.
//   * math functions with an LLVM intrinsic use it; other pure libm functions call libm directly.
#include <cctype>

#include <llvm/IR/Intrinsics.h>

#include "codegen/function_lowering.h"

namespace mgo::codegen {

namespace {

std::string receiverTypeName(const types::Func* fn) {
  const types::Type* t = fn->recv ? fn->recv->type() : nullptr;
  if (t && t->kind() == types::Kind::Pointer) t = static_cast<const types::Pointer*>(t)->elem();
  if (t && t->kind() == types::Kind::Named) return static_cast<const types::Named*>(t)->obj()->name();
  return "";
}

std::string lowerName(const std::string& s) {
  std::string out = s;
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

bool FunctionLowering::isLibraryCall(const ast::CallExpr* call, const types::Func** fn) const {
  types::Object* obj = nullptr;
  if (auto* sel = ast::as<ast::SelectorExpr>(unparen(call->fun))) {
    auto it = m.info.selections.find(sel);
    if (it == m.info.selections.end()) obj = m.info.objectOf(sel->sel);
    else if (it->second.kind == types::Selection::Kind::MethodVal) obj = it->second.obj;
  } else if (auto* id = ast::as<ast::Ident>(unparen(call->fun))) {
    obj = m.info.objectOf(id);  // a native member called from its package's mini-Go sources
  }
  if (!obj || obj->kind() != types::ObjKind::Func) return false;
  auto* f = static_cast<const types::Func*>(obj);
  if (!f->pkg()) return false;
  bool native = !f->decl && f->pkg()->isLibrary;
  bool bodyless = f->decl && !f->decl->body && f->pkg()->isLibrarySource;  // implemented by the runtime
  if (!native && !bodyless) return false;
  *fn = f;
  return true;
}

std::vector<llvm::Value*> FunctionLowering::flatten(const RValue& v) {
  const types::Type* u = under(v.type);
  switch (u->kind()) {
    case types::Kind::String: case types::Kind::UntypedString:
      return {b.CreateExtractValue(v.v, {0}), b.CreateExtractValue(v.v, {1})};
    case types::Kind::Slice:
      return {b.CreateExtractValue(v.v, {0}), b.CreateExtractValue(v.v, {1}), b.CreateExtractValue(v.v, {2})};
    case types::Kind::Interface:
      return {b.CreateExtractValue(v.v, {0}), b.CreateExtractValue(v.v, {1})};
    default:
      return {v.v};
  }
}

llvm::Value* FunctionLowering::efaceArray(const std::vector<RValue>& values, llvm::Value** count) {
  *count = b.getInt64(static_cast<int64_t>(values.size()));
  if (values.empty()) return llvm::ConstantPointerNull::get(m.ptr);
  auto* arrTy = llvm::ArrayType::get(m.efaceTy, values.size());
  llvm::Value* arr = createAlloca(arrTy, "fmt.args");
  const types::Type* anyT = m.typeContext.emptyInterface();
  for (size_t i = 0; i < values.size(); ++i) {
    const RValue& v = values[i];
    RValue e = isInterfaceType(v.type) ? v : box(v, anyT, /*onStack=*/true);
    b.CreateStore(e.v, b.CreateConstGEP2_32(arrTy, arr, 0, static_cast<unsigned>(i)));
  }
  return arr;
}

RValue FunctionLowering::stringFromRuntime(llvm::Value* s, const types::Type* t) { return RValue{s, t}; }

RValue FunctionLowering::lowerLibraryValue(const types::Object* obj) {
  std::string name = obj->pkg()->name() + "." + obj->name();
  if (name == "os.Args") {
    llvm::Value* out = createAlloca(m.sliceTy, "os.args");
    b.CreateCall(m.runtime("mgo_os_Args"), {out});
    return RValue{b.CreateLoad(m.sliceTy, out), obj->type()};
  }
  MGO_UNREACHABLE("library variable not supported: " + name);
}

std::vector<RValue> FunctionLowering::lowerLibraryCall(const ast::CallExpr* call, const types::Func* fn,
                                                       const std::vector<RValue>* evaluatedArgs,
                                                       const RValue* evaluatedRecv) {
  MGO_ASSERT(call || (evaluatedArgs && (!fn->recv || evaluatedRecv)), "library call without arguments");
  const std::string pkg = fn->pkg()->name();
  const std::string name = fn->name();
  const types::Signature* sig = fn->signature();
  const types::Tuple* results = sig->results();
  size_t nres = results ? results->size() : 0;
  const types::Type* intT = m.typeContext.basic(types::Kind::Int);

  // Arguments as written (before any packing), converted where the parameter is not variadic.
  auto evalArgs = [&]() {
    if (!call) return *evaluatedArgs;  // a wrapper: the Go parameters, variadic ones as a slice
    std::vector<RValue> vals;
    if (call->args.size() == 1 && tv(call->args[0]).type && tv(call->args[0]).type->kind() == types::Kind::Tuple) {
      auto* tuple = static_cast<const types::Tuple*>(tv(call->args[0]).type);
      vals = lowerMulti(call->args[0], tuple->size());
    } else {
      for (const ast::Expr* a : call->args) vals.push_back(lowerExpr(a));
    }
    return vals;
  };

  if (pkg == "fmt" && !fn->decl) {
    std::vector<RValue> vals = evalArgs();
    std::vector<llvm::Value*> llargs;
    size_t first = 0;
    if (name == "Printf" || name == "Sprintf" || name == "Errorf") {
      RValue f = convertTo(vals[0], m.typeContext.basic(types::Kind::String));
      for (llvm::Value* x : flatten(f)) llargs.push_back(x);
      first = 1;
    }
    if (call ? call->hasEllipsis : sig->variadic()) {
      RValue sl = vals.back();
      llargs.push_back(b.CreateExtractValue(sl.v, {0}));
      llargs.push_back(b.CreateExtractValue(sl.v, {1}));
    } else {
      std::vector<RValue> rest(vals.begin() + static_cast<long>(first), vals.end());
      llvm::Value* count = nullptr;
      llargs.push_back(efaceArray(rest, &count));
      llargs.push_back(count);
    }
    std::string rt = "mgo_fmt_" + lowerName(name);
    llvm::Value* r = b.CreateCall(m.runtime(rt), llargs);
    std::vector<RValue> out;
    if (name.rfind("Sprint", 0) == 0) {
      out.push_back(RValue{r, results->at(0)});
    } else {
      out.push_back(RValue{r, intT});
      for (size_t i = 1; i < nres; ++i) out.push_back(zeroValue(results->at(i)));
    }
    return out;
  }

  if (pkg == "math") {
    std::vector<RValue> vals = evalArgs();
    const types::Type* f64T = m.typeContext.basic(types::Kind::Float64);
    std::vector<llvm::Value*> xs;
    for (size_t i = 0; i < vals.size(); ++i) xs.push_back(convertTo(vals[i], sig->params()->at(i)).v);
    static const std::pair<const char*, llvm::Intrinsic::ID> intrinsics[] = {
        {"Sqrt", llvm::Intrinsic::sqrt},   {"Floor", llvm::Intrinsic::floor}, {"Ceil", llvm::Intrinsic::ceil},
        {"Trunc", llvm::Intrinsic::trunc}, {"Abs", llvm::Intrinsic::fabs},
        {"Round", llvm::Intrinsic::round}, {"Copysign", llvm::Intrinsic::copysign},
        {"RoundToEven", llvm::Intrinsic::roundeven}, {"FMA", llvm::Intrinsic::fma},
    };
    for (const auto& [goName, id] : intrinsics)
      if (name == goName) return {RValue{b.CreateCall(m.intrinsic(id, {m.f64}), xs), f64T}};
    if (name == "Signbit")
      return {RValue{b.CreateICmpSLT(b.CreateBitCast(xs[0], m.i64), b.getInt64(0)), results->at(0)}};
    if (name == "Float64bits") return {RValue{b.CreateBitCast(xs[0], m.i64), results->at(0)}};
    if (name == "Float64frombits") return {RValue{b.CreateBitCast(xs[0], m.f64), results->at(0)}};
    if (name == "Float32bits") return {RValue{b.CreateBitCast(xs[0], m.i32), results->at(0)}};
    if (name == "Float32frombits") return {RValue{b.CreateBitCast(xs[0], m.f32), results->at(0)}};
    // Go's own algorithms (abi.h): libm / LLVM intrinsics differ in the last bits (or more: Pow).
    static const char* runtimeMath[] = {"Mod", "Inf", "NaN", "IsNaN", "IsInf", "Max", "Min", "Exp", "Log",
                                        "Log2", "Log10", "Pow", "Sin", "Cos", "Tan", "Cbrt", "Hypot"};
    bool viaRuntime = false;
    for (const char* r : runtimeMath) viaRuntime |= name == r;
    if (!viaRuntime) {
      // Pure libm function of float64 arguments (Atan, Atan2, Tanh, ...).
      std::vector<llvm::Type*> params(xs.size(), m.f64);
      llvm::FunctionCallee libm = m.module.getOrInsertFunction(lowerName(name), llvm::FunctionType::get(m.f64, params, false));
      if (auto* f = llvm::dyn_cast<llvm::Function>(libm.getCallee())) f->addFnAttr(llvm::Attribute::NoUnwind);
      return {RValue{b.CreateCall(libm, xs), f64T}};
    }
  }

  // time functions that need the channel type descriptor.
  if (pkg == "time" && !fn->recv && (name == "After" || name == "Tick" || name == "NewTimer" || name == "NewTicker")) {
    std::vector<RValue> vals = evalArgs();
    const types::Type* rt = results->at(0);
    const types::Type* chanT = rt;
    if (name == "NewTimer" || name == "NewTicker") {
      // *time.Timer / *time.Ticker: the first field C is the channel.
      const types::Type* timerT = static_cast<const types::Pointer*>(under(rt))->elem();
      chanT = static_cast<const types::Struct*>(under(timerT))->fields()[0].type;
    }
    llvm::Value* r = b.CreateCall(m.runtime("mgo_time_" + name),
                                  {m.typeDescriptor(chanT), convertTo(vals[0], sig->params()->at(0)).v});
    return {RValue{r, rt}};
  }

  if (pkg == "runtime" && name == "GC") {
    b.CreateCall(m.runtime("mgo_gc_collect"), {});
    return {};
  }

  // Generic flattened call.
  std::string rtName = "mgo_" + pkg + "_";
  std::vector<llvm::Value*> llargs;
  const types::Type* sliceResult = nullptr;
  const types::Type* aggregateResult = nullptr;  // time.Time: written through an out-pointer
  if (nres == 1 && isKind(results->at(0), types::Kind::Slice)) sliceResult = results->at(0);
  if (nres == 1 && m.isAggregate(results->at(0))) aggregateResult = results->at(0);
  llvm::Value* out = nullptr;
  if (sliceResult) {
    out = createAlloca(m.sliceTy, "libres");
    llargs.push_back(out);
  } else if (aggregateResult) {
    out = tempFor(aggregateResult, "libres");
    llargs.push_back(out);
  }
  if (fn->recv) {
    rtName += receiverTypeName(fn) + "_";
    RValue recv;
    if (evaluatedRecv) {
      recv = *evaluatedRecv;
    } else {
      auto* sel = ast::as<ast::SelectorExpr>(unparen(call->fun));
      recv = methodReceiver(sel, m.info.selections.at(sel), fn);
    }
    for (llvm::Value* x : flatten(recv)) llargs.push_back(x);
  }
  rtName += name;
  std::vector<RValue> vals = evalArgs();
  size_t np = sig->params() ? sig->params()->size() : 0;
  for (size_t i = 0; i < vals.size() && i < np; ++i) {
    RValue v = convertTo(vals[i], sig->params()->at(i));
    if (m.isAggregate(v.type)) v = copyToTemp(v);
    for (llvm::Value* x : flatten(v)) llargs.push_back(x);
  }
  llvm::FunctionCallee callee;
  if (fn->decl) {
    // A body-less function of a library package written in mini-Go: its declaration follows
    // from the flattened arguments and the result's value type (no table entry needed).
    llvm::Type* resTy = sliceResult || aggregateResult || nres == 0 ? m.voidTy : m.valueType(results->at(0));
    std::vector<llvm::Type*> paramTys;
    for (llvm::Value* x : llargs) paramTys.push_back(x->getType());
    auto* fnTy = llvm::FunctionType::get(resTy, paramTys, false);
    callee = m.module.getOrInsertFunction(rtName, fnTy);
    if (auto* f = llvm::dyn_cast<llvm::Function>(callee.getCallee())) {
      f->addFnAttr(llvm::Attribute::NoUnwind);
      auto ext = [&](llvm::Type* t) {  // C bool / uint8_t zero-extended, int32_t sign-extended
        if (t == m.i1 || t == m.i8) return llvm::Attribute::ZExt;
        if (t == m.i32) return llvm::Attribute::SExt;
        return llvm::Attribute::None;
      };
      for (unsigned i = 0; i < paramTys.size(); ++i)
        if (auto a = ext(paramTys[i]); a != llvm::Attribute::None) f->addParamAttr(i, a);
      if (auto a = ext(resTy); a != llvm::Attribute::None) f->addRetAttr(a);
    }
  } else {
    callee = m.runtime(rtName);
  }
  llvm::CallInst* ci = b.CreateCall(callee, llargs);
  if (sliceResult) return {RValue{b.CreateLoad(m.sliceTy, out), sliceResult}};
  if (aggregateResult) return {RValue{out, aggregateResult}};
  if (nres == 0) return {};
  MGO_ASSERT(nres == 1, "library function with several results: " + rtName);
  return {RValue{ci, results->at(0)}};
}

llvm::Function* ModuleContext::libraryMethodWrapper(const types::Func* method, bool receiverIsPointer) {
  return methodTableWrapper(method, receiverIsPointer);  // calls libraryMethodFunction(method)
}

llvm::Function* ModuleContext::libraryMethodFunction(const types::Func* method) {
  // A Go-ABI function for a library method (method values, method tables): receiver then the
  // parameters, as for a declared method; the body is the library call.
  const types::Signature* sig = method->signature();
  const types::Type* recvT = method->recv->type();
  const FuncABI& abi = abiOf(sig, recvT);
  llvm::Function* fn = createGoFunction(method->qualifiedName() + "-fv", abi, llvm::GlobalValue::InternalLinkage);
  FunctionLowering f(*this, fn);
  f.beginSynthetic();
  RValue recv{fn->getArg(abi.recvArg), recvT};
  std::vector<RValue> args;
  size_t np = sig->params() ? sig->params()->size() : 0;
  for (size_t i = 0; i < np; ++i)
    args.push_back(RValue{fn->getArg(abi.firstParamArg + static_cast<unsigned>(i)), sig->params()->at(i)});
  std::vector<RValue> results = f.lowerLibraryCall(nullptr, method, &args, &recv);
  size_t nres = sig->results() ? sig->results()->size() : 0;
  MGO_ASSERT(nres <= 1, "library method with several results");
  if (nres == 0) {
    f.b.CreateRetVoid();
  } else if (abi.resultInMemory[0]) {
    f.memCopy(fn->getArg(1 + static_cast<unsigned>(abi.resultSlot[0])), results[0].v, results[0].type);
    f.b.CreateRetVoid();
  } else {
    f.b.CreateRet(results[0].v);
  }
  return fn;
}

}  // namespace mgo::codegen
