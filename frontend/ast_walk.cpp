// ast_walk.cpp — see ast_walk.h.
#include "frontend/ast_walk.h"

#include <algorithm>

namespace mgo::ast {

namespace {

void push(std::vector<const Node*>& out, const Node* n) {
  if (n) out.push_back(n);
}
template <class T>
void pushAll(std::vector<const Node*>& out, const std::vector<T*>& nodes) {
  for (const Node* n : nodes) push(out, n);
}

}  // namespace

void children(const Node* node, std::vector<const Node*>& out) {
  switch (node->kind) {
    case NodeKind::BadExpr: case NodeKind::Ident: case NodeKind::BasicLit:
    case NodeKind::BadStmt: case NodeKind::EmptyStmt: case NodeKind::ImportSpec:
      return;
    case NodeKind::CompositeLit: { auto* n = static_cast<const CompositeLit*>(node); push(out, n->type); pushAll(out, n->elts); return; }
    case NodeKind::KeyValueExpr: { auto* n = static_cast<const KeyValueExpr*>(node); push(out, n->key); push(out, n->value); return; }
    case NodeKind::FuncLit: { auto* n = static_cast<const FuncLit*>(node); push(out, n->type); push(out, n->body); return; }
    case NodeKind::ParenExpr: push(out, static_cast<const ParenExpr*>(node)->x); return;
    case NodeKind::SelectorExpr: { auto* n = static_cast<const SelectorExpr*>(node); push(out, n->x); push(out, n->sel); return; }
    case NodeKind::IndexExpr: { auto* n = static_cast<const IndexExpr*>(node); push(out, n->x); push(out, n->index); return; }
    case NodeKind::SliceExpr: { auto* n = static_cast<const SliceExpr*>(node); push(out, n->x); push(out, n->low); push(out, n->high); push(out, n->max); return; }
    case NodeKind::TypeAssertExpr: { auto* n = static_cast<const TypeAssertExpr*>(node); push(out, n->x); push(out, n->type); return; }
    case NodeKind::CallExpr: { auto* n = static_cast<const CallExpr*>(node); push(out, n->fun); pushAll(out, n->args); return; }
    case NodeKind::StarExpr: push(out, static_cast<const StarExpr*>(node)->x); return;
    case NodeKind::UnaryExpr: push(out, static_cast<const UnaryExpr*>(node)->x); return;
    case NodeKind::BinaryExpr: { auto* n = static_cast<const BinaryExpr*>(node); push(out, n->x); push(out, n->y); return; }
    case NodeKind::ArrayType: { auto* n = static_cast<const ArrayTypeExpr*>(node); push(out, n->len); push(out, n->elem); return; }
    case NodeKind::StructType: pushAll(out, static_cast<const StructTypeExpr*>(node)->fields); return;
    case NodeKind::FuncType: { auto* n = static_cast<const FuncTypeExpr*>(node); pushAll(out, n->params); pushAll(out, n->results); return; }
    case NodeKind::InterfaceType: pushAll(out, static_cast<const InterfaceTypeExpr*>(node)->methods); return;
    case NodeKind::MapType: { auto* n = static_cast<const MapTypeExpr*>(node); push(out, n->key); push(out, n->value); return; }
    case NodeKind::ChanType: push(out, static_cast<const ChanTypeExpr*>(node)->value); return;
    case NodeKind::Ellipsis: push(out, static_cast<const EllipsisExpr*>(node)->elt); return;
    case NodeKind::DeclStmt: push(out, static_cast<const DeclStmt*>(node)->decl); return;
    case NodeKind::LabeledStmt: { auto* n = static_cast<const LabeledStmt*>(node); push(out, n->label); push(out, n->stmt); return; }
    case NodeKind::ExprStmt: push(out, static_cast<const ExprStmt*>(node)->x); return;
    case NodeKind::SendStmt: { auto* n = static_cast<const SendStmt*>(node); push(out, n->chan); push(out, n->value); return; }
    case NodeKind::IncDecStmt: push(out, static_cast<const IncDecStmt*>(node)->x); return;
    case NodeKind::AssignStmt: { auto* n = static_cast<const AssignStmt*>(node); pushAll(out, n->lhs); pushAll(out, n->rhs); return; }
    case NodeKind::GoStmt: push(out, static_cast<const GoStmt*>(node)->expr); return;
    case NodeKind::DeferStmt: push(out, static_cast<const DeferStmt*>(node)->expr); return;
    case NodeKind::ReturnStmt: pushAll(out, static_cast<const ReturnStmt*>(node)->results); return;
    case NodeKind::BranchStmt: push(out, static_cast<const BranchStmt*>(node)->label); return;
    case NodeKind::BlockStmt: pushAll(out, static_cast<const BlockStmt*>(node)->stmts); return;
    case NodeKind::IfStmt: { auto* n = static_cast<const IfStmt*>(node); push(out, n->init); push(out, n->cond); push(out, n->then); push(out, n->els); return; }
    case NodeKind::CaseClause: { auto* n = static_cast<const CaseClause*>(node); pushAll(out, n->list); pushAll(out, n->body); return; }
    case NodeKind::SwitchStmt: { auto* n = static_cast<const SwitchStmt*>(node); push(out, n->init); push(out, n->tag); pushAll(out, n->clauses); return; }
    case NodeKind::TypeSwitchStmt: { auto* n = static_cast<const TypeSwitchStmt*>(node); push(out, n->init); push(out, n->binding); push(out, n->guard); pushAll(out, n->clauses); return; }
    case NodeKind::CommClause: { auto* n = static_cast<const CommClause*>(node); push(out, n->comm); pushAll(out, n->body); return; }
    case NodeKind::SelectStmt: pushAll(out, static_cast<const SelectStmt*>(node)->clauses); return;
    case NodeKind::ForStmt: { auto* n = static_cast<const ForStmt*>(node); push(out, n->init); push(out, n->cond); push(out, n->post); push(out, n->body); return; }
    case NodeKind::RangeStmt: { auto* n = static_cast<const RangeStmt*>(node); push(out, n->key); push(out, n->value); push(out, n->x); push(out, n->body); return; }
    case NodeKind::Field: { auto* n = static_cast<const Field*>(node); pushAll(out, n->names); push(out, n->type); push(out, n->tag); return; }
    case NodeKind::ValueSpec: {
      auto* n = static_cast<const ValueSpec*>(node);
      pushAll(out, n->names);
      push(out, n->type);
      if (!n->implicitValues) pushAll(out, n->values);  // shared with the previous spec
      return;
    }
    case NodeKind::TypeSpec: { auto* n = static_cast<const TypeSpec*>(node); push(out, n->name); push(out, n->type); return; }
    case NodeKind::GenDecl: pushAll(out, static_cast<const GenDecl*>(node)->specs); return;
    case NodeKind::FuncDecl: { auto* n = static_cast<const FuncDecl*>(node); push(out, n->recv); push(out, n->name); push(out, n->type); push(out, n->body); return; }
    case NodeKind::File: { auto* n = static_cast<const File*>(node); push(out, n->packageName); pushAll(out, n->decls); return; }
  }
}

void inspect(const Node* root, const std::function<bool(const Node*)>& visit) {
  if (!root) return;
  std::vector<const Node*> stack{root};
  std::vector<const Node*> kids;
  while (!stack.empty()) {
    const Node* node = stack.back();
    stack.pop_back();
    if (!visit(node)) continue;
    kids.clear();
    children(node, kids);
    stack.insert(stack.end(), kids.rbegin(), kids.rend());  // leftmost child on top
  }
}

void walk(const Node* root, const std::function<void(const Node*)>& visit) {
  inspect(root, [&](const Node* n) { visit(n); return true; });
}

}  // namespace mgo::ast
