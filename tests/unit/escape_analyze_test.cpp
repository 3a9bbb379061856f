// escape_analyze_test.cpp — escape analysis on real source (parse + check + analyse): the
// decisions codegen consumes (varOnHeap, allocOnHeap, boxOnHeap, variadicOnHeap), summaries,
// the -m text and the JSON form.
#include <doctest/doctest.h>

#include <sstream>

#include "analysis/escape/escape.h"
#include "frontend/ast_walk.h"
#include "frontend/checker.h"
#include "frontend/parser.h"
#include "frontend/source.h"

using namespace mgo;

namespace {

struct Analysed {
  SourceManager sources;
  ast::Arena arena;
  DiagnosticEngine diags;
  ast::Package pkg;
  types::Context ctx;
  types::Info info;
  escape::Result result;

  explicit Analysed(const std::string& text, escape::Options options = {}) {
    int32_t file = sources.addFile("t.go", text);
    ast::File* f = parseFile(sources, file, arena, diags);
    REQUIRE(f);
    pkg.name = f->packageName ? f->packageName->name : "main";
    pkg.files.push_back(f);
    types::check(pkg, ctx, info, diags, false);
    REQUIRE_FALSE(diags.hasErrors());
    result = escape::analyze(pkg, info, options);
  }
  const types::Var* var(const std::string& name) const {
    for (auto& [id, obj] : info.defs)
      if (obj && obj->kind() == types::ObjKind::Var && id->name == name) return static_cast<const types::Var*>(obj);
    return nullptr;
  }
  template <class T>
  std::vector<const T*> nodes() const {
    std::vector<const T*> out;
    ast::walk(pkg.files[0], [&](const ast::Node* n) {
      if (auto* t = ast::as<T>(n)) out.push_back(t);
    });
    return out;
  }
  std::string text() const {
    std::string out;
    for (auto& l : escape::formatDiagnostics(result, sources)) out += l + "\n";
    return out;
  }
};

}  // namespace

TEST_CASE("the seed: stayOnStack keeps u on the stack, escapeToHeap moves it") {
  Analysed a(R"(package main
type user struct{ name string }
func stayOnStack() user {
	u := user{name: "Dinda"}
	return u
}
func escapeToHeap() *user {
	v := user{name: "Dinda"}
	return &v
}
func main() { println(stayOnStack().name, escapeToHeap().name) }
)");
  CHECK_FALSE(a.result.varOnHeap(a.var("u")));
  CHECK(a.result.varOnHeap(a.var("v")));
  CHECK(a.text() == "t.go:8:2: moved to heap: v\n");
}

TEST_CASE("allocation sites: new/make on the stack unless they escape") {
  Analysed a(R"(package main
var g *int
func f(n int) int {
	p := new(int)
	q := new(int)
	g = q
	s := make([]int, 4)
	t := make([]int, n)
	return *p + len(s) + len(t)
}
func main() { println(f(1)) }
)");
  auto calls = a.nodes<ast::CallExpr>();
  int stack = 0, heap = 0;
  for (const ast::CallExpr* c : calls) {
    auto* id = ast::as<ast::Ident>(c->fun);
    if (!id || (id->name != "new" && id->name != "make")) continue;
    (a.result.allocOnHeap(c) ? heap : stack)++;
  }
  CHECK(stack == 2);  // new(int) for p, make([]int, 4)
  CHECK(heap == 2);   // new(int) stored in g, make with non-constant size
}

TEST_CASE("fmt arguments stay on the stack (more precise than gc)") {
  Analysed a(R"(package main
import "fmt"
func main() {
	x := 1
	fmt.Println(x, &x)
}
)");
  CHECK_FALSE(a.result.varOnHeap(a.var("x")));
  auto calls = a.nodes<ast::CallExpr>();
  REQUIRE(calls.size() == 1);
  CHECK_FALSE(a.result.variadicOnHeap(calls[0]));
  CHECK_FALSE(a.result.boxOnHeap(calls[0]->args[0]));
  CHECK(a.result.boxOnHeap(calls[0]->args[1]));  // pointer-shaped: codegen's box is on the heap
}

TEST_CASE("closures: captured variables move only when the closure escapes") {
  Analysed a(R"(package main
func local() int {
	x := 1
	inc := func() { x++ }
	inc()
	return x
}
func escaping() func() int {
	y := 0
	return func() int { y++; return y }
}
func main() { println(local(), escaping()()) }
)");
  CHECK_FALSE(a.result.varOnHeap(a.var("x")));
  CHECK(a.result.varOnHeap(a.var("y")));
  auto lits = a.nodes<ast::FuncLit>();
  REQUIRE(lits.size() == 2);
  CHECK_FALSE(a.result.allocOnHeap(lits[0]));
  CHECK(a.result.allocOnHeap(lits[1]));
}

TEST_CASE("summaries and JSON") {
  escape::Options options;
  options.explain = true;
  Analysed a(R"(package lib
var g *int
func Keep(p *int) { g = p }
func Id(p *int) *int { return p }
func Read(p *int) int { return *p }
)", options);
  std::ostringstream json;
  escape::writeJson(a.result, a.sources, json);
  CHECK(json.str().find("\"message\": \"leaking param: p\"") != std::string::npos);
  CHECK(json.str().find("\"leaks\": \"r0=0\"") != std::string::npos);
  CHECK(json.str().find("\"leaks\": \"none\"") != std::string::npos);
  CHECK(a.text() == "t.go:3:11: leaking param: p\nt.go:4:9: leaking param: p to result ~r0 level=0\n"
                    "t.go:5:11: p does not escape\n");
}
