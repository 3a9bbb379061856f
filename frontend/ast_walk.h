// ast_walk.h — generic pre-order traversal of the AST (model: go/ast.Inspect).
//
// Invariant: visits every non-null node reachable from `root` exactly once, parents before
// children, children in source order. Iterative (explicit stack), so arbitrarily deep trees
// cannot overflow the C++ stack.
#pragma once
#include <functional>

#include "frontend/ast.h"

namespace mgo::ast {

// Calls visit(node) for every node; children of `node` are skipped if visit returns false.
void inspect(const Node* root, const std::function<bool(const Node*)>& visit);
// Same, visiting every node.
void walk(const Node* root, const std::function<void(const Node*)>& visit);
// Appends the direct children of `node` (source order) to `out`.
void children(const Node* node, std::vector<const Node*>& out);

}  // namespace mgo::ast
