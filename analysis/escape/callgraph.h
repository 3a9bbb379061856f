// callgraph.h — the static call graph of the package's declared functions and its strongly
// connected components in bottom-up order (model: Go's ir/scc.go, Tarjan's algorithm): every
// component only calls functions of earlier components or of itself. Function literals belong to
// the component of the declaration they appear in. A reference to a function or method value
// counts as a call (it may be called from anywhere once it escapes).
#pragma once
#include <vector>

#include "frontend/ast.h"
#include "frontend/info.h"

namespace mgo::escape {

struct DeclaredFunc {
  const types::Func* obj;  // may be nullptr (e.g. init functions the checker does not declare)
  const ast::FuncDecl* decl;
};

std::vector<std::vector<DeclaredFunc>> bottomUpComponents(const ast::Package& pkg, const types::Info& info);

}  // namespace mgo::escape
