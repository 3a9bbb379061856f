// checker_types_test.cpp — what the checker records for later phases (types::Info): final types
// and values of expressions (untyped constants converted to their context), shifts, comma-ok
// tuples, selections, closure captures, package initialisation order, scopes and objects.
#include <doctest/doctest.h>

#include <algorithm>

#include "checker_test_util.h"

using mgo::testing::check;
using namespace mgo;

namespace {

std::string names(const std::vector<types::Var*>& vars) {
  std::string s;
  for (types::Var* v : vars) s += (s.empty() ? "" : ",") + v->name();
  return s;
}

}  // namespace

TEST_CASE("untyped constants get the type of their context") {
  auto run = check(R"(package main

import "fmt"

func main() {
	var x float64 = 1
	var y int8 = 'a'
	z := 2.5
	var r rune = 'x'
	fmt.Println(1, "a", 2.5, 'x', x, y, z, r, true)
	const big = 1 << 70
	w := big >> 68
	var u uint = 1 + 2
	_ = u
	_ = w
}
)");
  REQUIRE(run->parsed);
  CHECK(run->errorText() == "");
  CHECK(run->typeOf("1") == "float64 = 1");
  CHECK(run->info.typeOf(run->find("1"))->value.kind() == types::ConstValue::Kind::Float);
  CHECK(run->typeOf("'a'") == "int8 = 97");
  CHECK(run->typeOf("2.5") == "float64 = 2.5");
  CHECK(run->typeOf("'x'") == "int32 = 120");
  CHECK(run->typeOf("\"a\"") == "string = \"a\"");
  CHECK(run->typeOf("true") == "bool = true");
  CHECK(run->typeOf("big >> 68") == "int = 4");
  CHECK(run->typeOf("1 + 2") == "uint = 3");
  // Parameter names are kept only while checking (diagnostics); recorded types are canonical.
  CHECK(run->typeOf("fmt.Println") == "func(...interface{}) (int, error)");
}

TEST_CASE("non-constant shifts of untyped constants take the context's type") {
  auto run = check(R"(package main

func main() {
	var s uint = 3
	var a int64 = 1 << s
	b := 2 << s
	var c uint8 = 4 << s
	_, _, _ = a, b, c
}
)");
  REQUIRE(run->parsed);
  CHECK(run->errorText() == "");
  CHECK(run->typeOf("1") == "int64 = 1");
  CHECK(run->typeOf("1 << s") == "int64");
  CHECK(run->typeOf("2") == "int = 2");
  CHECK(run->typeOf("4") == "uint8 = 4");
}

TEST_CASE("comparisons, nil and conversions") {
  auto run = check(R"(package main

func main() {
	var p *int
	b := p == nil
	s := string(rune(65))
	bs := []byte("hi")
	n := len([3]int{})
	m := len("héllo")
	f := float32(1) / 3
	_, _, _, _, _, _ = b, s, bs, n, m, f
}
)");
  REQUIRE(run->parsed);
  CHECK(run->errorText() == "");
  CHECK(run->typeOf("p == nil") == "bool");
  CHECK(run->typeOf("nil") == "*int");
  CHECK(run->typeOf("string(rune(65))") == "string = \"A\"");
  CHECK(run->typeOf("65") == "int32 = 65");
  CHECK(run->typeOf("[]byte(\"hi\")") == "[]uint8");
  CHECK(run->typeOf("\"hi\"") == "string = \"hi\"");
  CHECK(run->typeOf("len([3]int{})") == "int = 3");
  CHECK(run->typeOf("len(\"héllo\")") == "int = 6");
  CHECK(run->typeOf("float32(1) / 3") == "float32 = 0.333333");
  CHECK(run->typeOf("len") == "func([3]int) int");
}

TEST_CASE("comma-ok forms record a tuple") {
  auto run = check(R"(package main

func main() {
	m := map[string]int{"a": 1}
	v, ok := m["a"]
	var x any = 1
	i, isInt := x.(int)
	w := m["b"]
	_, _, _, _, _ = v, ok, i, isInt, w
}
)");
  REQUIRE(run->parsed);
  CHECK(run->errorText() == "");
  CHECK(run->typeOf("m[\"a\"]") == "(int, bool)");
  CHECK(run->typeOf("x.(int)") == "(int, bool)");
  CHECK(run->typeOf("m[\"b\"]") == "int");
  CHECK(run->info.typeOf(run->find("m[\"b\"]"))->mode == types::Mode::MapIndex);
}

TEST_CASE("composite literals, elided types and &T elision") {
  auto run = check(R"(package main

type P struct{ X, Y int }

func main() {
	a := [...]string{2: "c", "d"}
	ps := []*P{{1, 2}}
	m := map[string]P{"k": {3, 4}}
	q := &P{Y: 5}
	_, _, _, _ = a, ps, m, q
}
)");
  REQUIRE(run->parsed);
  CHECK(run->errorText() == "");
  CHECK(run->typeOf("[...]string{…}") == "[4]string");
  CHECK(run->typeOf("{1, 2}") == "<no such expression: {1, 2}>");  // printed as {…}
  const ast::Expr* inner = nullptr;
  ast::inspect(run->file, [&](const ast::Node* n) {
    if (auto* c = ast::as<ast::CompositeLit>(n); c && !c->type && !inner) inner = c;
    return true;
  });
  REQUIRE(inner);
  CHECK(types::typeString(run->info.typeOf(inner)->type) == "*P");
  CHECK(run->typeOf("&P{…}") == "*P");
}

TEST_CASE("selections: promoted fields and automatic receiver adjustments") {
  auto run = check(R"(package main

type Inner struct{ V int }

func (i *Inner) Inc() { i.V++ }
func (i Inner) Get() int { return i.V }

type Outer struct {
	Inner
	N int
}

func main() {
	var o Outer
	o.V = 1
	o.Inc()
	p := &o
	_ = p.Get()
	_ = p.N
	pi := &o.Inner
	_ = pi.Get()
}
)");
  REQUIRE(run->parsed);
  CHECK(run->errorText() == "");
  auto selOf = [&](const std::string& text) -> const types::Selection* {
    auto* e = ast::as<ast::SelectorExpr>(run->find(text));
    if (!e) return nullptr;
    auto it = run->info.selections.find(e);
    return it == run->info.selections.end() ? nullptr : &it->second;
  };
  const types::Selection* v = selOf("o.V");
  REQUIRE(v);
  CHECK(v->kind == types::Selection::Kind::FieldVal);
  CHECK(v->path == std::vector<int>{0, 0});
  CHECK_FALSE(v->indirect);
  const types::Selection* inc = selOf("o.Inc");
  REQUIRE(inc);
  CHECK(inc->kind == types::Selection::Kind::MethodVal);
  CHECK(inc->addressOfRecv);
  CHECK_FALSE(inc->derefRecv);
  const types::Selection* get = selOf("p.Get");
  REQUIRE(get);
  CHECK(get->indirect);
  CHECK(get->path == std::vector<int>{0, 1});
  CHECK_FALSE(get->derefRecv);  // the embedded Inner (reached through p) is already a value
  const types::Selection* pget = selOf("pi.Get");
  REQUIRE(pget);
  CHECK(pget->derefRecv);
  const types::Selection* n = selOf("p.N");
  REQUIRE(n);
  CHECK(n->path == std::vector<int>{1});
  CHECK(n->indirect);
  CHECK(run->typeOf("o.Inc") == "func()");
}

TEST_CASE("closures record captured variables transitively") {
  auto run = check(R"(package main

var global int

func main() {
	x := 1
	y := 2
	f := func() int {
		z := 3
		g := func() int { return x + z + global }
		return g()
	}
	h := func(y int) int { return y }
	y++
	_, _ = f, h
}
)");
  REQUIRE(run->parsed);
  CHECK(run->errorText() == "");
  std::vector<const ast::FuncLit*> lits;
  ast::walk(run->file, [&](const ast::Node* n) {
    if (auto* l = ast::as<ast::FuncLit>(n)) lits.push_back(l);
  });
  REQUIRE(lits.size() == 3);
  CHECK(names(run->info.captures.at(lits[0])) == "x");    // f: x (through g)
  CHECK(names(run->info.captures.at(lits[1])) == "x,z");  // g
  CHECK(names(run->info.captures.at(lits[2])) == "");     // h: its own parameter
}

TEST_CASE("package initialisation order follows dependencies, then declaration order") {
  auto run = check(R"(package main

var a = b + 1
var b = f()
var d, e = pair()
var c = 3
var unused int

func f() int { return c }
func pair() (int, int) { return 1, 2 }

func init() {}
func main() {}
)");
  REQUIRE(run->parsed);
  CHECK(run->errorText() == "");
  std::string order;
  for (const types::Initializer& init : run->info.initOrder) order += "[" + names(init.lhs) + "]";
  CHECK(order == "[d,e][c][b][a]");  // as Go 1.19 runs them
  CHECK(run->info.initFuncs.size() == 1);
  CHECK(run->info.funcs.size() == 4);
  REQUIRE(run->result.mainFunc);
  CHECK(run->result.mainFunc->qualifiedName() == "main.main");
}

TEST_CASE("objects: methods, qualified names, defs and uses") {
  auto run = check(R"(package main

import "strings"

type T struct{ n int }

func (t *T) Set(v int) { t.n = v }
func (t T) Get() int   { return t.n }

func main() {
	var t T
	t.Set(strings.Count("aaa", "a"))
	_ = t.Get()
}
)");
  REQUIRE(run->parsed);
  CHECK(run->errorText() == "");
  std::vector<std::string> qnames;
  for (types::Func* fn : run->info.funcs) qnames.push_back(fn->qualifiedName());
  CHECK(qnames == std::vector<std::string>{"main.(*T).Set", "main.T.Get", "main.main"});
  auto* count = ast::as<ast::SelectorExpr>(run->find("strings.Count"));
  REQUIRE(count);
  types::Object* obj = run->info.objectOf(count->sel);
  REQUIRE(obj);
  CHECK(obj->pkg()->isLibrary);
  CHECK(static_cast<types::Func*>(obj)->qualifiedName() == "strings.Count");
  // Every type reachable from Info is canonical after checking.
  for (auto& [e, tv] : run->info.types) CHECK(tv.type == tv.type->canonical());
}

TEST_CASE("types print as Go prints them") {
  types::Context ctx;
  CHECK(types::typeString(ctx.sliceOf(ctx.byteType())) == "[]byte");
  CHECK(types::typeString(ctx.sliceOf(ctx.basic(types::Kind::Uint8))) == "[]uint8");
  CHECK(types::identical(ctx.sliceOf(ctx.byteType()), ctx.sliceOf(ctx.basic(types::Kind::Uint8))));
  CHECK(types::typeString(ctx.sliceOf(ctx.byteType()), true) == "[]uint8");
  CHECK(types::typeString(ctx.anyType()) == "any");
  CHECK(types::typeString(ctx.emptyInterface()) == "interface{}");
  CHECK(types::typeString(ctx.mapOf(ctx.basic(types::Kind::String), ctx.emptyInterface()), true) ==
        "map[string]interface {}");
  CHECK(types::typeString(ctx.chanOf(ast::ChanDir::Both, ctx.chanOf(ast::ChanDir::Recv, ctx.basic(types::Kind::Int)))) ==
        "chan (<-chan int)");
  std::vector<types::StructField> fields{{"a", ctx.basic(types::Kind::Int), false, "", nullptr},
                                         {"b", ctx.basic(types::Kind::String), false, "", nullptr}};
  const types::Struct* st = ctx.structOf(fields);
  CHECK(types::typeString(st) == "struct{a int; b string}");
  CHECK(types::typeString(st, true) == "struct { a int; b string }");
  CHECK(ctx.structOf(fields) == st);
  const types::Signature* sig = ctx.signature(ctx.tuple({ctx.basic(types::Kind::Int), ctx.sliceOf(ctx.basic(types::Kind::String))}),
                                              ctx.tuple({ctx.basic(types::Kind::Bool)}), true);
  CHECK(types::typeString(sig) == "func(int, ...string) bool");
  CHECK(types::tupleString(sig->params(), true) == "(int, ...string)");
}
