// codegen_run_test.cpp — end-to-end: programs built through the whole pipeline and linked with
// the runtime archive of this build tree, run at -O0 and -O2; stdout must equal what Go 1.19
// prints (expected outputs were produced with `go run`). Skipped when the archive is absent.
#include <doctest/doctest.h>

#include "codegen_support.h"

namespace {

void expectOutput(const std::string& source, const std::string& expected) {
  if (codegen_test::runtimeArchive().empty()) {
    MESSAGE("runtime archive not built: skipping");
    return;
  }
  for (int level : {0, 2}) {
    codegen_test::RunResult r = codegen_test::buildAndRun(source, level);
    REQUIRE_MESSAGE(r.built, "-O", level, ": ", r.error);
    CHECK_MESSAGE(r.status == 0, "-O", level, " stderr: ", r.err);
    CHECK_MESSAGE(r.out == expected, "-O", level);
  }
}

}  // namespace

TEST_CASE("hello world") {
  expectOutput("package main\nimport \"fmt\"\nfunc main() { fmt.Println(\"hello\", 42) }\n", "hello 42\n");
}

TEST_CASE("interfaces, closures, defer, maps, strings, arrays, switches, labels") {
  expectOutput(R"GO(package main

import (
	"fmt"
	"strings"
)

type shape interface {
	area() float64
	name() string
}

type rect struct{ w, h float64 }
type circle struct{ r float64 }

func (r rect) area() float64    { return r.w * r.h }
func (r rect) name() string     { return "rect" }
func (c *circle) area() float64 { return 3 * c.r * c.r }
func (c *circle) name() string  { return "circle" }

type node struct {
	val  int
	next *node
}

func sum(xs ...int) (total int) {
	defer func() { total *= 2 }()
	for _, x := range xs {
		total += x
	}
	return total
}

func divmod(a, b int) (int, int) { return a / b, a % b }

func main() {
	shapes := []shape{rect{2, 3}, &circle{1}}
	for i, s := range shapes {
		fmt.Printf("%d %s %.1f\n", i, s.name(), s.area())
	}
	var head *node
	for i := 0; i < 5; i++ {
		head = &node{i, head}
	}
	for n := head; n != nil; n = n.next {
		fmt.Print(n.val, " ")
	}
	fmt.Println()
	fmt.Println(sum(1, 2, 3), sum())
	q, r := divmod(17, 5)
	fmt.Println(q, r, -7/2, -7%2)
	m := map[string]int{}
	for _, w := range strings.Fields("a b a c b a") {
		m[w]++
	}
	fmt.Println(m, len(m))
	var fs []func() int
	for i := 0; i < 3; i++ {
		j := i
		fs = append(fs, func() int { return j * j })
	}
	for _, f := range fs {
		fmt.Print(f(), ",")
	}
	fmt.Println()
	s := "héllo, 世界"
	for i, c := range s {
		fmt.Print(i, ":", string(c), " ")
	}
	fmt.Println(len(s), []byte(s)[1], s[1:3] == "é")
	arr := [5]int{1, 2, 3}
	b := arr
	b[0] = 100
	fmt.Println(arr, b, arr == b, arr[1:4])
	var x interface{} = 3.5
	switch v := x.(type) {
	case int:
		fmt.Println("int", v)
	case float64, float32:
		fmt.Println("float", v)
	}
	if n, ok := x.(int); !ok {
		fmt.Println("not int", n)
	}
	fmt.Printf("%v %+v %T %T\n", rect{1, 2}, rect{1, 2}, rect{}, shapes[1])
	var sb []string
	for i := 0; i < 3; i++ {
		switch {
		case i == 0:
			sb = append(sb, "zero")
			fallthrough
		case i == 1:
			sb = append(sb, "one-ish")
		default:
			sb = append(sb, "other")
		}
	}
	fmt.Println(strings.Join(sb, "|"))
	var u8 uint8 = 250
	u8 += 10
	var i8 int8 = 127
	i8++
	fmt.Println(u8, i8, 1<<62>>60, uint32(1)<<31)
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, ";")
		}
	}
	fmt.Println()
}
)GO",
               R"OUT(0 rect 6.0
1 circle 3.0
4 3 2 1 0 
12 0
3 2 -3 -1
map[a:3 b:2 c:1] 3
0,1,4,
0:h 1:é 3:l 4:l 5:o 6:, 7:  8:世 11:界 14 195 true
[1 2 3 0 0] [100 2 3 0 0] false [2 3 0]
float 3.5
not int 0
{1 2} {w:1 h:2} main.rect *main.circle
zero|one-ish|one-ish|other
4 -128 4 2147483648
0 0;0 1;1 0;1 1;
)OUT");
}

TEST_CASE("runtime panics exit with status 2 and Go's message") {
  if (codegen_test::runtimeArchive().empty()) return;
  codegen_test::RunResult r = codegen_test::buildAndRun(
      "package main\nfunc main() {\n  s := []int{1, 2, 3}\n  i := 5\n  println(s[i])\n}\n", 0);
  REQUIRE_MESSAGE(r.built, r.error);
  CHECK(r.status == 2);
  CHECK(r.err.rfind("panic: runtime error: index out of range [5] with length 3", 0) == 0);
}
