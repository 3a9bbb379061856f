// lower_defer.cpp — defer and go statements.
//
// Invariants:
//   * `defer f(args)` / `go f(args)` evaluate the function value (a func value, a method receiver
//     or interface value) and every argument AT THE STATEMENT, store them in a fresh heap closure
//     object {ptr thunk, values...}, and hand it to mgo_defer_push / mgo_go.
//   * The thunk `void(ptr env)` reloads those values and lowers the very same CallExpr with them
//     registered in FunctionLowering::preEvaluated, so every kind of call (Go function, method,
//     closure, builtin, library, interface method) behaves exactly as a direct call would.
//   * Declared top-level functions, builtins and type expressions are not values and are not
//     captured; constants are re-materialised in the thunk.
#include "codegen/function_lowering.h"

namespace mgo::codegen {

llvm::Value* FunctionLowering::buildCallThunk(const ast::CallExpr* call, const std::string& kind) {
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
  std::vector<llvm::Type*> fields{m.ptr};
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
    unsigned field = 1;
    for (const Captured& c : captured) {
      std::vector<RValue> vals;
      for (const RValue& v : c.values) vals.push_back(tl.load(tl.b.CreateStructGEP(envTy, tl.ctx(), field++), v.type));
      tl.preEvaluated[c.key] = vals;
    }
    tl.lowerCall(call);
    if (!tl.terminated()) tl.b.CreateRetVoid();
  }
  llvm::Value* env = b.CreateCall(m.runtime("mgo_alloc_bytes"),
                                  {b.getInt64(static_cast<int64_t>(m.layout.getTypeAllocSize(envTy))), b.getInt1(false)});
  b.CreateStore(thunk, b.CreateStructGEP(envTy, env, 0));
  unsigned field = 1;
  for (const Captured& c : captured)
    for (const RValue& v : c.values) store(v, b.CreateStructGEP(envTy, env, field++));
  return env;
}

void FunctionLowering::lowerDefer(const ast::DeferStmt* s) {
  MGO_ASSERT(s->call != nullptr, "defer of a non-call");
  llvm::Value* env = buildCallThunk(s->call, "deferwrap");
  b.CreateCall(m.runtime("mgo_defer_push"), {env});
}

void FunctionLowering::lowerGo(const ast::GoStmt* s) {
  MGO_ASSERT(s->call != nullptr, "go of a non-call");
  llvm::Value* env = buildCallThunk(s->call, "gowrap");
  b.CreateCall(m.runtime("mgo_go"), {env});
}

}  // namespace mgo::codegen
