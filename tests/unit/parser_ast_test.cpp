// parser_ast_test.cpp — the shape of the AST built by the parser, for every construct of ast.h,
// via the S-expression dump (frontend/ast_dump.h).
#include <doctest/doctest.h>

#include "parser_test_util.h"

using parser_test::dumpExpr;
using parser_test::dumpFile;
using parser_test::dumpStmts;
using parser_test::dumpType;

TEST_CASE("identifiers and basic literals") {
  CHECK(dumpExpr("x") == "x");
  CHECK(dumpExpr("_") == "_");
  CHECK(dumpExpr("42") == "Int(42)");
  CHECK(dumpExpr("0x1F") == "Int(0x1F)");
  CHECK(dumpExpr("1_000") == "Int(1_000)");
  CHECK(dumpExpr("1.5e3") == "Float(1.5e3)");
  CHECK(dumpExpr("'a'") == "Char('a')");
  CHECK(dumpExpr("'\\n'") == "Char('\\n')");
  CHECK(dumpExpr("\"a\\tb\"") == "String(\"a\\tb\")");
  CHECK(dumpExpr("`raw\nstring`") == "String(`raw\nstring`)");
}

TEST_CASE("operators: precedence and associativity") {
  CHECK(dumpExpr("a + b * c") == "(Binary + a (Binary * b c))");
  CHECK(dumpExpr("a - b - c") == "(Binary - (Binary - a b) c)");
  CHECK(dumpExpr("a || b && c") == "(Binary || a (Binary && b c))");
  CHECK(dumpExpr("a == b || c < d") == "(Binary || (Binary == a b) (Binary < c d))");
  CHECK(dumpExpr("a << 1 | b &^ c") == "(Binary | (Binary << a Int(1)) (Binary &^ b c))");
  CHECK(dumpExpr("a ^ b % c") == "(Binary ^ a (Binary % b c))");
  CHECK(dumpExpr("a / b >> c & d") == "(Binary & (Binary >> (Binary / a b) c) d)");
  CHECK(dumpExpr("a != b && c <= d || e >= f && g > h") ==
        "(Binary || (Binary && (Binary != a b) (Binary <= c d)) (Binary && (Binary >= e f) (Binary > g h)))");
  CHECK(dumpExpr("-a * b") == "(Binary * (Unary - a) b)");
  CHECK(dumpExpr("+a") == "(Unary + a)");
  CHECK(dumpExpr("!a") == "(Unary ! a)");
  CHECK(dumpExpr("^a") == "(Unary ^ a)");
  CHECK(dumpExpr("&a") == "(Unary & a)");
  CHECK(dumpExpr("<-c") == "(Unary <- c)");
  CHECK(dumpExpr("*p") == "(Star p)");
  CHECK(dumpExpr("**p") == "(Star (Star p))");
  CHECK(dumpExpr("-x.y") == "(Unary - (Sel x y))");
  CHECK(dumpExpr("*p.f") == "(Star (Sel p f))");
  CHECK(dumpExpr("<-ch.c") == "(Unary <- (Sel ch c))");
  CHECK(dumpExpr("(a + b) * c") == "(Binary * (Paren (Binary + a b)) c)");
}

TEST_CASE("& drops parentheses around its operand, as Go's parser does") {
  CHECK(dumpExpr("&(x)") == "(Unary & x)");
  CHECK(dumpExpr("&(T{})") == "(Unary & (CompositeLit T))");
}

TEST_CASE("primary expressions") {
  CHECK(dumpExpr("a.b.c") == "(Sel (Sel a b) c)");
  CHECK(dumpExpr("f(1, x)") == "(Call f Int(1) x)");
  CHECK(dumpExpr("f()") == "(Call f)");
  CHECK(dumpExpr("f(a, b...)") == "(Call f a b ...)");
  CHECK(dumpExpr("f(a,\n)") == "(Call f a)");
  CHECK(dumpExpr("f(x)(y)") == "(Call (Call f x) y)");
  CHECK(dumpExpr("a[i]") == "(Index a i)");
  CHECK(dumpExpr("a[i][j]") == "(Index (Index a i) j)");
  CHECK(dumpExpr("s[1:2]") == "(Slice s Int(1) Int(2))");
  CHECK(dumpExpr("s[:2]") == "(Slice s nil Int(2))");
  CHECK(dumpExpr("s[1:]") == "(Slice s Int(1) nil)");
  CHECK(dumpExpr("s[:]") == "(Slice s nil nil)");
  CHECK(dumpExpr("s[1:2:3]") == "(Slice3 s Int(1) Int(2) Int(3))");
  CHECK(dumpExpr("s[:2:3]") == "(Slice3 s nil Int(2) Int(3))");
  CHECK(dumpExpr("x.(T)") == "(TypeAssert x T)");
  CHECK(dumpExpr("x.(*pkg.T)") == "(TypeAssert x (Star (Sel pkg T)))");
  CHECK(dumpExpr("x.(interface{ M() })") == "(TypeAssert x (Interface (Field (M) (FuncType () ()))))");
  CHECK(dumpExpr("m[k].f(1).g") == "(Sel (Call (Sel (Index m k) f) Int(1)) g)");
}

TEST_CASE("conversions and types in expression position") {
  CHECK(dumpExpr("[]byte(s)") == "(Call (ArrayType nil byte) s)");
  CHECK(dumpExpr("(*T)(p)") == "(Call (Paren (Star T)) p)");
  CHECK(dumpExpr("map[string]int(nil)") == "(Call (Map string int) nil)");
  CHECK(dumpExpr("(func())(nil)") == "(Call (Paren (FuncType () ())) nil)");
  CHECK(dumpExpr("interface{}(x)") == "(Call (Interface) x)");
  CHECK(dumpExpr("make(chan int, 3)") == "(Call make (Chan both int) Int(3))");
  CHECK(dumpExpr("make(chan<- int)") == "(Call make (Chan send int))");
  CHECK(dumpExpr("make(<-chan int)") == "(Call make (Chan recv int))");
  CHECK(dumpExpr("make(<-chan <-chan int)") == "(Call make (Chan recv (Chan recv int)))");
  CHECK(dumpExpr("new(struct{ x int })") == "(Call new (Struct (Field (x) int)))");
  CHECK(dumpExpr("make([]int, 0, 10)") == "(Call make (ArrayType nil int) Int(0) Int(10))");
  CHECK(dumpExpr("[3]int{}") == "(CompositeLit (ArrayType Int(3) int))");
}

TEST_CASE("composite literals") {
  CHECK(dumpExpr("T{}") == "(CompositeLit T)");
  CHECK(dumpExpr("T{1, 2}") == "(CompositeLit T Int(1) Int(2))");
  CHECK(dumpExpr("T{X: 1, Y: 2,}") == "(CompositeLit T (KV X Int(1)) (KV Y Int(2)))");
  CHECK(dumpExpr("pkg.T{a}") == "(CompositeLit (Sel pkg T) a)");
  CHECK(dumpExpr("[]int{1, 2,\n}") == "(CompositeLit (ArrayType nil int) Int(1) Int(2))");
  CHECK(dumpExpr("[...]string{\"a\"}") == "(CompositeLit (ArrayType (Ellipsis nil) string) String(\"a\"))");
  CHECK(dumpExpr("[]Point{{1, 2}, {X: 3}}") ==
        "(CompositeLit (ArrayType nil Point) (CompositeLit nil Int(1) Int(2)) (CompositeLit nil (KV X Int(3))))");
  CHECK(dumpExpr("map[string]Point{\"a\": {1, 2}}") ==
        "(CompositeLit (Map string Point) (KV String(\"a\") (CompositeLit nil Int(1) Int(2))))");
  CHECK(dumpExpr("[]int{5: x}") == "(CompositeLit (ArrayType nil int) (KV Int(5) x))");
  CHECK(dumpExpr("struct{ a int }{1}") == "(CompositeLit (Struct (Field (a) int)) Int(1))");
  CHECK(dumpExpr("&T{}") == "(Unary & (CompositeLit T))");
  CHECK(dumpExpr("T{}.f") == "(Sel (CompositeLit T) f)");
  CHECK(dumpExpr("[][]int{{1}, {}}") ==
        "(CompositeLit (ArrayType nil (ArrayType nil int)) (CompositeLit nil Int(1)) (CompositeLit nil))");
}

TEST_CASE("function literals and types") {
  CHECK(dumpExpr("func() {}") == "(FuncLit (FuncType () ()) (Block))");
  CHECK(dumpExpr("func(x int) int { return x }") ==
        "(FuncLit (FuncType ((Field (x) int)) ((Field () int))) (Block (Return x)))");
  CHECK(dumpExpr("func() {}()") == "(Call (FuncLit (FuncType () ()) (Block)))");
  CHECK(dumpType("func(int, string) (bool, error)") ==
        "(FuncType ((Field () int) (Field () string)) ((Field () bool) (Field () error)))");
  CHECK(dumpType("func(a, b int, c string) (x, y int)") ==
        "(FuncType ((Field (a b) int) (Field (c) string)) ((Field (x y) int)))");
  CHECK(dumpType("func(xs ...int)") == "(FuncType ((Field (xs) (Ellipsis int))) ())");
  CHECK(dumpType("func(string, ...int)") == "(FuncType ((Field () string) (Field () (Ellipsis int))) ())");
  CHECK(dumpType("func(a, b int, ...string)") == "ERROR 3:22: syntax error: mixed named and unnamed parameters");
  CHECK(dumpType("func(p.T, []int)") == "(FuncType ((Field () (Sel p T)) (Field () (ArrayType nil int))) ())");
  CHECK(dumpType("func(a [3]int)") == "(FuncType ((Field (a) (ArrayType Int(3) int))) ())");
  CHECK(dumpType("func() func() int") == "(FuncType () ((Field () (FuncType () ((Field () int))))))");
  CHECK(dumpType("func(int,)") == "(FuncType ((Field () int)) ())");
}

TEST_CASE("type expressions") {
  CHECK(dumpType("int") == "int");
  CHECK(dumpType("pkg.T") == "(Sel pkg T)");
  CHECK(dumpType("*T") == "(Star T)");
  CHECK(dumpType("[]T") == "(ArrayType nil T)");
  CHECK(dumpType("[4]T") == "(ArrayType Int(4) T)");
  CHECK(dumpType("[N * 2]T") == "(ArrayType (Binary * N Int(2)) T)");
  CHECK(dumpType("map[string][]int") == "(Map string (ArrayType nil int))");
  CHECK(dumpType("chan int") == "(Chan both int)");
  CHECK(dumpType("chan<- int") == "(Chan send int)");
  CHECK(dumpType("<-chan int") == "(Chan recv int)");
  CHECK(dumpType("chan<- chan int") == "(Chan send (Chan both int))");
  CHECK(dumpType("chan (<-chan int)") == "(Chan both (Paren (Chan recv int)))");
  CHECK(dumpType("(int)") == "(Paren int)");
  CHECK(dumpType("struct{}") == "(Struct)");
  CHECK(dumpType("struct {\n\ta, b int `tag`\n\tT\n\t*pkg.U\n\tc string\n}") ==
        "(Struct (Field (a b) int String(`tag`)) (Field () T) (Field () (Star (Sel pkg U))) (Field (c) string))");
  CHECK(dumpType("interface{}") == "(Interface)");
  CHECK(dumpType("interface {\n\tM(x int) (string, error)\n\tfmt.Stringer\n\tN()\n}") ==
        "(Interface (Field (M) (FuncType ((Field (x) int)) ((Field () string) (Field () error)))) "
        "(Field () (Sel fmt Stringer)) (Field (N) (FuncType () ())))");
}

TEST_CASE("simple statements") {
  CHECK(dumpStmts("x") == "(ExprStmt x)");
  CHECK(dumpStmts("f(x)") == "(ExprStmt (Call f x))");
  CHECK(dumpStmts("<-ch") == "(ExprStmt (Unary <- ch))");
  CHECK(dumpStmts("ch <- v") == "(Send ch v)");
  CHECK(dumpStmts("x++") == "(IncDec x ++)");
  CHECK(dumpStmts("a[i]--") == "(IncDec (Index a i) --)");
  CHECK(dumpStmts("x = 1") == "(Assign = (x) (Int(1)))");
  CHECK(dumpStmts("x, y = y, x") == "(Assign = (x y) (y x))");
  CHECK(dumpStmts("x, err := f()") == "(Assign := (x err) ((Call f)))");
  CHECK(dumpStmts("x += 2") == "(Assign += (x) (Int(2)))");
  CHECK(dumpStmts("x &^= m") == "(Assign &^= (x) (m))");
  CHECK(dumpStmts("x <<= 1; y >>= 2; z %= 3") == "(Assign <<= (x) (Int(1))) (Assign >>= (y) (Int(2))) (Assign %= (z) (Int(3)))");
  CHECK(dumpStmts("x -= 1; x *= 2; x /= 3; x |= 4; x ^= 5; x &= 6") ==
        "(Assign -= (x) (Int(1))) (Assign *= (x) (Int(2))) (Assign /= (x) (Int(3))) (Assign |= (x) (Int(4))) "
        "(Assign ^= (x) (Int(5))) (Assign &= (x) (Int(6)))");
}

TEST_CASE("empty statements") {
  CHECK(dumpStmts(";") == "(Empty)");
  CHECK(dumpStmts("x;;") == "(ExprStmt x) (Empty)");
  CHECK(dumpStmts("") == "");
  CHECK(dumpStmts("L:") == "(Labeled L (Empty implicit))");
  CHECK(dumpStmts("L: ;") == "(Labeled L (Empty))");
}

TEST_CASE("declarations in functions") {
  CHECK(dumpStmts("var x int") == "(DeclStmt (GenDecl var (ValueSpec (x) int () iota=0)))");
  CHECK(dumpStmts("var a, b = 1, 2") == "(DeclStmt (GenDecl var (ValueSpec (a b) nil (Int(1) Int(2)) iota=0)))");
  CHECK(dumpStmts("const c = 1") == "(DeclStmt (GenDecl const (ValueSpec (c) nil (Int(1)) iota=0)))");
  CHECK(dumpStmts("type T struct{}") == "(DeclStmt (GenDecl type (TypeSpec T (Struct))))");
  CHECK(dumpStmts("var (\n\tx int\n\ty = 2\n)") ==
        "(DeclStmt (GenDecl var (ValueSpec (x) int () iota=0) (ValueSpec (y) nil (Int(2)) iota=0)))");
}

TEST_CASE("branch, go, defer, return, labels, blocks") {
  CHECK(dumpStmts("return") == "(Return)");
  CHECK(dumpStmts("return 1, x") == "(Return Int(1) x)");
  CHECK(dumpStmts("for {\n\tbreak\n\tcontinue\n}") == "(For nil nil nil (Block (Branch break) (Branch continue)))");
  CHECK(dumpStmts("L:\n\tfor {\n\t\tbreak L\n\t}") == "(Labeled L (For nil nil nil (Block (Branch break L))))");
  CHECK(dumpStmts("L: for { continue L }") == "(Labeled L (For nil nil nil (Block (Branch continue L))))");
  CHECK(dumpStmts("switch { case true: fallthrough; default: }") ==
        "(Switch nil nil (Case (true) (Branch fallthrough)) (Default))");
  CHECK(dumpStmts("go f(x)") == "(Go (Call f x))");
  CHECK(dumpStmts("defer func() { recover() }()") ==
        "(Defer (Call (FuncLit (FuncType () ()) (Block (ExprStmt (Call recover))))))");
  CHECK(dumpStmts("{\n\tx := 1\n\t{}\n}") == "(Block (Assign := (x) (Int(1))) (Block))");
}

TEST_CASE("if statements") {
  CHECK(dumpStmts("if x {}") == "(If nil x (Block) nil)");
  CHECK(dumpStmts("if x := f(); x > 0 {\n} else {\n}") ==
        "(If (Assign := (x) ((Call f))) (Binary > x Int(0)) (Block) (Block))");
  CHECK(dumpStmts("if a {} else if b {} else {}") == "(If nil a (Block) (If nil b (Block) (Block)))");
  CHECK(dumpStmts("if v, ok := m[k]; ok {}") == "(If (Assign := (v ok) ((Index m k))) ok (Block) nil)");
  CHECK(dumpStmts("if x++; x > 1 {}") == "(If (IncDec x ++) (Binary > x Int(1)) (Block) nil)");
}

TEST_CASE("composite literal versus block in headers") {
  // A bare type name followed by `{` in a header is not a composite literal...
  CHECK(dumpStmts("if x == y {}") == "(If nil (Binary == x y) (Block) nil)");
  CHECK(dumpStmts("for i := range s {}") == "(Range i nil := s (Block))");
  CHECK(dumpStmts("switch x {}") == "(Switch nil x)");
  CHECK(dumpStmts("if p.ok {}") == "(If nil (Sel p ok) (Block) nil)");
  CHECK(dumpStmts("if m[k] {}") == "(If nil (Index m k) (Block) nil)");
  // ...unless parenthesised or inside brackets or calls...
  CHECK(dumpStmts("if x == (T{}) {}") == "(If nil (Binary == x (Paren (CompositeLit T))) (Block) nil)");
  CHECK(dumpStmts("if f(T{1}) {}") == "(If nil (Call f (CompositeLit T Int(1))) (Block) nil)");
  CHECK(dumpStmts("if s[T{}.i] {}") == "(If nil (Index s (Sel (CompositeLit T) i)) (Block) nil)");
  CHECK(dumpStmts("if func() bool { return T{} == x }() {}") ==
        "(If nil (Call (FuncLit (FuncType () ((Field () bool))) (Block (Return (Binary == (CompositeLit T) x))))) "
        "(Block) nil)");
  // ...and literal types that are not names are always composite literals.
  CHECK(dumpStmts("for _, v := range []T{{1}, {2}} {}") ==
        "(Range _ v := (CompositeLit (ArrayType nil T) (CompositeLit nil Int(1)) (CompositeLit nil Int(2))) (Block))");
  CHECK(dumpStmts("for k := range map[string]int{\"a\": 1} {}") ==
        "(Range k nil := (CompositeLit (Map string int) (KV String(\"a\") Int(1))) (Block))");
  CHECK(dumpStmts("if x := (T{}); x.ok {}") == "(If (Assign := (x) ((Paren (CompositeLit T)))) (Sel x ok) (Block) nil)");
  // Outside headers a name followed by `{` is a composite literal.
  CHECK(dumpStmts("x := T{}") == "(Assign := (x) ((CompositeLit T)))");
  CHECK(dumpStmts("if true {\n\tx := T{}\n}") == "(If nil true (Block (Assign := (x) ((CompositeLit T)))) nil)");
}

TEST_CASE("for statements") {
  CHECK(dumpStmts("for {}") == "(For nil nil nil (Block))");
  CHECK(dumpStmts("for x < 3 {}") == "(For nil (Binary < x Int(3)) nil (Block))");
  CHECK(dumpStmts("for i := 0; i < 3; i++ {}") ==
        "(For (Assign := (i) (Int(0))) (Binary < i Int(3)) (IncDec i ++) (Block))");
  CHECK(dumpStmts("for ;; {}") == "(For nil nil nil (Block))");
  CHECK(dumpStmts("for ; x; {}") == "(For nil x nil (Block))");
  CHECK(dumpStmts("for i = 0; i < n; i += 2 {}") ==
        "(For (Assign = (i) (Int(0))) (Binary < i n) (Assign += (i) (Int(2))) (Block))");
  CHECK(dumpStmts("for range ch {}") == "(Range nil nil = ch (Block))");
  CHECK(dumpStmts("for k, v := range m {}") == "(Range k v := m (Block))");
  CHECK(dumpStmts("for k = range m {}") == "(Range k nil = m (Block))");
  CHECK(dumpStmts("for a[0], b.x = range m {}") == "(Range (Index a Int(0)) (Sel b x) = m (Block))");
}

TEST_CASE("switch statements") {
  CHECK(dumpStmts("switch x {\ncase 1, 2:\n\tf()\ncase 3:\ndefault:\n\tg()\n}") ==
        "(Switch nil x (Case (Int(1) Int(2)) (ExprStmt (Call f))) (Case (Int(3))) (Default (ExprStmt (Call g))))");
  CHECK(dumpStmts("switch x := f(); x {}") == "(Switch (Assign := (x) ((Call f))) x)");
  CHECK(dumpStmts("switch {\ncase x > 1:\n}") == "(Switch nil nil (Case ((Binary > x Int(1)))))");
  CHECK(dumpStmts("switch x := f(); {}") == "(Switch (Assign := (x) ((Call f))) nil)");
  CHECK(dumpStmts("switch v := x.(type) {\ncase int, string:\ncase nil:\ndefault:\n}") ==
        "(TypeSwitch nil v (TypeAssert x type) (Case (int string)) (Case (nil)) (Default))");
  CHECK(dumpStmts("switch x.(type) {}") == "(TypeSwitch nil nil (TypeAssert x type))");
  CHECK(dumpStmts("switch y := g(); t := y.(type) {\ncase []int, *T, func(), map[K]V, chan int:\n}") ==
        "(TypeSwitch (Assign := (y) ((Call g))) t (TypeAssert y type) (Case ((ArrayType nil int) (Star T) "
        "(FuncType () ()) (Map K V) (Chan both int))))");
}

TEST_CASE("select statements") {
  CHECK(dumpStmts("select {\ncase v := <-c:\n\tf(v)\ncase c <- 1:\ncase <-d:\ncase x, ok = <-c:\ndefault:\n}") ==
        "(Select (Comm (Assign := (v) ((Unary <- c))) (ExprStmt (Call f v))) (Comm (Send c Int(1))) "
        "(Comm (ExprStmt (Unary <- d))) (Comm (Assign = (x ok) ((Unary <- c)))) (CommDefault))");
  CHECK(dumpStmts("select {}") == "(Select)");
}

TEST_CASE("const groups: iota and implicit repetition") {
  auto dump = dumpFile("package p\nconst (\n\tA = iota\n\tB\n\t_\n\tC, D = iota * 2, 5\n\tE, F\n\tG int = 1\n\tH\n)\n");
  CHECK(dump ==
        "(File p (GenDecl const (ValueSpec (A) nil (iota) iota=0) (ValueSpec (B) nil (iota) iota=1 implicit) "
        "(ValueSpec (_) nil (iota) iota=2 implicit) (ValueSpec (C D) nil ((Binary * iota Int(2)) Int(5)) iota=3) "
        "(ValueSpec (E F) nil ((Binary * iota Int(2)) Int(5)) iota=4 implicit) (ValueSpec (G) int (Int(1)) iota=5) "
        "(ValueSpec (H) int (Int(1)) iota=6 implicit)))");
  // Implicit values are the very same nodes as the previous spec's.
  auto p = parser_test::parse("package p\nconst (\n\tA = 1 << iota\n\tB\n)\n");
  REQUIRE(p->file);
  auto* decl = static_cast<const mgo::ast::GenDecl*>(p->file->decls.at(0));
  auto* a = static_cast<const mgo::ast::ValueSpec*>(decl->specs.at(0));
  auto* b = static_cast<const mgo::ast::ValueSpec*>(decl->specs.at(1));
  CHECK(b->implicitValues);
  CHECK(b->values.at(0) == a->values.at(0));
  // A spec with a type but no values does not inherit (the checker reports the missing values).
  CHECK(dumpFile("package p\nconst (\n\tA = 1\n\tB int\n)\n") ==
        "(File p (GenDecl const (ValueSpec (A) nil (Int(1)) iota=0) (ValueSpec (B) int () iota=1)))");
}

TEST_CASE("file-level declarations") {
  CHECK(dumpFile("package main\n\nimport \"fmt\"\nimport (\n\tm \"math\"\n\t_ \"os\"\n\t. \"strings\"\n)\n") ==
        "(File main (GenDecl import (ImportSpec nil \"fmt\")) (GenDecl import (ImportSpec m \"math\") "
        "(ImportSpec _ \"os\") (ImportSpec . \"strings\")))");
  CHECK(dumpFile("package p\ntype A = B\ntype (\n\tC int\n\tD []C\n)\n") ==
        "(File p (GenDecl type (TypeSpec A = B)) (GenDecl type (TypeSpec C int) (TypeSpec D (ArrayType nil C))))");
  CHECK(dumpFile("package p\nfunc (t *T) M(x int) {}\nfunc (T) N() {}\nfunc F()\n") ==
        "(File p (FuncDecl (Field (t) (Star T)) M (FuncType ((Field (x) int)) ()) (Block)) "
        "(FuncDecl (Field () T) N (FuncType () ()) (Block)) (FuncDecl nil F (FuncType () ()) nil))");
  CHECK(dumpFile("package p\nvar x, y int = 1, 2\n") ==
        "(File p (GenDecl var (ValueSpec (x y) int (Int(1) Int(2)) iota=0)))");
  CHECK(dumpFile("package p; var x = 1; func f() { x++ }") ==
        "(File p (GenDecl var (ValueSpec (x) nil (Int(1)) iota=0)) (FuncDecl nil f (FuncType () ()) (Block (IncDec x ++))))");
}

TEST_CASE("the File records imports separately") {
  auto p = parser_test::parse("package main\nimport (\"a\"; b \"c/d\")\nimport `e`\n");
  REQUIRE(p->file);
  REQUIRE(p->file->imports.size() == 3);
  CHECK(p->file->imports[0]->path == "a");
  CHECK(p->file->imports[1]->path == "c/d");
  CHECK(p->file->imports[1]->name->name == "b");
  CHECK(p->file->imports[2]->path == "e");
  CHECK(p->file->decls.size() == 2);
}

TEST_CASE("one-line statements and omitted semicolons before ) and }") {
  CHECK(dumpStmts("if x { return }; for { break }") == "(If nil x (Block (Return)) nil) (For nil nil nil (Block (Branch break)))");
  CHECK(dumpFile("package p; import (\"a\"; \"b\"); var (x = 1; y = 2)") ==
        "(File p (GenDecl import (ImportSpec nil \"a\") (ImportSpec nil \"b\")) "
        "(GenDecl var (ValueSpec (x) nil (Int(1)) iota=0) (ValueSpec (y) nil (Int(2)) iota=0)))");
  CHECK(dumpType("struct{ a int; b string }") == "(Struct (Field (a) int) (Field (b) string))");
  CHECK(dumpType("interface{ M(); N() }") == "(Interface (Field (M) (FuncType () ())) (Field (N) (FuncType () ())))");
}

TEST_CASE("unsupported syntax is parsed and reported") {
  auto messages = [](const std::string& text) { return parser_test::parse(text)->messages(); };
  CHECK(messages("package p\nfunc f() {\n\tgoto L\nL:\n}\n") == std::vector<std::string>{"3:2: unsupported: goto"});
  CHECK(messages("package p\nvar c = 1 + 2i\n") == std::vector<std::string>{"2:13: unsupported: complex numbers"});
  CHECK(messages("package p\nfunc F[T any](x T) T { return x }\n") ==
        std::vector<std::string>{"2:6: unsupported: generic functions"});
  CHECK(messages("package p\ntype List[T any] struct{ v T }\n") ==
        std::vector<std::string>{"2:6: unsupported: generic types"});
  CHECK(messages("package p\nvar x List[int]\n") ==
        std::vector<std::string>{"2:7: unsupported: generic type instantiation"});
  CHECK(messages("package p\nvar x = f[int, string](1)\n") ==
        std::vector<std::string>{"2:9: unsupported: generic type instantiation"});
  CHECK(messages("package p\ntype C interface{ ~int | string }\n") ==
        std::vector<std::string>{"2:19: unsupported: generics"});
  // Arrays are not mistaken for type parameters.
  CHECK(dumpFile("package p\ntype A [N]int\n") == "(File p (GenDecl type (TypeSpec A (ArrayType N int))))");
  // The construct is left out of the tree, so the file is not handed on to the type checker
  // (it would report misleading follow-on errors such as "undefined: T").
  auto p = parser_test::parse("package p\nfunc f() {\n\tgoto L\nL:\n}\n");
  CHECK(p->file == nullptr);
}
