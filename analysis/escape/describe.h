// describe.h — how gc's -m output spells expressions, types and positions, so that mgo's escape
// decisions read exactly like `go build -gcflags=-m` (Go 1.19, cmd/compile/internal/ir/fmt.go).
//
// Invariants: gcPos() returns the position gc's syntax tree gives the node (calls at '(',
// composite literals at '{', selectors at '.', index/slice at '[', binary operators at the
// operator, assignments at the assignment token); exprString() drops source parentheses and
// re-inserts them by operator precedence like gc, except for constant expressions, which gc
// prints as written in the source (normalised spacing).
#pragma once
#include <string>

#include "frontend/ast.h"
#include "frontend/info.h"

namespace mgo::escape {

ast::Pos gcPos(const ast::Node* n);
// The position of the expression visited last in pre-order (what gc's noder leaves in base.Pos).
ast::Pos lastVisitedPos(const ast::Expr* e, const types::Info& info);

class Describer {
 public:
  explicit Describer(const types::Info& info) : info_(info) {}
  std::string expr(const ast::Expr* e) const { return exprPrec(e, 0); }
  std::string type(const types::Type* t) const;
  // A type written in the source (keeps `byte`, `any`, `[...]` resolved to its length).
  std::string typeExpr(const ast::Expr* e) const;
  // The type of a composite literal as gc prints it.
  std::string compositeType(const ast::CompositeLit* lit) const;
  // Whether gc prints `T(x)` (named or basic T) rather than `(T)(x)` for a conversion to this type.
  bool typeHasName(const ast::Expr* typeExpr) const;
  // "f(... argument...)"-style spelling of a variadic call whose extra arguments were packed.
  std::string callWithPackedArgs(const ast::CallExpr* call, size_t fixedArgs) const;
  std::string stmt(const ast::Stmt* s) const;

 private:
  std::string exprPrec(const ast::Expr* e, int prec) const;
  std::string constantText(const ast::Expr* e) const;
  std::string args(const std::vector<ast::Expr*>& list) const;
  const types::Info& info_;
};

int exprPrecedence(const ast::Expr* e, const types::Info& info);

}  // namespace mgo::escape
