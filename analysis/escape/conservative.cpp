// conservative.cpp — the baseline escape decisions (see escape.h): variables whose address is
// taken or that a closure captures live on the heap; every allocation site allocates on the heap.
//
// Invariant: never unsound — it only ever moves things to the heap.
#include <functional>

#include "analysis/escape/escape.h"
#include "frontend/ast_walk.h"

namespace mgo::escape {

namespace {

// The variable denoted by an addressable operand whose address is taken: x, (x), x.f, x[i] of
// an array x, x.f.g ... — the root variable's storage must outlive the expression.
const types::Var* rootVariable(const ast::Expr* e, const types::Info& info) {
  while (true) {
    if (auto* paren = ast::as<ast::ParenExpr>(e)) { e = paren->x; continue; }
    if (auto* sel = ast::as<ast::SelectorExpr>(e)) {
      auto it = info.selections.find(sel);
      if (it == info.selections.end() || it->second.indirect) return nullptr;  // via a pointer
      e = sel->x;
      continue;
    }
    if (auto* index = ast::as<ast::IndexExpr>(e)) {
      const types::TypeAndValue* tv = info.typeOf(index->x);
      if (!tv || !tv->type || tv->type->underlying()->kind() != types::Kind::Array) return nullptr;
      e = index->x;
      continue;
    }
    if (auto* id = ast::as<ast::Ident>(e)) {
      types::Object* obj = info.objectOf(id);
      if (obj && obj->kind() == types::ObjKind::Var) return static_cast<const types::Var*>(obj);
    }
    return nullptr;
  }
}

}  // namespace

Result analyze(const ast::Package& pkg, const types::Info& info) {
  Result result;
  for (const auto& [lit, vars] : info.captures)
    for (const types::Var* v : vars) result.markVarOnHeap(v);
  auto visit = [&](const ast::Node* node) {
    if (auto* unary = ast::as<ast::UnaryExpr>(node); unary && unary->op == ast::Op::And) {
      if (const types::Var* v = rootVariable(unary->x, info)) result.markVarOnHeap(v);
    } else if (auto* slice = ast::as<ast::SliceExpr>(node)) {
      const types::TypeAndValue* tv = info.typeOf(slice->x);
      if (tv && tv->type && tv->type->underlying()->kind() == types::Kind::Array)
        if (const types::Var* v = rootVariable(slice->x, info)) result.markVarOnHeap(v);
    } else if (auto* sel = ast::as<ast::SelectorExpr>(node)) {
      auto it = info.selections.find(sel);
      if (it != info.selections.end() && it->second.addressOfRecv)
        if (const types::Var* v = rootVariable(sel->x, info)) result.markVarOnHeap(v);
    }
  };
  for (const ast::File* file : pkg.files) ast::walk(file, visit);
  return result;
}

}  // namespace mgo::escape
