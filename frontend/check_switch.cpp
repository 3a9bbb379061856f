// check_switch.cpp — expression and type switches (types2's switchStmt, typeSwitchStmt,
// caseValues, caseTypes): tag comparability, case values compared with the tag, duplicate
// constant cases, type switch clause variables (Info::implicits) and their use.
//
// Invariant: a tagless switch compares its cases against the constant `true` of type bool.
#include <map>
#include <type_traits>

#include "frontend/checker_impl.h"

namespace mgo::types {

namespace {

// types2's goVal: the Go value identifying duplicate case constants (bools are not checked).
bool goValKey(const ConstValue& v, std::string& key) {
  switch (v.kind()) {
    case ConstValue::Kind::Int:
      key = "i" + v.toString();
      return true;
    case ConstValue::Kind::Float: {
      char buf[64];
      std::snprintf(buf, sizeof buf, "f%.17g", v.toDouble());
      key = buf;
      return true;
    }
    case ConstValue::Kind::String:
      key = "s" + v.stringVal();
      return true;
    default:
      return false;
  }
}

}  // namespace

// types2's multipleSwitchDefaults / multipleSelectDefaults: every default after the first.
template <typename Clause>
void Checker::multipleDefaults(const std::vector<Clause*>& clauses) {
  const Clause* first = nullptr;
  for (const Clause* c : clauses) {
    bool isDefault;
    if constexpr (std::is_same_v<Clause, ast::CommClause>)
      isDefault = c->comm == nullptr;
    else
      isDefault = c->isDefault;
    if (!isDefault) continue;
    if (first)
      error(c->pos, "multiple defaults (first at " + DiagnosticEngine::posRef(first->pos) + ")");
    else
      first = c;
  }
}
template void Checker::multipleDefaults(const std::vector<ast::CaseClause*>&);
template void Checker::multipleDefaults(const std::vector<ast::CommClause*>&);

void Checker::caseValues(Operand& x, const std::vector<ast::Expr*>& values,
                         std::vector<std::pair<Operand, ast::Pos>>& seen) {
  for (ast::Expr* e : values) {
    Operand v;
    expr(v, e);
    if (x.mode == OpMode::Invalid || v.mode == OpMode::Invalid) continue;
    convertUntyped(v, x.type);
    if (v.mode == OpMode::Invalid) continue;
    Operand res = v;
    comparison(res, x, ast::Op::Eql, true);
    if (res.mode == OpMode::Invalid) continue;
    if (v.mode != OpMode::Constant) continue;
    std::string key;
    if (!goValKey(v.val, key)) continue;
    bool dup = false;
    for (auto& [prev, pos] : seen) {
      std::string pkey;
      if (goValKey(prev.val, pkey) && pkey == key && identical(prev.type, v.type)) {
        std::vector<ErrorPart> err;
        err.push_back({posOf(v), "duplicate case " + str(v) + " in expression switch"});
        err.push_back({pos, "previous case"});
        report(err);
        dup = true;
        break;
      }
    }
    if (!dup) seen.push_back({v, posOf(v)});
  }
}

void Checker::switchStmt(unsigned inner, ast::SwitchStmt* s) {
  Operand x;
  if (s->tag) {
    expr(x, s->tag);
    assignment(x, nullptr, "switch expression");
    if (x.mode != OpMode::Invalid && !isComparable(x.type) && !hasNil(x.type)) {
      errorAt(x, "cannot switch on " + str(x) + " (" + str(x.type) + " is not comparable)");
      x.mode = OpMode::Invalid;
    }
  } else {
    x.mode = OpMode::Constant;
    x.type = ctx_.basic(Kind::Bool);
    x.val = ConstValue::makeBool(true);
    auto id = std::make_unique<ast::Ident>(s->clauses.empty() ? s->rbrace : s->clauses[0]->pos);
    id->name = "true";
    x.expr = id.get();
    synthetic_.push_back(std::move(id));
  }
  multipleDefaults(s->clauses);
  std::vector<std::pair<Operand, ast::Pos>> seen;
  for (size_t i = 0; i < s->clauses.size(); ++i) {
    ast::CaseClause* clause = s->clauses[i];
    unsigned c = inner;
    if (i + 1 < s->clauses.size())
      c |= kFallthroughOk;
    else
      c |= kFinalSwitchCase;
    caseValues(x, clause->list, seen);
    openScope(clause);
    stmtList(c, clause->body);
    closeScope();
  }
}

void Checker::typeSwitchStmt(unsigned inner, ast::TypeSwitchStmt* s) {
  ast::Ident* lhs = s->binding;
  if (lhs) {
    if (lhs->name == "_") {
      errorAt(lhs, "no new variable on left side of :=");
      lhs = nullptr;
    } else {
      recordDef(lhs, nullptr);
    }
  }
  Operand x;
  if (!s->guard) return;
  expr(x, s->guard->x);
  if (x.mode == OpMode::Invalid) return;
  // The guard expression x.(type) itself: record it with the operand's type.
  recordTypeAndValue(s->guard, OpMode::Value, x.type, nullptr);
  Operand* sx = nullptr;
  if (isInterface(x.type))
    sx = &x;
  else
    errorAt(x, str(x) + " is not an interface");
  multipleDefaults(s->clauses);

  std::vector<Var*> lhsVars;
  std::vector<std::pair<const Type*, ast::Expr*>> seen;  // nullptr type: nil
  for (ast::CaseClause* clause : s->clauses) {
    const Type* T = nullptr;
    bool haveT = false;
    for (ast::Expr* e : clause->list) {
      bool isNilCase = false;
      if (auto* id = ast::as<ast::Ident>(unparen(e))) {
        Object* obj = env_.scope->lookup(id->name);
        isNilCase = obj && obj->kind() == ObjKind::Nil;
      }
      if (isNilCase) {
        T = nullptr;
        Operand dummy;
        expr(dummy, e);
      } else {
        T = varType(e);
        if (T->kind() == Kind::Invalid) continue;
      }
      haveT = true;
      bool dup = false;
      for (auto& [t, other] : seen) {
        if ((!T && !t) || (T && t && identical(T, t))) {
          std::vector<ErrorPart> err;
          err.push_back({e->pos, "duplicate case " + (T ? str(T) : std::string("nil")) + " in type switch"});
          err.push_back({other->pos, "previous case"});
          report(err);
          dup = true;
          break;
        }
      }
      if (dup) continue;
      seen.push_back({T, e});
      if (sx && T && !isInterface(T)) {
        std::string cause;
        if (!implements(T, sx->type, nullptr, &cause)) {
          errorAt(e, "impossible type switch case: " + str(e) + "\n\t" + str(*sx) + " cannot have dynamic type " +
                         str(T) + " " + cause);
        }
      }
    }
    openScope(clause);
    if (lhs) {
      const Type* vt = (clause->list.size() != 1 || !haveT || !T) ? x.type : T;
      auto* obj = ctx_.newObject<Var>(lhs->name, vt, lhs->pos, package_, VarRole::Local);
      varDepth_[obj] = env_.funcDepth;
      declare(env_.scope, nullptr, obj);
      info_.implicits[clause] = obj;
      lhsVars.push_back(obj);
    }
    stmtList(inner, clause->body);
    closeScope();
  }
  if (lhs) {
    bool used = false;
    for (Var* v : lhsVars) {
      used |= v->used;
      v->used = true;
    }
    if (!used) errorAt(lhs, lhs->name + " declared but not used");
  }
}

}  // namespace mgo::types
