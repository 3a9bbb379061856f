// check_assign.cpp — assignability in every context (types2's assignments.go): variable and
// constant initialisation, assignments, return values, short variable declarations.
//
// Invariants:
//   * After assignment(x, T, ...) succeeds, an untyped x has been given its final type (T, or
//     its default type when T is an interface or absent) and recorded.
//   * Assignment to a variable is not a use of it ("declared but not used" still applies); a
//     failed initialisation marks the variables used to avoid follow-on errors.
#include "frontend/checker_impl.h"

namespace mgo::types {

void Checker::assignment(Operand& x, const Type* T, const std::string& context) {
  singleValue(x);
  switch (x.mode) {
    case OpMode::Invalid:
      return;
    case OpMode::Constant:
    case OpMode::Variable:
    case OpMode::MapIndex:
    case OpMode::Value:
    case OpMode::NilValue:
    case OpMode::CommaOk:
      break;
    default:
      errorAt(x, "cannot assign " + str(x) + " to " + (T ? str(T) : std::string("<nil>")) + " in " + context);
      x.mode = OpMode::Invalid;
      return;
  }
  if (isUntyped(x.type)) {
    const Type* target = T;
    if (x.isNil()) {
      if (!T) {
        errorAt(x, "use of untyped nil in " + context);
        x.mode = OpMode::Invalid;
        return;
      }
    } else if (!T || isInterface(T)) {
      target = defaultTypeOf(x.type);
    }
    ConstValue val;
    bool hasVal = false;
    ConvCode code = ConvCode::Ok;
    const Type* newType = implicitTypeAndValue(x, target, val, hasVal, code);
    if (code != ConvCode::Ok) {
      std::string msg = "cannot use " + str(x) + " as " + str(target) + " value in " + context;
      if (code == ConvCode::Truncated) msg += " (truncated)";
      if (code == ConvCode::Overflow) msg += " (overflows)";
      errorAt(x, msg);
      x.mode = OpMode::Invalid;
      return;
    }
    if (hasVal) {
      x.val = val;
      updateExprVal(x.expr, val);
    }
    if (newType != x.type) {
      x.type = newType;
      updateExprType(x.expr, newType, false);
    }
  }
  if (!T) return;
  std::string reason;
  if (!assignableTo(x, T, &reason)) {
    if (!reason.empty())
      errorAt(x, "cannot use " + str(x) + " as type " + str(T) + " in " + context + ":\n\t" + reason);
    else
      errorAt(x, "cannot use " + str(x) + " as type " + str(T) + " in " + context);
    x.mode = OpMode::Invalid;
  }
}

void Checker::initConst(Const* lhs, Operand& x) {
  if (x.mode == OpMode::Invalid || x.type->kind() == Kind::Invalid ||
      (lhs->type() && lhs->type()->kind() == Kind::Invalid)) {
    if (!lhs->type()) lhs->setType(ctx_.invalid());
    return;
  }
  if (x.mode != OpMode::Constant) {
    errorAt(x, str(x) + " is not constant");
    if (!lhs->type()) lhs->setType(ctx_.invalid());
    return;
  }
  if (!lhs->type()) lhs->setType(x.type);
  assignment(x, lhs->type(), "constant declaration");
  if (x.mode == OpMode::Invalid) return;
  lhs->setValue(x.val);
}

const Type* Checker::initVar(Var* lhs, Operand& x, const std::string& context) {
  if (x.mode == OpMode::Invalid || x.type->kind() == Kind::Invalid ||
      (lhs->type() && lhs->type()->kind() == Kind::Invalid)) {
    if (!lhs->type()) lhs->setType(ctx_.invalid());
    lhs->used = true;
    return nullptr;
  }
  if (!lhs->type()) {
    const Type* t = x.type;
    if (isUntyped(t)) {
      if (t->kind() == Kind::UntypedNil) {
        errorAt(x, "use of untyped nil in " + context);
        lhs->setType(ctx_.invalid());
        return nullptr;
      }
      t = defaultTypeOf(t);
    }
    lhs->setType(t);
  }
  assignment(x, lhs->type(), context);
  if (x.mode == OpMode::Invalid) {
    lhs->used = true;
    return nullptr;
  }
  return x.type;
}

const Type* Checker::assignVar(ast::Expr* lhs, Operand& x) {
  if (x.mode == OpMode::Invalid || x.type->kind() == Kind::Invalid) {
    useLhs(lhs);
    return nullptr;
  }
  auto* ident = ast::as<ast::Ident>(unparen(lhs));
  if (ident && ident->name == "_") {
    recordDef(ident, nullptr);
    assignment(x, nullptr, "assignment to _ identifier");
    return x.mode == OpMode::Invalid ? nullptr : x.type;
  }
  Var* v = nullptr;
  bool vUsed = false;
  if (ident) {
    if (auto* w = dynamic_cast<Var*>(env_.scope->lookup(ident->name)); w && w->pkg() == package_) {
      v = w;
      vUsed = v->used;
    }
  }
  Operand z;
  expr(z, lhs);
  if (v) v->used = vUsed;
  if (z.mode == OpMode::Invalid || z.type->kind() == Kind::Invalid) return nullptr;
  switch (z.mode) {
    case OpMode::Variable:
    case OpMode::MapIndex:
      break;
    default: {
      if (auto* sel = ast::as<ast::SelectorExpr>(z.expr)) {
        Operand op;
        expr(op, sel->x);
        if (op.mode == OpMode::MapIndex) {
          errorAt(z, "cannot assign to struct field " + str(z.expr) + " in map");
          return nullptr;
        }
      }
      errorAt(z, "cannot assign to " + str(z));
      return nullptr;
    }
  }
  assignment(x, z.type, "assignment");
  return x.mode == OpMode::Invalid ? nullptr : x.type;
}

void Checker::assignError(const std::vector<ast::Expr*>& rhs, size_t nvars, size_t nvals) {
  auto measure = [](size_t n, const std::string& unit) {
    return std::to_string(n) + " " + unit + (n != 1 ? "s" : "");
  };
  std::string vars = measure(nvars, "variable");
  std::string vals = measure(nvals, "value");
  ast::Expr* rhs0 = rhs[0];
  if (rhs.size() == 1) {
    if (auto* call = ast::as<ast::CallExpr>(unparen(rhs0))) {
      errorAt(rhs0, "assignment mismatch: " + vars + " but " + str(call->fun) + " returns " + vals);
      return;
    }
  }
  errorAt(rhs0, "assignment mismatch: " + vars + " but " + vals);
}

void Checker::initVars(const std::vector<Var*>& lhs, const std::vector<ast::Expr*>& origRhs, ast::Stmt* returnStmt) {
  std::vector<Operand> rhs;
  bool commaOk = false;
  exprList(origRhs, lhs.size() == 2 && !returnStmt, rhs, commaOk);
  if (lhs.size() != rhs.size()) {
    for (Var* v : lhs) {
      v->used = true;
      if (!v->type()) v->setType(ctx_.invalid());
    }
    for (const Operand& x : rhs)
      if (x.mode == OpMode::Invalid) return;
    if (returnStmt) {
      ast::Pos at = returnStmt->pos;
      std::string qualifier = "not enough";
      if (rhs.size() > lhs.size()) {
        at = rhs[lhs.size()].expr->pos;
        qualifier = "too many";
      } else if (!rhs.empty()) {
        at = rhs.back().expr->pos;
      }
      std::vector<const Type*> have, want;
      for (const Operand& x : rhs) have.push_back(x.type);
      for (Var* v : lhs) want.push_back(v->type());
      std::vector<ErrorPart> err;
      err.push_back({at, qualifier + " return values"});
      err.push_back({ast::Pos{}, "have " + typesSummary(have, false)});
      err.push_back({ast::Pos{}, "want " + typesSummary(want, false)});
      report(err);
      return;
    }
    assignError(origRhs, lhs.size(), rhs.size());
    return;
  }
  std::string context = returnStmt ? "return statement" : "assignment";
  if (commaOk) {
    const Type* a = initVar(lhs[0], rhs[0], context);
    const Type* b = initVar(lhs[1], rhs[1], context);
    recordCommaOkTypes(origRhs[0], a, b);
    return;
  }
  bool ok = true;
  for (size_t i = 0; i < lhs.size(); ++i)
    if (!initVar(lhs[i], rhs[i], context)) ok = false;
  if (!ok)
    for (Var* v : lhs) v->used = true;
}

void Checker::assignVars(const std::vector<ast::Expr*>& lhs, const std::vector<ast::Expr*>& origRhs) {
  std::vector<Operand> rhs;
  bool commaOk = false;
  exprList(origRhs, lhs.size() == 2, rhs, commaOk);
  if (lhs.size() != rhs.size()) {
    for (ast::Expr* l : lhs) useLhs(l);
    for (const Operand& x : rhs)
      if (x.mode == OpMode::Invalid) return;
    assignError(origRhs, lhs.size(), rhs.size());
    return;
  }
  if (commaOk) {
    const Type* a = assignVar(lhs[0], rhs[0]);
    const Type* b = assignVar(lhs[1], rhs[1]);
    recordCommaOkTypes(origRhs[0], a, b);
    return;
  }
  bool ok = true;
  for (size_t i = 0; i < lhs.size(); ++i)
    if (!assignVar(lhs[i], rhs[i])) ok = false;
  if (!ok) {
    for (ast::Expr* l : lhs) {
      if (auto* id = ast::as<ast::Ident>(unparen(l))) {
        if (auto* v = dynamic_cast<Var*>(env_.scope->lookup(id->name)); v && v->pkg() == package_) v->used = true;
      }
    }
  }
}

void Checker::shortVarDecl(ast::Pos pos, const std::vector<ast::Expr*>& lhs, const std::vector<ast::Expr*>& rhs) {
  Scope* scope = env_.scope;
  std::set<std::string> seen;
  std::vector<Var*> lhsVars(lhs.size(), nullptr);
  std::vector<Var*> newVars;
  std::vector<ast::Ident*> newIdents;
  bool hasErr = false;
  for (size_t i = 0; i < lhs.size(); ++i) {
    auto* ident = ast::as<ast::Ident>(lhs[i]);
    if (!ident) {
      useLhs(lhs[i]);
      errorAt(lhs[i], "non-name " + str(lhs[i]) + " on left side of :=");
      hasErr = true;
      continue;
    }
    const std::string& name = ident->name;
    if (name != "_") {
      if (!seen.insert(name).second) {
        errorAt(lhs[i], str(lhs[i]) + " repeated on left side of :=");
        hasErr = true;
        continue;
      }
    }
    if (Object* alt = scope->lookupLocal(name)) {
      recordUse(ident, alt);
      if (auto* v = dynamic_cast<Var*>(alt)) {
        lhsVars[i] = v;
      } else {
        errorAt(lhs[i], "cannot assign to " + str(lhs[i]));
        hasErr = true;
      }
      continue;
    }
    auto* v = ctx_.newObject<Var>(name, nullptr, ident->pos, package_, VarRole::Local);
    varDepth_[v] = env_.funcDepth;
    lhsVars[i] = v;
    if (name != "_") {
      newVars.push_back(v);
      newIdents.push_back(ident);
    }
    recordDef(ident, v);
  }
  for (size_t i = 0; i < lhsVars.size(); ++i)
    if (!lhsVars[i]) lhsVars[i] = ctx_.newObject<Var>("_", nullptr, lhs[i]->pos, package_, VarRole::Local);
  initVars(lhsVars, rhs, nullptr);
  // A redeclared variable is assigned, not defined: record it as a variable operand, like the
  // left side of `=`, so that later phases can lower it as an assignment target.
  for (size_t i = 0; i < lhs.size(); ++i) {
    auto* ident = ast::as<ast::Ident>(lhs[i]);
    if (!ident || !lhsVars[i] || info_.defs.count(ident)) continue;
    if (auto it = info_.uses.find(ident); it != info_.uses.end() && it->second == lhsVars[i])
      recordTypeAndValue(ident, OpMode::Variable, lhsVars[i]->type(), nullptr);
  }
  if (newVars.empty() && !hasErr) {
    error(pos, "no new variables on left side of :=");
    return;
  }
  for (size_t i = 0; i < newVars.size(); ++i) declare(scope, nullptr, newVars[i]);
}

}  // namespace mgo::types
