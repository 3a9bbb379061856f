// stmt.cpp — escape flows of statements (model: Go's escape/stmt.go). Tracks loopDepth: it
// increases inside for/range bodies and after a label that a later goto jumps back to; a
// variable's location remembers the depth of its declaration, and the solver treats a location
// declared at a smaller depth as outliving one declared deeper (its address would survive into
// the next iteration, where gc would reuse the storage for a new variable).
//
// Invariant: block() restores the loop depth at its end, so labels only affect their block.
#include "analysis/escape/type_facts.h"
#include "analysis/escape/walker.h"
#include "frontend/ast_walk.h"
#include "frontend/objects.h"

namespace mgo::escape {

namespace {
const ast::Expr* unparen(const ast::Expr* e) {
  while (auto* p = ast::as<ast::ParenExpr>(e)) e = p->x;
  return e;
}
}  // namespace

void FuncWalker::walkBody(const ast::BlockStmt* body) {
  if (!body) return;
  // Labels that a later goto jumps back to start an unstructured loop.
  std::vector<std::pair<std::string, ast::Pos>> labels;
  ast::walk(body, [&](const ast::Node* n) {
    if (auto* l = ast::as<ast::LabeledStmt>(n); l && l->label) labels.push_back({l->label->name, l->pos});
    if (auto* br = ast::as<ast::BranchStmt>(n); br && br->tok == ast::BranchTok::Goto && br->label)
      for (auto& [name, pos] : labels)
        if (name == br->label->name) loopingLabels_.push_back(name);
  });
  block(body->stmts);
}

void FuncWalker::walkPackageInit(const std::vector<types::Initializer>& inits) {
  for (const types::Initializer& init : inits) {
    if (!init.rhs) continue;
    if (init.lhs.size() == 1) {
      Hole k = init.lhs[0] && init.lhs[0]->name() != "_" ? b_.graph.heapHole() : b_.graph.discardHole();
      exprAs(k, init.rhs, init.lhs[0] ? init.lhs[0]->type() : nullptr, lastVisitedPos(init.rhs, b_.info));
      continue;
    }
    std::vector<Hole> ks(init.lhs.size(), b_.graph.heapHole());
    if (auto* c = ast::as<ast::CallExpr>(unparen(init.rhs))) call(&ks, c);
    else expr(ks[0], init.rhs);
  }
}

void FuncWalker::block(const std::vector<ast::Stmt*>& stmts) {
  int old = loopDepth_;
  for (const ast::Stmt* s : stmts) stmt(s);
  loopDepth_ = old;
}

void FuncWalker::stmt(const ast::Stmt* s) {
  if (!s) return;
  switch (s->kind) {
    case ast::NodeKind::BlockStmt:
      block(static_cast<const ast::BlockStmt*>(s)->stmts);
      return;
    case ast::NodeKind::DeclStmt: {
      auto* d = static_cast<const ast::DeclStmt*>(s);
      if (!d->decl || d->decl->tok != ast::DeclTok::Var) return;
      for (const ast::Node* spec : d->decl->specs)
        if (auto* vs = ast::as<ast::ValueSpec>(spec)) valueSpec(vs);
      return;
    }
    case ast::NodeKind::LabeledStmt: {
      auto* l = static_cast<const ast::LabeledStmt*>(s);
      if (l->label)
        for (const std::string& name : loopingLabels_)
          if (name == l->label->name) {
            ++loopDepth_;
            break;
          }
      stmt(l->stmt);
      return;
    }
    case ast::NodeKind::ExprStmt: {
      const ast::Expr* x = unparen(static_cast<const ast::ExprStmt*>(s)->x);
      if (auto* c = ast::as<ast::CallExpr>(x)) call(nullptr, c);
      else discard(x);
      return;
    }
    case ast::NodeKind::SendStmt: {
      auto* send = static_cast<const ast::SendStmt*>(s);
      discard(send->chan);
      const types::Type* ct = typeOf(send->chan);
      const types::Type* cu = ct ? ct->underlying() : nullptr;
      const types::Type* elem = cu && cu->kind() == types::Kind::Chan ? static_cast<const types::Chan*>(cu)->elem() : nullptr;
      exprAs(note(b_.graph.heapHole(), s, "send"), send->value, elem, lastVisitedPos(send->value, b_.info));
      return;
    }
    case ast::NodeKind::IncDecStmt: {
      Hole k = addr(static_cast<const ast::IncDecStmt*>(s)->x);
      markReassigned({k}, {false});
      return;
    }
    case ast::NodeKind::AssignStmt:
      assign(static_cast<const ast::AssignStmt*>(s));
      return;
    case ast::NodeKind::GoStmt: {
      auto* g = static_cast<const ast::GoStmt*>(s);
      if (!g->call) { discard(g->expr); return; }
      goDefer(s, g->call, true);
      return;
    }
    case ast::NodeKind::DeferStmt: {
      auto* d = static_cast<const ast::DeferStmt*>(s);
      if (!d->call) { discard(d->expr); return; }
      goDefer(s, d->call, false);
      return;
    }
    case ast::NodeKind::ReturnStmt:
      returnStmt(static_cast<const ast::ReturnStmt*>(s));
      return;
    case ast::NodeKind::IfStmt: {
      auto* i = static_cast<const ast::IfStmt*>(s);
      stmt(i->init);
      discard(i->cond);
      if (i->then) block(i->then->stmts);
      if (i->els) {
        int old = loopDepth_;
        stmt(i->els);
        loopDepth_ = old;
      }
      return;
    }
    case ast::NodeKind::ForStmt: {
      auto* f = static_cast<const ast::ForStmt*>(s);
      stmt(f->init);
      ++loopDepth_;
      discard(f->cond);
      stmt(f->post);
      if (f->body) block(f->body->stmts);
      --loopDepth_;
      return;
    }
    case ast::NodeKind::RangeStmt:
      rangeStmt(static_cast<const ast::RangeStmt*>(s));
      return;
    case ast::NodeKind::SwitchStmt: {
      auto* sw = static_cast<const ast::SwitchStmt*>(s);
      stmt(sw->init);
      discard(sw->tag);
      const types::Type* tagType = typeOf(sw->tag);
      for (const ast::CaseClause* cc : sw->clauses) {
        for (const ast::Expr* e : cc->list) {
          if (tagType && types::isInterface(tagType)) exprAs(b_.graph.discardHole(), e, tagType, gcPos(e));
          else discard(e);
        }
        block(cc->body);
      }
      return;
    }
    case ast::NodeKind::TypeSwitchStmt:
      typeSwitch(static_cast<const ast::TypeSwitchStmt*>(s));
      return;
    case ast::NodeKind::SelectStmt: {
      for (const ast::CommClause* cc : static_cast<const ast::SelectStmt*>(s)->clauses) {
        stmt(cc->comm);
        block(cc->body);
      }
      return;
    }
    case ast::NodeKind::CaseClause:
      block(static_cast<const ast::CaseClause*>(s)->body);
      return;
    default:
      return;  // empty, branch, bad
  }
}

void FuncWalker::valueSpec(const ast::ValueSpec* spec) {
  std::vector<Hole> ks;
  for (const ast::Ident* name : spec->names) {
    types::Object* obj = b_.info.objectOf(name);
    auto* v = obj && obj->kind() == types::ObjKind::Var ? static_cast<const types::Var*>(obj) : nullptr;
    ks.push_back(name->name == "_" || !v ? b_.graph.discardHole() : dcl(v));
  }
  if (spec->values.empty()) return;
  if (spec->values.size() == spec->names.size()) {
    ast::Pos ctx = lastVisitedPos(spec->values.back(), b_.info);
    for (size_t i = 0; i < ks.size(); ++i) {
      types::Object* obj = b_.info.objectOf(spec->names[i]);
      exprAs(note(ks[i], spec->values[i], "assign"), spec->values[i], obj ? obj->type() : nullptr, ctx);
    }
    return;
  }
  if (auto* c = ast::as<ast::CallExpr>(unparen(spec->values[0]))) {
    call(&ks, c);
    return;
  }
  expr(ks[0], spec->values[0]);  // v, ok = m[k] / x.(T) / <-c
}

void FuncWalker::assign(const ast::AssignStmt* a) {
  if (a->tok == ast::AssignTok::OpAssign) {
    Hole k = a->lhs.empty() ? b_.graph.discardHole() : addr(a->lhs[0]);
    if (!a->rhs.empty()) expr(note(k, a, "assign"), a->rhs[0]);
    markReassigned({k}, {false});
    return;
  }
  std::vector<Hole> ks;
  std::vector<bool> isDef;
  std::vector<const types::Type*> lhsTypes;
  for (const ast::Expr* l : a->lhs) {
    const types::Var* defined = nullptr;
    if (a->tok == ast::AssignTok::Define)
      if (auto* id = ast::as<ast::Ident>(l)) {
        auto it = b_.info.defs.find(id);
        if (it != b_.info.defs.end() && it->second && it->second->kind() == types::ObjKind::Var)
          defined = static_cast<const types::Var*>(it->second);
      }
    if (defined) {
      ks.push_back(dcl(defined));
      isDef.push_back(true);
      lhsTypes.push_back(defined->type());
    } else {
      ks.push_back(addr(l));
      isDef.push_back(false);
      auto* id = ast::as<ast::Ident>(unparen(l));
      lhsTypes.push_back(id && id->name == "_" ? nullptr : typeOf(l));
    }
  }
  if (a->rhs.size() == a->lhs.size()) {
    ast::Pos ctx = a->lhs.empty() ? gcPos(a) : lastVisitedPos(a->lhs.back(), b_.info);
    for (size_t i = 0; i < ks.size(); ++i) {
      Hole k = ks[i];
      if (a->tok == ast::AssignTok::Assign && isSelfAssign(a->lhs[i], a->rhs[i])) {
        b_.result.decisions.push_back({gcPos(a), fn_->name + " ignoring self-assignment in " + b_.describer.stmt(a),
                                       "self-assign", {}});
        k = b_.graph.discardHole();
      }
      exprAs(note(k, a, a->lhs.size() > 1 ? "assign-pair" : "assign"), a->rhs[i], lhsTypes[i], ctx);
    }
  } else if (a->rhs.size() == 1) {
    if (auto* c = ast::as<ast::CallExpr>(unparen(a->rhs[0]))) {
      call(&ks, c);
    } else {
      exprAs(note(ks[0], a, "assign-pair"), a->rhs[0], lhsTypes[0], gcPos(a));
    }
  }
  markReassigned(ks, isDef);
}

void FuncWalker::returnStmt(const ast::ReturnStmt* r) {
  if (r->results.empty()) return;
  std::vector<Hole> ks;
  for (Location* loc : fn_->results) ks.push_back(loc ? Hole{loc} : b_.graph.discardHole());
  if (r->results.size() == 1 && ks.size() > 1) {
    if (auto* c = ast::as<ast::CallExpr>(unparen(r->results[0]))) {
      std::vector<Hole> noted;
      for (Hole k : ks) noted.push_back(note(k, r, "return"));
      call(&noted, c);
    } else {
      discard(r->results[0]);
    }
  } else {
    ast::Pos ctx = lastVisitedPos(r->results.back(), b_.info);
    for (size_t i = 0; i < r->results.size(); ++i) {
      Hole k = i < ks.size() ? ks[i] : b_.graph.discardHole();
      const types::Type* t = i < fn_->resultTypes.size() ? fn_->resultTypes[i] : nullptr;
      exprAs(note(k, r, "return"), r->results[i], t, ctx);
    }
  }
  markReassigned(ks, {});
}

void FuncWalker::rangeStmt(const ast::RangeStmt* r) {
  // X is evaluated once, outside the loop.
  Location* tmp = b_.graph.newLocation(LocKind::Temp, fn_, loopDepth_, false);
  tmp->reported = false;
  expr(Hole{tmp}, r->x);
  ++loopDepth_;
  auto target = [&](const ast::Expr* e) -> Hole {
    if (!e) return b_.graph.discardHole();
    if (r->define)
      if (auto* id = ast::as<ast::Ident>(e)) {
        types::Object* obj = b_.info.objectOf(id);
        if (id->name == "_" || !obj || obj->kind() != types::ObjKind::Var) return b_.graph.discardHole();
        // gc has no ODCL for range variables: they keep the function-level loopDepth (1) of
        // initFunc, so a capture inside the body never forgives the per-iteration reassignment
        // (they are captured by reference and move to the heap, "moved to heap: v").
        Hole k = dcl(static_cast<const types::Var*>(obj));
        if (k.dst) k.dst->loopDepth = 1;
        return k;
      }
    return addr(e);
  };
  Hole keyK = target(r->key);
  Hole valueK = target(r->value);
  const types::Type* xt = typeOf(r->x);
  const types::Type* xu = xt ? xt->underlying() : nullptr;
  if (xu && xu->kind() == types::Kind::Array) b_.graph.flow(note(valueK, r, "range"), tmp);
  else b_.graph.flow(deref(valueK, r, "range-deref"), tmp);
  markReassigned({keyK, valueK}, {});
  if (r->body) block(r->body->stmts);
  --loopDepth_;
}

void FuncWalker::typeSwitch(const ast::TypeSwitchStmt* s) {
  stmt(s->init);
  std::vector<Hole> ks;
  if (s->binding) {
    for (const ast::CaseClause* cc : s->clauses) {
      auto it = b_.info.implicits.find(cc);
      if (it == b_.info.implicits.end() || !it->second || it->second->kind() != types::ObjKind::Var) continue;
      auto* cv = static_cast<const types::Var*>(it->second);
      Hole k = dcl(cv);
      if (hasPointers(cv->type())) ks.push_back(dotType(k, cv->type(), cc, "switch case"));
    }
  }
  if (s->guard) expr(b_.graph.teeHole(ks, fn_, loopDepth_), s->guard->x);
  for (const ast::CaseClause* cc : s->clauses) block(cc->body);
}

}  // namespace mgo::escape
