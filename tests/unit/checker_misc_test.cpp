// checker_misc_test.cpp — checker behaviour that the generated diagnostics tests cannot cover:
// errors gc reports outside types2 (missing function body, missing main — the linker's message,
// without a position in gc), error truncation, and the checker's unsupported features.
#include <doctest/doctest.h>

#include "checker_test_util.h"

using mgo::testing::check;

TEST_CASE("missing function body is reported only when type checking succeeded") {
  // gc reports it after type checking, so only when there are no type errors.
  auto ok = check("package main\n\nfunc h() int\n\nfunc main() {}\n");
  REQUIRE(ok->parsed);
  CHECK(ok->errorText() == "3:6: missing function body\n");
  auto withErrors = check("package main\n\nfunc h() int\n\nfunc main() { x := 1 }\n");
  REQUIRE(withErrors->parsed);
  CHECK(withErrors->errorText() == "5:15: x declared but not used\n");
}

TEST_CASE("function main is undeclared") {
  // gc: "runtime.main_main·f: function main is undeclared in the main package" (linker, no
  // position); mgo reports it at the package clause, and only if the package checks.
  auto run = check("package main\n\nfunc f() {}\n");
  REQUIRE(run->parsed);
  CHECK(run->errorText() == "1:9: function main is undeclared in the main package\n");
  CHECK(run->result.mainFunc == nullptr);
}

TEST_CASE("at most ten errors, then too many errors at the tenth reported error") {
  std::string src = "package main\n\nfunc main() {\n";
  for (int i = 0; i < 12; ++i) src += "\t_ = undefined" + std::to_string(i) + "\n";
  src += "}\n";
  auto run = check(src);
  REQUIRE(run->parsed);
  auto errs = run->errors();
  REQUIRE(errs.size() == 11);
  CHECK(errs[0] == "4:6: undefined: undefined0");
  CHECK(errs[9] == "13:6: undefined: undefined9");
  CHECK(errs[10] == "13:6: too many errors");
}

TEST_CASE("imports of packages mgo does not provide are unsupported") {
  auto run = check("package main\n\nimport \"sort\"\n\nfunc main() { sort.Ints(nil) }\n");
  REQUIRE(run->parsed);
  // Reported once: the package's members are then invalid without follow-on errors.
  CHECK(run->errorText() == "3:8: unsupported: import of package \"sort\"\n");
}

TEST_CASE("complex types are unsupported") {
  auto run = check("package main\n\nfunc main() {\n\tvar c complex128\n\t_ = c\n}\n");
  REQUIRE(run->parsed);
  CHECK(run->errorText() == "4:8: unsupported: complex numbers\n");
}

TEST_CASE("a valid program checks without diagnostics and records every expression") {
  auto run = check(R"(package main

import (
	"fmt"
	"strings"
)

type Item struct {
	Name  string
	Price float64
}

func total(items []Item) (sum float64) {
	for _, it := range items {
		sum += it.Price
	}
	return
}

func main() {
	items := []Item{{"a", 1.5}, {Name: "b", Price: 2}}
	byName := map[string]*Item{}
	for i := range items {
		byName[items[i].Name] = &items[i]
	}
	if it, ok := byName["a"]; ok {
		it.Price *= 2
	}
	fmt.Printf("%.2f %s\n", total(items), strings.ToUpper(items[1].Name))
}
)");
  REQUIRE(run->parsed);
  CHECK(run->errorText() == "");
  CHECK(run->typeOf("total(items)") == "float64");
  CHECK(run->typeOf("\"%.2f %s\\n\"") == "string = \"%.2f %s\\n\"");
  CHECK(run->typeOf("byName[\"a\"]") == "(*Item, bool)");
  CHECK(run->typeOf("&items[i]") == "*Item");
  CHECK(run->typeOf("2") == "float64 = 2");
}
