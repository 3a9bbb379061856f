// parser_robustness_test.cpp — the parser never crashes, never overflows the stack and always
// terminates: random bytes, every truncation and random mutations of a valid program, and deeply
// nested input (10,000 parentheses, blocks, brackets, unary operators, else-if chains) all yield
// either an AST or diagnostics.
#include <doctest/doctest.h>

#include <random>
#include <string>

#include "parser_test_util.h"

namespace {

const char* kProgram = R"(package main

import (
	"fmt"
	"strings"
)

type Point struct {
	X, Y int
	Tag  string `json:"tag"`
}

func (p *Point) Move(dx, dy int) { p.X += dx; p.Y += dy }

const (
	A = iota
	B
)

func sum(xs ...int) (total int) {
	for _, x := range xs {
		total += x
	}
	return
}

func main() {
	p := &Point{X: 1, Y: 2}
	p.Move(3, 4)
	m := map[string][]int{"a": {1, 2}, "b": nil}
	if v, ok := m["a"]; ok && len(v) > 1 {
		fmt.Println(sum(v...), strings.Repeat("x", 3))
	} else {
		fmt.Printf("%d %v\n", A+B, p)
	}
	switch x := p.X; {
	case x > 3:
		fallthrough
	default:
		defer func() { recover() }()
	}
	ch := make(chan int, 1)
	ch <- 1
	select {
	case v := <-ch:
		_ = v
	}
}
)";

// Parses and returns true when there was an AST or at least one diagnostic.
bool parsesOrReports(const std::string& text) {
  auto p = parser_test::parse(text);
  return p->file != nullptr || p->diags.hasErrors();
}

}  // namespace

TEST_CASE("the reference program parses") {
  auto p = parser_test::parse(kProgram);
  CHECK(p->messages().empty());
  CHECK(p->file != nullptr);
}

TEST_CASE("10,000 nested parentheses: a clean error") {
  std::string src = "package p\n\nvar x = " + std::string(10000, '(') + "1" + std::string(10000, ')') + "\n";
  auto p = parser_test::parse(src);
  CHECK(p->file == nullptr);
  CHECK(p->firstMessage().find("exceeded max nesting depth") != std::string::npos);
}

TEST_CASE("10,000 nested blocks: a clean error") {
  std::string src = "package p\n\nfunc f() " + std::string(10000, '{') + std::string(10000, '}') + "\n";
  auto p = parser_test::parse(src);
  CHECK(p->file == nullptr);
  CHECK(p->firstMessage().find("exceeded max nesting depth") != std::string::npos);
}

TEST_CASE("10,000 nested composite literals and index expressions: a clean error") {
  std::string lit;
  for (int i = 0; i < 10000; ++i) lit += "[]any{";
  lit += std::string(10000, '}');
  CHECK(parser_test::parse("package p\n\nvar x = " + lit + "\n")->firstMessage().find("exceeded max nesting depth") !=
        std::string::npos);
  std::string index = "a" + std::string(10000, '[') + "0" + std::string(10000, ']');
  CHECK(parser_test::parse("package p\n\nvar x = " + index + "\n")->firstMessage().find("exceeded max nesting depth") !=
        std::string::npos);
}

TEST_CASE("moderate nesting is fine") {
  std::string src = "package p\n\nvar x = " + std::string(500, '(') + "1" + std::string(500, ')') + "\n";
  auto p = parser_test::parse(src);
  CHECK(p->messages().empty());
  CHECK(p->file != nullptr);
  std::string blocks = "package p\n\nfunc f() " + std::string(500, '{') + std::string(500, '}') + "\n";
  CHECK(parser_test::parse(blocks)->messages().empty());
}

TEST_CASE("deep nesting without brackets: no stack overflow") {
  // Long chains of unary operators, types, else-ifs and binary operators recurse in the parser
  // or the builder without any bracket nesting.
  std::string unary = "package p\n\nvar x = " + std::string(100000, '-') + "1\n";
  CHECK(parsesOrReports(unary));
  std::string types = "package p\n\nvar x ";
  for (int i = 0; i < 20000; ++i) types += "[]";
  types += "int\n";
  CHECK(parsesOrReports(types));
  std::string pointers = "package p\n\nvar x " + std::string(50000, '*') + "int\n";
  CHECK(parsesOrReports(pointers));
  std::string chain = "package p\n\nfunc f(x int) {\n\tif x == 0 {\n";
  for (int i = 1; i < 20000; ++i) chain += "\t} else if x == " + std::to_string(i) + " {\n";
  chain += "\t}\n}\n";
  CHECK(parsesOrReports(chain));
  std::string sum = "package p\n\nvar x = 1";
  for (int i = 0; i < 50000; ++i) sum += " + 1";
  sum += "\n";
  CHECK(parsesOrReports(sum));
  std::string selectors = "package p\n\nvar x = a";
  for (int i = 0; i < 50000; ++i) selectors += ".b";
  CHECK(parsesOrReports(selectors + "\n"));
}

TEST_CASE("a long chain of else-ifs (legitimate code) parses") {
  std::string chain = "package p\n\nfunc f(x int) {\n\tif x == 0 {\n";
  for (int i = 1; i < 2000; ++i) chain += "\t} else if x == " + std::to_string(i) + " {\n";
  chain += "\t}\n}\n";
  auto p = parser_test::parse(chain);
  CHECK(p->messages().empty());
  CHECK(p->file != nullptr);
}

TEST_CASE("every truncation of a valid program") {
  std::string program = kProgram;
  for (size_t n = 0; n <= program.size(); ++n) {
    std::string prefix = program.substr(0, n);
    CAPTURE(n);
    CHECK(parsesOrReports(prefix));
  }
}

TEST_CASE("random mutations of a valid program") {
  std::mt19937 rng(12345);
  std::string program = kProgram;
  const std::string alphabet = "(){}[];,.:=+-*/&|^<>!~\"'`\n\t 0123456789abcxyz_";
  for (int round = 0; round < 600; ++round) {
    std::string text = program;
    int edits = 1 + static_cast<int>(rng() % 4);
    for (int e = 0; e < edits; ++e) {
      size_t at = rng() % text.size();
      switch (rng() % 3) {
        case 0: text[at] = alphabet[rng() % alphabet.size()]; break;
        case 1: text.erase(at, 1 + rng() % 5); break;
        default: text.insert(at, 1, alphabet[rng() % alphabet.size()]); break;
      }
      if (text.empty()) text = "x";
    }
    CAPTURE(round);
    CHECK(parsesOrReports(text));
  }
}

TEST_CASE("random bytes") {
  std::mt19937 rng(777);
  for (int round = 0; round < 300; ++round) {
    size_t length = rng() % 400;
    std::string text;
    for (size_t i = 0; i < length; ++i) text += static_cast<char>(rng() % 256);
    if (round % 2) text = "package p\n" + text;
    CAPTURE(round);
    CHECK(parsesOrReports(text));
  }
}

TEST_CASE("empty and degenerate files") {
  CHECK(parser_test::firstError("") == "1:1: syntax error: package statement must be first");
  CHECK(parser_test::firstError("package") == "1:8: syntax error: unexpected EOF, expecting name");
  CHECK(parser_test::firstError("package p") == "");
  CHECK(parser_test::firstError("\n\n\n") == "4:1: syntax error: package statement must be first");
}
