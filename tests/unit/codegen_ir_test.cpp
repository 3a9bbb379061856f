// codegen_ir_test.cpp — properties of the LLVM IR codegen produces for small programs: the module
// verifies, main.main is the exported mgo_main_main, non-escaping locals are allocas while
// escaping ones are heap cells, runtime checks call the cold noreturn panics, type descriptors
// carry Go's names, and the optimiser keeps the module valid at every level.
#include <doctest/doctest.h>

#include "codegen_support.h"

using codegen_test::callsFunction;
using codegen_test::Compiled;
using codegen_test::compile;

TEST_CASE("hello world lowers to a valid module with the runtime entry points") {
  Compiled c;
  compile(c, "package main\nimport \"fmt\"\nfunc main() { fmt.Println(\"hello\", 42) }\n");
  REQUIRE_MESSAGE(c.ok, c.error);
  llvm::Function* mainFn = c.gm.module->getFunction("mgo_main_main");
  REQUIRE(mainFn != nullptr);
  CHECK(mainFn->hasExternalLinkage());
  llvm::Function* init = c.gm.module->getFunction("mgo_main_init");
  REQUIRE(init != nullptr);
  CHECK(init->hasExternalLinkage());
  CHECK(callsFunction(mainFn, "mgo_fmt_println"));
  // fmt arguments are boxed on the stack, not the heap.
  CHECK_FALSE(callsFunction(mainFn, "mgo_alloc"));
}

TEST_CASE("a non-escaping local is an alloca, an escaping one a heap cell") {
  Compiled c;
  compile(c,
          "package main\n"
          "type user struct { name string }\n"
          "func stay() user { u := user{name: \"a\"}; return u }\n"
          "func escape() *user { u := user{name: \"b\"}; return &u }\n"
          "func main() { _ = stay(); _ = escape() }\n");
  REQUIRE_MESSAGE(c.ok, c.error);
  llvm::Function* stay = c.gm.module->getFunction("main.stay");
  llvm::Function* esc = c.gm.module->getFunction("main.escape");
  REQUIRE(stay != nullptr);
  REQUIRE(esc != nullptr);
  CHECK_FALSE(callsFunction(stay, "mgo_alloc"));
  CHECK(callsFunction(esc, "mgo_alloc"));
  CHECK(stay->hasInternalLinkage());
}

TEST_CASE("integer division and indexing are guarded by cold noreturn panics") {
  Compiled c;
  compile(c,
          "package main\n"
          "func div(a, b int) int { return a / b }\n"
          "func at(s []int, i int) int { return s[i] }\n"
          "func main() { println(div(7, 2), at([]int{1}, 0)) }\n");
  REQUIRE_MESSAGE(c.ok, c.error);
  CHECK(callsFunction(c.gm.module->getFunction("main.div"), "mgo_panic_divide"));
  CHECK(callsFunction(c.gm.module->getFunction("main.at"), "mgo_panic_index"));
  llvm::Function* panicFn = c.gm.module->getFunction("mgo_panic_index");
  REQUIRE(panicFn != nullptr);
  CHECK(panicFn->doesNotReturn());
  CHECK(panicFn->hasFnAttribute(llvm::Attribute::Cold));
}

TEST_CASE("type descriptors are named after Go's type strings") {
  Compiled c;
  compile(c,
          "package main\nimport \"fmt\"\n"
          "type user struct { Name string; age int }\n"
          "func main() { fmt.Println(user{}, map[string][]int{}, &user{}) }\n");
  REQUIRE_MESSAGE(c.ok, c.error);
  CHECK(c.gm.module->getGlobalVariable("mgo.type.main.user", true) != nullptr);
  CHECK(c.gm.module->getGlobalVariable("mgo.type.*main.user", true) != nullptr);
  std::string ir = codegen_test::irText(*c.gm.module);
  CHECK(ir.find("c\"map[string][]int\\00\"") != std::string::npos);
  CHECK(ir.find("c\"main.user\\00\"") != std::string::npos);
}

TEST_CASE("every optimisation level produces a valid module") {
  const char* src =
      "package main\nimport \"fmt\"\n"
      "type point struct { x, y int }\n"
      "func (p *point) move(d int) { p.x += d; p.y -= d }\n"
      "func main() {\n"
      "  ps := []point{{1, 2}, {3, 4}}\n"
      "  for i := range ps { ps[i].move(i) }\n"
      "  m := map[string]int{\"a\": 1}\n"
      "  m[\"b\"] += 2\n"
      "  f := func(x int) int { return x * len(m) }\n"
      "  defer fmt.Println(\"done\", f(3))\n"
      "  for k, v := range m { fmt.Println(k, v, ps) }\n"
      "}\n";
  for (int level = 0; level <= 3; ++level) {
    Compiled c;
    compile(c, src, level);
    CHECK_MESSAGE(c.ok, "level ", level, ": ", c.error);
  }
}
