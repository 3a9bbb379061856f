// parser_positions_test.cpp — node positions (ast.h conventions: first token, except binary,
// selector, index, slice, call, type-assert, send, inc/dec and assignment nodes which start at
// their left operand), secondary positions (brackets, operators), and Go's column counting
// (bytes; a tab counts one).
#include <doctest/doctest.h>

#include "parser_test_util.h"

using mgo::ast::Pos;
using parser_test::dumpExpr;
using parser_test::dumpStmts;

namespace {

std::string at(Pos p) { return std::to_string(p.line) + ":" + std::to_string(p.col); }

template <class T>
const T* firstStmt(const parser_test::Parsed& p) {
  auto* fn = parser_test::lastFunc(p.file);
  REQUIRE(fn);
  REQUIRE(!fn->body->stmts.empty());
  auto* s = mgo::ast::as<T>(fn->body->stmts.front());
  REQUIRE(s);
  return s;
}

}  // namespace

TEST_CASE("expression positions") {
  // var _ = <expr> starts at line 3, column 9.
  CHECK(dumpExpr("a + b", true) == "(Binary@3:9 + a@3:9 b@3:13)");
  CHECK(dumpExpr("f(x)", true) == "(Call@3:9 f@3:9 x@3:11)");
  CHECK(dumpExpr("p.q.r", true) == "(Sel@3:9 (Sel@3:9 p@3:9 q@3:11) r@3:13)");
  CHECK(dumpExpr("-x", true) == "(Unary@3:9 - x@3:10)");
  CHECK(dumpExpr("*p", true) == "(Star@3:9 p@3:10)");
  CHECK(dumpExpr("(x)", true) == "(Paren@3:9 x@3:10)");
  CHECK(dumpExpr("a[i]", true) == "(Index@3:9 a@3:9 i@3:11)");
  CHECK(dumpExpr("s[1:2]", true) == "(Slice@3:9 s@3:9 Int(1)@3:11 Int(2)@3:13)");
  CHECK(dumpExpr("x.(T)", true) == "(TypeAssert@3:9 x@3:9 T@3:12)");
  CHECK(dumpExpr("T{k: v}", true) == "(CompositeLit@3:9 T@3:9 (KV@3:11 k@3:11 v@3:14))");
  CHECK(dumpExpr("[]int{}", true) == "(CompositeLit@3:9 (ArrayType@3:9 nil int@3:11))");
  CHECK(dumpExpr("func() {}", true) == "(FuncLit@3:9 (FuncType@3:9 () ()) (Block@3:16))");
  CHECK(dumpExpr("map[K]V{}", true) == "(CompositeLit@3:9 (Map@3:9 K@3:13 V@3:15))");
  CHECK(dumpExpr("make(<-chan int)", true) == "(Call@3:9 make@3:9 (Chan@3:14 recv int@3:21))");
  CHECK(dumpExpr("\"héllo\" + x", true) == "(Binary@3:9 + String(\"héllo\")@3:9 x@3:20)");
}

TEST_CASE("secondary positions of expressions") {
  auto p = parser_test::parse("package p\n\nvar _ = f(a, b...)[i][1:2:3]\nvar _ = T{1}\nvar _ = x.(int)\nvar _ = a * b\n");
  REQUIRE(p->file);
  auto value = [&](size_t decl) {
    auto* g = static_cast<const mgo::ast::GenDecl*>(p->file->decls.at(decl));
    return static_cast<const mgo::ast::ValueSpec*>(g->specs.at(0))->values.at(0);
  };
  auto* slice = mgo::ast::as<mgo::ast::SliceExpr>(value(0));
  REQUIRE(slice);
  CHECK(at(slice->lbrack) == "3:22");
  CHECK(at(slice->rbrack) == "3:28");
  auto* index = mgo::ast::as<mgo::ast::IndexExpr>(slice->x);
  REQUIRE(index);
  CHECK(at(index->lbrack) == "3:19");
  CHECK(at(index->rbrack) == "3:21");
  auto* call = mgo::ast::as<mgo::ast::CallExpr>(index->x);
  REQUIRE(call);
  CHECK(at(call->lparen) == "3:10");
  CHECK(at(call->ellipsis) == "3:15");
  CHECK(at(call->rparen) == "3:18");
  auto* lit = mgo::ast::as<mgo::ast::CompositeLit>(value(1));
  REQUIRE(lit);
  CHECK(at(lit->lbrace) == "4:10");
  CHECK(at(lit->rbrace) == "4:12");
  auto* ta = mgo::ast::as<mgo::ast::TypeAssertExpr>(value(2));
  REQUIRE(ta);
  CHECK(at(ta->lparen) == "5:11");
  auto* bin = mgo::ast::as<mgo::ast::BinaryExpr>(value(3));
  REQUIRE(bin);
  CHECK(at(bin->opPos) == "6:11");
}

TEST_CASE("statement positions; tabs count one column") {
  // Statements start at line 4 after a tab: column 2.
  CHECK(dumpStmts("\tx := 1", true) == "(Assign@4:2 := (x@4:2) (Int(1)@4:7))");
  CHECK(dumpStmts("\tx++", true) == "(IncDec@4:2 x@4:2 ++)");
  CHECK(dumpStmts("\tch <- 1", true) == "(Send@4:2 ch@4:2 Int(1)@4:8)");
  CHECK(dumpStmts("\tgo f()", true) == "(Go@4:2 (Call@4:5 f@4:5))");
  CHECK(dumpStmts("\treturn x", true) == "(Return@4:2 x@4:9)");
  CHECK(dumpStmts("\tif x {\n\t}", true) == "(If@4:2 nil x@4:5 (Block@4:7) nil)");
  CHECK(dumpStmts("\tfor k := range m {\n\t}", true) == "(Range@4:2 k@4:6 nil := m@4:17 (Block@4:19))");
  CHECK(dumpStmts("\tswitch {\n\tcase x:\n\t}", true) == "(Switch@4:2 nil nil (Case@5:2 (x@5:7)))");
  CHECK(dumpStmts("L:\n\tfor {\n\t}", true) == "(Labeled@4:1 L@4:1 (For@5:2 nil nil nil (Block@5:6)))");
  CHECK(dumpStmts("\tvar x int", true) == "(DeclStmt@4:2 (GenDecl@4:2 var (ValueSpec@4:6 (x@4:6) int@4:8 () iota=0)))");
  CHECK(dumpStmts("\t;", true) == "(Empty@4:2)");
  CHECK(dumpStmts("L:\n", true) == "(Labeled@4:1 L@4:1 (Empty@6:1 implicit))");
}

TEST_CASE("secondary positions of statements") {
  auto p = parser_test::parse("package p\n\nfunc f() {\n\tx, y += 1\n}\n");
  CHECK(p->firstMessage() == "4:7: syntax error: unexpected +=, expecting := or = or comma");
  auto q = parser_test::parse("package p\n\nfunc f() {\n\tx += 1\n\tswitch x {\n\tdefault:\n\t}\n\tfor range c {\n\t}\n}\n");
  REQUIRE(q->file);
  auto* fn = parser_test::lastFunc(q->file);
  auto* as = mgo::ast::as<mgo::ast::AssignStmt>(fn->body->stmts.at(0));
  REQUIRE(as);
  CHECK(at(as->tokPos) == "4:4");
  auto* sw = mgo::ast::as<mgo::ast::SwitchStmt>(fn->body->stmts.at(1));
  REQUIRE(sw);
  CHECK(at(sw->lbrace) == "5:11");
  CHECK(at(sw->rbrace) == "7:2");
  CHECK(at(sw->clauses.at(0)->colon) == "6:9");
  auto* rs = mgo::ast::as<mgo::ast::RangeStmt>(fn->body->stmts.at(2));
  REQUIRE(rs);
  CHECK(at(rs->rangePos) == "8:6");
  CHECK(at(fn->body->pos) == "3:10");
  CHECK(at(fn->body->rbrace) == "10:1");
  auto r = parser_test::parse("package p\n\nfunc f() {\n\tx--\n\tc <- 1\n}\n");
  REQUIRE(r->file);
  auto* inc = firstStmt<mgo::ast::IncDecStmt>(*r);
  CHECK(at(inc->tokPos) == "4:3");
  auto* send = mgo::ast::as<mgo::ast::SendStmt>(parser_test::lastFunc(r->file)->body->stmts.at(1));
  REQUIRE(send);
  CHECK(at(send->arrow) == "5:4");
}

TEST_CASE("declaration positions") {
  std::string src =
      "package main\n"
      "\n"
      "import (\n"
      "\tm \"math\"\n"
      ")\n"
      "\n"
      "type T struct {\n"
      "\ta, b int\n"
      "}\n"
      "\n"
      "func (t *T) M(x int) {}\n";
  CHECK(parser_test::dumpFile(src, true) ==
        "(File@1:1 main@1:9 (GenDecl@3:1 import (ImportSpec@4:2 m@4:2 \"math\")) "
        "(GenDecl@7:1 type (TypeSpec@7:6 T@7:6 (Struct@7:8 (Field@8:2 (a@8:2 b@8:5) int@8:7)))) "
        "(FuncDecl@11:1 (Field@11:7 (t@11:7) (Star@11:9 T@11:10)) M@11:13 "
        "(FuncType@11:1 ((Field@11:15 (x@11:15) int@11:17)) ()) (Block@11:22)))");
  auto p = parser_test::parse(src);
  REQUIRE(p->file);
  CHECK(at(p->file->imports.at(0)->pathPos) == "4:4");
}

TEST_CASE("unicode: columns count bytes") {
  // π is two bytes, 世 three.
  CHECK(dumpStmts("\tπ := \"世\" + x", true) == "(Assign@4:2 := (π@4:2) ((Binary@4:8 + String(\"世\")@4:8 x@4:16)))");
}
