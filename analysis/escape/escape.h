// escape.h — stack or heap: the decisions escape analysis hands to codegen.
//
// Model (to be completed by the escape-analysis issue, after Go's cmd/compile/internal/escape):
// two invariants must hold for every program: (1) a pointer to a stack object is never stored in
// the heap, (2) a pointer to a stack object never outlives that object. The current
// implementation (conservative.cpp) is the pre-analysis baseline: a variable goes to the heap
// exactly when its address is taken (&x, x.m() with a pointer receiver on an addressable x, x[:]
// of an array, or a closure captures it), and every explicit allocation site (new, &T{},
// slice/map literals, make, func literals with captures, string<->slice conversions, append growth)
// allocates on the heap. Both invariants hold trivially for it.
#pragma once
#include <unordered_set>

#include "frontend/ast.h"
#include "frontend/info.h"

namespace mgo::escape {

// Allocation sites are the AST nodes that allocate: ast::CallExpr (new, make, conversions,
// append), ast::UnaryExpr (&T{...}), ast::CompositeLit (slice and map literals), ast::FuncLit
// (closure environments), ast::BinaryExpr (string concatenation).
class Result {
 public:
  // The variable's storage must be a heap object ("moved to heap: x").
  bool varOnHeap(const types::Var* v) const { return heapVars_.count(v) != 0; }
  // The allocation at this site must be on the heap ("... escapes to heap").
  bool allocOnHeap(const ast::Node* site) const { return !stackSites_.count(site); }

  void markVarOnHeap(const types::Var* v) { heapVars_.insert(v); }
  void markSiteOnStack(const ast::Node* site) { stackSites_.insert(site); }

 private:
  std::unordered_set<const types::Var*> heapVars_;
  std::unordered_set<const ast::Node*> stackSites_;
};

// Analyses every function of the package.
Result analyze(const ast::Package& pkg, const types::Info& info);

}  // namespace mgo::escape
