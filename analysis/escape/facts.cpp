// facts.cpp — per-declaration facts gathered before the walk (see batch.h FuncFacts): the free
// variables of every function literal (gc's ClosureVars, in order of first reference), the
// variables that are reassigned or address-taken anywhere in the declaration (ir.Reassigned,
// including inside closures), and each local variable's defining expression (for ir.StaticValue).
//
// Invariant: a variable counts as captured by every function literal between its declaration and
// its use, so nested closures capture through their enclosing closures like gc's.
#include <algorithm>
#include <functional>

#include "analysis/escape/batch.h"
#include "frontend/ast_walk.h"
#include "frontend/objects.h"

namespace mgo::escape {

namespace {

const ast::Expr* unparen(const ast::Expr* e) {
  while (auto* p = ast::as<ast::ParenExpr>(e)) e = p->x;
  return e;
}

const types::Var* localVarOf(const ast::Expr* e, const types::Info& info) {
  auto* id = ast::as<ast::Ident>(unparen(e));
  if (!id) return nullptr;
  types::Object* obj = info.objectOf(id);
  if (!obj || obj->kind() != types::ObjKind::Var) return nullptr;
  auto* v = static_cast<const types::Var*>(obj);
  return v->isGlobal() || v->role() == types::VarRole::Field ? nullptr : v;
}

// The variable at the root of an addressable expression (x in &x.f[2].g).
const types::Var* rootVar(const ast::Expr* e, const types::Info& info) {
  while (true) {
    e = unparen(e);
    if (auto* sel = ast::as<ast::SelectorExpr>(e)) {
      auto it = info.selections.find(sel);
      if (it == info.selections.end() || it->second.indirect) return nullptr;
      e = sel->x;
      continue;
    }
    if (auto* ix = ast::as<ast::IndexExpr>(e)) {
      const types::TypeAndValue* tv = info.typeOf(ix->x);
      if (!tv || !tv->type || tv->type->underlying()->kind() != types::Kind::Array) return nullptr;
      e = ix->x;
      continue;
    }
    return localVarOf(e, info);
  }
}

}  // namespace

void collectFuncFacts(const ast::Node* root, const types::Info& info, FuncFacts& facts) {
  std::unordered_map<const types::Var*, size_t> declDepth;
  std::vector<const ast::FuncLit*> lits;
  std::function<void(const ast::Node*)> visit = [&](const ast::Node* n) {
    if (!n) return;
    if (auto* lit = ast::as<ast::FuncLit>(n)) {
      lits.push_back(lit);
      facts.captures[lit];  // every literal has an entry
      std::vector<const ast::Node*> kids;
      ast::children(n, kids);
      for (const ast::Node* k : kids) visit(k);
      lits.pop_back();
      return;
    }
    if (auto* id = ast::as<ast::Ident>(n)) {
      auto d = info.defs.find(id);
      if (d != info.defs.end() && d->second && d->second->kind() == types::ObjKind::Var) {
        declDepth[static_cast<const types::Var*>(d->second)] = lits.size();
      } else if (const types::Var* v = localVarOf(id, info)) {
        auto it = declDepth.find(v);
        if (it != declDepth.end())
          for (size_t i = it->second; i < lits.size(); ++i) {
            auto& list = facts.captures[lits[i]];
            if (std::find(list.begin(), list.end(), v) == list.end()) list.push_back(v);
          }
      }
      return;
    }
    if (auto* a = ast::as<ast::AssignStmt>(n)) {
      for (size_t i = 0; i < a->lhs.size(); ++i) {
        const ast::Expr* l = a->lhs[i];
        bool defines = false;
        if (auto* id = ast::as<ast::Ident>(l)) {
          auto d = info.defs.find(id);
          defines = a->tok == ast::AssignTok::Define && d != info.defs.end() && d->second;
          if (defines && a->rhs.size() == a->lhs.size() && d->second->kind() == types::ObjKind::Var)
            facts.definitions[static_cast<const types::Var*>(d->second)] = a->rhs[i];
        }
        if (!defines)
          if (const types::Var* v = localVarOf(l, info)) facts.reassigned.insert(v);
      }
    } else if (auto* vs = ast::as<ast::ValueSpec>(n)) {
      if (vs->values.size() == vs->names.size())
        for (size_t i = 0; i < vs->names.size(); ++i) {
          auto d = info.defs.find(vs->names[i]);
          if (d != info.defs.end() && d->second && d->second->kind() == types::ObjKind::Var)
            facts.definitions[static_cast<const types::Var*>(d->second)] = vs->values[i];
        }
    } else if (auto* inc = ast::as<ast::IncDecStmt>(n)) {
      if (const types::Var* v = localVarOf(inc->x, info)) facts.reassigned.insert(v);
    } else if (auto* u = ast::as<ast::UnaryExpr>(n); u && u->op == ast::Op::And) {
      if (const types::Var* v = rootVar(u->x, info)) facts.reassigned.insert(v);
    } else if (auto* r = ast::as<ast::RangeStmt>(n)) {
      if (const types::Var* v = localVarOf(r->key, info)) facts.reassigned.insert(v);
      if (const types::Var* v = localVarOf(r->value, info)) facts.reassigned.insert(v);
    } else if (auto* sel = ast::as<ast::SelectorExpr>(n)) {
      auto it = info.selections.find(sel);
      if (it != info.selections.end() && it->second.addressOfRecv)
        if (const types::Var* v = rootVar(sel->x, info)) facts.reassigned.insert(v);
    } else if (auto* sl = ast::as<ast::SliceExpr>(n)) {
      const types::TypeAndValue* tv = info.typeOf(sl->x);
      if (tv && tv->type && tv->type->underlying()->kind() == types::Kind::Array)
        if (const types::Var* v = rootVar(sl->x, info)) facts.reassigned.insert(v);
    }
    std::vector<const ast::Node*> kids;
    ast::children(n, kids);
    for (const ast::Node* k : kids) visit(k);
  };
  visit(root);
}

}  // namespace mgo::escape
