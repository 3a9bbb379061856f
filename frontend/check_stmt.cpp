// check_stmt.cpp — statements and function bodies (types2's stmt.go and return.go): blocks and
// scopes, expression/send/inc-dec/assignment statements, go/defer, return, if, for, range,
// select, terminating statement analysis ("missing return") and "declared but not used".
//
// Invariants:
//   * A function body shares the function scope with the parameters; every other block, if, for,
//     range, switch and case clause opens its own scope (recorded in Info::scopes).
//   * Branch statements (break/continue/fallthrough/labels) are checked by check_labels.cpp with
//     the wording of gc's syntax package, as gc does.
#include <algorithm>

#include "frontend/checker_impl.h"

namespace mgo::types {

void Checker::funcBody(DeclInfo* decl, const Signature* sig, Scope* scope, ast::BlockStmt* body, const ConstValue* iota) {
  Env saved = env_;
  env_.decl = decl;
  env_.scope = scope;
  env_.iota = iota;
  env_.sig = sig;
  stmtList(0, body->stmts);
  checkBranches(body);
  if (sig->results()->size() > 0 && !isTerminating(body, "")) error(body->rbrace.valid() ? body->rbrace : body->pos, "missing return");
  usage(scope);
  env_ = saved;
}

void Checker::usage(Scope* scope) {
  std::vector<Var*> unused;
  for (auto& [name, obj] : scope->entries()) {
    if (auto* v = dynamic_cast<Var*>(obj); v && !v->used) unused.push_back(v);
  }
  std::sort(unused.begin(), unused.end(), [](Var* a, Var* b) { return a->pos() < b->pos(); });
  for (Var* v : unused) error(v->pos(), v->name() + " declared but not used");
  auto it = scopeChildren_.find(scope);
  if (it == scopeChildren_.end()) return;
  for (Scope* child : it->second)
    if (!funcScopes_.count(child)) usage(child);
}

void Checker::openScope(const ast::Node* n) {
  Scope* scope = ctx_.newScope(env_.scope, Scope::Kind::Block);
  scopeChildren_[env_.scope].push_back(scope);
  recordScope(n, scope);
  env_.scope = scope;
}

void Checker::closeScope() { env_.scope = env_.scope->parent(); }

static std::vector<ast::Stmt*> trimTrailingEmptyStmts(const std::vector<ast::Stmt*>& list) {
  size_t n = list.size();
  while (n > 0 && ast::is<ast::EmptyStmt>(list[n - 1])) --n;
  return std::vector<ast::Stmt*>(list.begin(), list.begin() + static_cast<long>(n));
}

void Checker::stmtList(unsigned ctxt, const std::vector<ast::Stmt*>& list0) {
  bool ok = ctxt & kFallthroughOk;
  unsigned inner = ctxt & ~kFallthroughOk;
  std::vector<ast::Stmt*> list = trimTrailingEmptyStmts(list0);
  for (size_t i = 0; i < list.size(); ++i) {
    unsigned c = inner;
    if (ok && i + 1 == list.size()) c |= kFallthroughOk;
    stmt(c, list[i]);
  }
}

void Checker::suspendedCall(const char* keyword, ast::Expr* call) {
  Operand x;
  std::string msg;
  switch (rawExpr(x, call, nullptr)) {
    case ExprKind::Conversion:
      msg = "requires function call, not conversion";
      break;
    case ExprKind::Expression:
      msg = "discards result of";
      break;
    case ExprKind::Statement:
      return;
  }
  errorAt(x, std::string(keyword) + " " + msg + " " + str(x));
}

void Checker::returnStmt(ast::ReturnStmt* s) {
  const Tuple* res = env_.sig->results();
  if (s->results.empty() && res->size() > 0 && !res->names().empty() && !res->names()[0].empty()) {
    // Naked return: the named results must not be shadowed.
    if (env_.results) {
      for (Var* obj : *env_.results) {
        Object* alt = env_.scope->lookup(obj->name());
        if (alt && alt != obj) {
          std::vector<ErrorPart> err;
          err.push_back({s->pos, "result parameter " + obj->name() + " not in scope at return"});
          err.push_back({alt->pos(), "inner declaration of var " + alt->name() + " " + str(alt->type())});
          report(err);
        }
      }
    }
    return;
  }
  std::vector<Var*> lhs;
  if (env_.results) {
    lhs = *env_.results;
  } else {
    for (const Type* t : res->types()) lhs.push_back(ctx_.newObject<Var>("", t, ast::Pos{}, package_, VarRole::Result));
  }
  initVars(lhs, s->results, s);
}

void Checker::stmt(unsigned ctxt, ast::Stmt* s) {
  size_t top = delayed_.size();
  unsigned inner = ctxt & ~(kFallthroughOk | kFinalSwitchCase | kInTypeSwitch);
  using K = ast::NodeKind;
  switch (s->kind) {
    case K::EmptyStmt:
    case K::BadStmt:
      break;
    case K::DeclStmt:
      if (auto* d = static_cast<ast::DeclStmt*>(s)->decl) declStmt(d);
      break;
    case K::LabeledStmt:
      stmt(ctxt, static_cast<ast::LabeledStmt*>(s)->stmt);
      break;
    case K::ExprStmt: {
      Operand x;
      ExprKind kind = rawExpr(x, static_cast<ast::ExprStmt*>(s)->x, nullptr);
      std::string msg;
      switch (x.mode) {
        case OpMode::Builtin:
          msg = "must be called";
          break;
        case OpMode::TypeExpr:
          msg = "is not an expression";
          break;
        default:
          if (kind == ExprKind::Statement) goto done;
          msg = "is not used";
          break;
      }
      errorAt(x, str(x) + " " + msg);
      break;
    }
    case K::SendStmt: {
      auto* ss = static_cast<ast::SendStmt*>(s);
      Operand ch, val;
      expr(ch, ss->chan);
      expr(val, ss->value);
      if (ch.mode == OpMode::Invalid || val.mode == OpMode::Invalid) break;
      const Type* u = ch.type->underlying();
      if (u->kind() != Kind::Chan) {
        errorAt(s, "invalid operation: cannot send to non-channel " + str(ch));
        break;
      }
      if (static_cast<const Chan*>(u)->dir() == ast::ChanDir::Recv) {
        errorAt(s, "invalid operation: cannot send to receive-only channel " + str(ch));
        break;
      }
      assignment(val, static_cast<const Chan*>(u)->elem(), "send");
      break;
    }
    case K::IncDecStmt: {
      auto* ids = static_cast<ast::IncDecStmt*>(s);
      Operand x;
      expr(x, ids->x);
      if (x.mode == OpMode::Invalid) break;
      if (!isNumeric(x.type)) {
        const char* op = ids->inc ? "++" : "--";
        errorAt(ids->x, "invalid operation: " + str(ids->x) + op + " (non-numeric type " + str(x.type) + ")");
        break;
      }
      assignVar(ids->x, x);
      break;
    }
    case K::AssignStmt: {
      auto* as = static_cast<ast::AssignStmt*>(s);
      switch (as->tok) {
        case ast::AssignTok::Assign:
          assignVars(as->lhs, as->rhs);
          break;
        case ast::AssignTok::Define:
          shortVarDecl(as->tokPos.valid() ? as->tokPos : as->pos, as->lhs, as->rhs);
          break;
        case ast::AssignTok::OpAssign: {
          if (as->lhs.size() != 1 || as->rhs.size() != 1) {
            errorAt(s, std::string("assignment operation ") + opString(as->op) + " requires single-valued expressions");
            break;
          }
          Operand x;
          binary(x, nullptr, as->lhs[0], as->rhs[0], as->op, as->tokPos);
          assignVar(as->lhs[0], x);
          break;
        }
      }
      break;
    }
    case K::GoStmt: {
      auto* gs = static_cast<ast::GoStmt*>(s);
      if (!gs->call) {
        if (gs->expr) {
          errorAt(gs->expr, "expression in go must be function call");
          use(gs->expr);
        }
        break;
      }
      suspendedCall("go", gs->call);
      break;
    }
    case K::DeferStmt: {
      auto* ds = static_cast<ast::DeferStmt*>(s);
      if (!ds->call) {
        if (ds->expr) {
          errorAt(ds->expr, "expression in defer must be function call");
          use(ds->expr);
        }
        break;
      }
      suspendedCall("defer", ds->call);
      break;
    }
    case K::ReturnStmt:
      returnStmt(static_cast<ast::ReturnStmt*>(s));
      break;
    case K::BranchStmt: {
      auto* bs = static_cast<ast::BranchStmt*>(s);
      if (bs->tok == ast::BranchTok::Goto) unsupported(s->pos, "goto");
      break;
    }
    case K::BlockStmt:
      openScope(s);
      stmtList(inner, static_cast<ast::BlockStmt*>(s)->stmts);
      closeScope();
      break;
    case K::IfStmt:
      ifStmt(inner, static_cast<ast::IfStmt*>(s));
      break;
    case K::SwitchStmt:
      openScope(s);
      simpleStmt(static_cast<ast::SwitchStmt*>(s)->init);
      switchStmt(inner | kBreakOk, static_cast<ast::SwitchStmt*>(s));
      closeScope();
      break;
    case K::TypeSwitchStmt:
      openScope(s);
      simpleStmt(static_cast<ast::TypeSwitchStmt*>(s)->init);
      typeSwitchStmt(inner | kBreakOk | kInTypeSwitch, static_cast<ast::TypeSwitchStmt*>(s));
      closeScope();
      break;
    case K::SelectStmt:
      selectStmt(inner | kBreakOk, static_cast<ast::SelectStmt*>(s));
      break;
    case K::ForStmt:
      forStmt(inner | kBreakOk | kContinueOk, static_cast<ast::ForStmt*>(s));
      break;
    case K::RangeStmt:
      rangeStmt(inner | kBreakOk | kContinueOk, static_cast<ast::RangeStmt*>(s));
      break;
    default:
      errorAt(s, "invalid statement");
      break;
  }
done:
  processDelayed(top);
}

void Checker::ifStmt(unsigned inner, ast::IfStmt* s) {
  openScope(s);
  simpleStmt(s->init);
  Operand x;
  if (s->cond) {
    expr(x, s->cond);
    if (x.mode != OpMode::Invalid && !isBoolean(x.type)) errorAt(s->cond, "non-boolean condition in if statement");
  }
  if (s->then) stmt(inner, s->then);
  if (s->els) {
    if (ast::is<ast::IfStmt>(s->els) || ast::is<ast::BlockStmt>(s->els))
      stmt(inner, s->els);
    else
      errorAt(s->els, "invalid else branch in if statement");
  }
  closeScope();
}

void Checker::forStmt(unsigned inner, ast::ForStmt* s) {
  openScope(s);
  simpleStmt(s->init);
  if (s->cond) {
    Operand x;
    expr(x, s->cond);
    if (x.mode != OpMode::Invalid && !isBoolean(x.type)) errorAt(s->cond, "non-boolean condition in for statement");
  }
  simpleStmt(s->post);
  if (auto* as = ast::as<ast::AssignStmt>(s->post); as && as->tok == ast::AssignTok::Define) {
    for (ast::Expr* l : as->lhs) use(l);
  }
  if (s->body) stmt(inner, s->body);
  closeScope();
}

void Checker::rangeStmt(unsigned inner, ast::RangeStmt* s) {
  Operand x;
  expr(x, s->x);
  const Type* key = nullptr;
  const Type* val = nullptr;
  if (x.mode != OpMode::Invalid) {
    std::string cause;
    const Type* u = x.type->underlying();
    if (u->kind() == Kind::Pointer) {
      const Type* b = static_cast<const Pointer*>(u)->elem()->underlying();
      if (b->kind() == Kind::Array) u = b;
    }
    switch (u->kind()) {
      case Kind::String:
      case Kind::UntypedString:
        key = ctx_.basic(Kind::Int);
        val = ctx_.runeType();
        break;
      case Kind::Array:
        key = ctx_.basic(Kind::Int);
        val = static_cast<const Array*>(u)->elem();
        break;
      case Kind::Slice:
        key = ctx_.basic(Kind::Int);
        val = static_cast<const Slice*>(u)->elem();
        break;
      case Kind::Map:
        key = static_cast<const Map*>(u)->key();
        val = static_cast<const Map*>(u)->elem();
        break;
      case Kind::Chan: {
        auto* ch = static_cast<const Chan*>(u);
        key = ch->elem();
        val = ctx_.invalid();
        if (s->value) errorAt(s->value, "range over " + str(x) + " permits only one iteration variable");
        if (ch->dir() == ast::ChanDir::Send) cause = "receive from send-only channel";
        break;
      }
      default:
        break;
    }
    if (!key || !cause.empty()) {
      if (cause.empty())
        errorAt(x, "cannot range over " + str(x));
      else
        errorAt(x, "cannot range over " + str(x) + " (" + cause + ")");
      key = val = nullptr;
    }
  }
  openScope(s);
  ast::Expr* lhs[2] = {s->key, s->value};
  const Type* rhs[2] = {key, val};
  if (s->define) {
    std::vector<Var*> vars;
    for (int i = 0; i < 2; ++i) {
      if (!lhs[i]) continue;
      Var* obj;
      if (auto* id = ast::as<ast::Ident>(lhs[i])) {
        obj = ctx_.newObject<Var>(id->name, nullptr, id->pos, package_, VarRole::Local);
        varDepth_[obj] = env_.funcDepth;
        recordDef(id, obj);
        if (id->name != "_") vars.push_back(obj);
      } else {
        errorAt(lhs[i], "cannot declare " + str(lhs[i]));
        obj = ctx_.newObject<Var>("_", nullptr, lhs[i]->pos, package_, VarRole::Local);
      }
      if (rhs[i]) {
        Operand v;
        v.mode = OpMode::Value;
        v.expr = lhs[i];
        v.type = rhs[i];
        initVar(obj, v, "range clause");
      } else {
        obj->setType(ctx_.invalid());
        obj->used = true;
      }
    }
    if (!vars.empty()) {
      for (Var* v : vars) declare(env_.scope, nullptr, v);
    } else if (s->key || s->value) {
      errorAt(s, "no new variables on left side of :=");
    }
  } else {
    for (int i = 0; i < 2; ++i) {
      if (!lhs[i] || !rhs[i]) continue;
      Operand v;
      v.mode = OpMode::Value;
      v.expr = lhs[i];
      v.type = rhs[i];
      assignVar(lhs[i], v);
    }
  }
  if (s->body) stmt(inner, s->body);
  closeScope();
}

void Checker::selectStmt(unsigned inner, ast::SelectStmt* s) {
  multipleDefaults(s->clauses);
  for (ast::CommClause* clause : s->clauses) {
    bool valid = false;
    ast::Expr* rhs = nullptr;
    if (!clause->comm || ast::is<ast::SendStmt>(clause->comm)) {
      valid = true;
    } else if (auto* as = ast::as<ast::AssignStmt>(clause->comm)) {
      if (as->rhs.size() == 1) rhs = as->rhs[0];
    } else if (auto* es = ast::as<ast::ExprStmt>(clause->comm)) {
      rhs = es->x;
    }
    if (rhs) {
      if (auto* u = ast::as<ast::UnaryExpr>(unparen(rhs)); u && u->op == ast::Op::Arrow) valid = true;
    }
    if (!valid) {
      errorAt(clause->comm, "select case must be send or receive (possibly with assignment)");
      continue;
    }
    openScope(clause);
    if (clause->comm) stmt(inner, clause->comm);
    stmtList(inner, clause->body);
    closeScope();
  }
}

// ---------------------------------------------------------------------------------------------
// Terminating statements (Go spec), types2's return.go
// ---------------------------------------------------------------------------------------------
namespace {

bool hasBreak(ast::Stmt* s, const std::string& label, bool implicit);

bool hasBreakList(const std::vector<ast::Stmt*>& list, const std::string& label, bool implicit) {
  for (ast::Stmt* s : list)
    if (hasBreak(s, label, implicit)) return true;
  return false;
}

bool hasBreak(ast::Stmt* s, const std::string& label, bool implicit) {
  using K = ast::NodeKind;
  switch (s->kind) {
    case K::LabeledStmt:
      return hasBreak(static_cast<ast::LabeledStmt*>(s)->stmt, label, implicit);
    case K::BranchStmt: {
      auto* b = static_cast<ast::BranchStmt*>(s);
      if (b->tok == ast::BranchTok::Break) {
        if (!b->label) return implicit;
        if (b->label->name == label) return true;
      }
      return false;
    }
    case K::BlockStmt:
      return hasBreakList(static_cast<ast::BlockStmt*>(s)->stmts, label, implicit);
    case K::IfStmt: {
      auto* i = static_cast<ast::IfStmt*>(s);
      return (i->then && hasBreak(i->then, label, implicit)) || (i->els && hasBreak(i->els, label, implicit));
    }
    case K::SwitchStmt:
      if (!label.empty())
        for (ast::CaseClause* c : static_cast<ast::SwitchStmt*>(s)->clauses)
          if (hasBreakList(c->body, label, false)) return true;
      return false;
    case K::TypeSwitchStmt:
      if (!label.empty())
        for (ast::CaseClause* c : static_cast<ast::TypeSwitchStmt*>(s)->clauses)
          if (hasBreakList(c->body, label, false)) return true;
      return false;
    case K::SelectStmt:
      if (!label.empty())
        for (ast::CommClause* c : static_cast<ast::SelectStmt*>(s)->clauses)
          if (hasBreakList(c->body, label, false)) return true;
      return false;
    case K::ForStmt:
      if (!label.empty()) {
        auto* f = static_cast<ast::ForStmt*>(s);
        return f->body && hasBreak(f->body, label, false);
      }
      return false;
    case K::RangeStmt:
      if (!label.empty()) {
        auto* f = static_cast<ast::RangeStmt*>(s);
        return f->body && hasBreak(f->body, label, false);
      }
      return false;
    default:
      return false;
  }
}

}  // namespace

bool Checker::isTerminating(ast::Stmt* s, const std::string& label) {
  using K = ast::NodeKind;
  switch (s->kind) {
    case K::LabeledStmt: {
      auto* l = static_cast<ast::LabeledStmt*>(s);
      return isTerminating(l->stmt, l->label->name);
    }
    case K::ExprStmt: {
      auto* call = ast::as<ast::CallExpr>(unparen(static_cast<ast::ExprStmt*>(s)->x));
      return call && isPanic_.count(call);
    }
    case K::ReturnStmt:
      return true;
    case K::BranchStmt: {
      auto tok = static_cast<ast::BranchStmt*>(s)->tok;
      return tok == ast::BranchTok::Goto || tok == ast::BranchTok::Fallthrough;
    }
    case K::BlockStmt:
      return isTerminatingList(static_cast<ast::BlockStmt*>(s)->stmts, "");
    case K::IfStmt: {
      auto* i = static_cast<ast::IfStmt*>(s);
      return i->els && i->then && isTerminating(i->then, "") && isTerminating(i->els, "");
    }
    case K::SwitchStmt:
      return isTerminatingSwitch(static_cast<ast::SwitchStmt*>(s)->clauses, label);
    case K::TypeSwitchStmt:
      return isTerminatingSwitch(static_cast<ast::TypeSwitchStmt*>(s)->clauses, label);
    case K::SelectStmt:
      for (ast::CommClause* c : static_cast<ast::SelectStmt*>(s)->clauses)
        if (!isTerminatingList(c->body, "") || hasBreakList(c->body, label, true)) return false;
      return true;
    case K::ForStmt: {
      auto* f = static_cast<ast::ForStmt*>(s);
      return !f->cond && !(f->body && hasBreak(f->body, label, true));
    }
    default:
      return false;
  }
}

bool Checker::isTerminatingList(const std::vector<ast::Stmt*>& list, const std::string& label) {
  for (size_t i = list.size(); i > 0; --i)
    if (!ast::is<ast::EmptyStmt>(list[i - 1])) return isTerminating(list[i - 1], label);
  return false;
}

bool Checker::isTerminatingSwitch(const std::vector<ast::CaseClause*>& body, const std::string& label) {
  bool hasDefault = false;
  for (ast::CaseClause* c : body) {
    if (c->isDefault) hasDefault = true;
    if (!isTerminatingList(c->body, "") || hasBreakList(c->body, label, true)) return false;
  }
  return hasDefault;
}

}  // namespace mgo::types
