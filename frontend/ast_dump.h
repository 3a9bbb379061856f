// ast_dump.h — debug printing of the AST: a one-line S-expression dump (used by the parser tests
// to assert tree shapes and positions), and Go-syntax printing of expressions and simple
// statements as cmd/compile/internal/syntax.String does (ShortForm: literal bodies print as {…}),
// used in the parser's diagnostics.
//
// Invariants: printing never fails or recurses without bound (beyond a depth of 2000 it prints
// "…"); nullptr children print as "nil" in dumps and as nothing in Go syntax.
#pragma once
#include <string>
#include <vector>

#include "frontend/ast.h"

namespace mgo {

struct DumpOptions {
  bool positions = false;  // append @line:col to every node
};

// e.g. (File main (GenDecl import (ImportSpec nil "fmt")) (FuncDecl nil main (FuncType () ()) (Block)))
std::string dumpAst(const ast::Node* node, DumpOptions options = {});

std::string formatExpr(const ast::Expr* expr);
std::string formatExprList(const std::vector<ast::Expr*>& list);
std::string formatStmt(const ast::Stmt* stmt);  // simple statements; others print their keyword

}  // namespace mgo
