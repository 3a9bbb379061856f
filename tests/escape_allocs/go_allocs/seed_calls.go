// seed_calls.go — Go 1.19's heap allocations per call of the seed's two functions
// (concurrency-in-go.md), measured with testing.AllocsPerRun:
//   - noinline: the functions as compiled under `-gcflags='-m -l'` (no inlining): the decisions
//     the escape corpus compares with (stayOnStack: u stays; escapeToHeap: "moved to heap: u");
//   - inlined: Go's default build, where escapeToHeap is inlined into its caller and the caller
//     only reads b.name, so u no longer escapes.
// Run: go run tests/escape_allocs/go_allocs/seed_calls.go   (numbers recorded in docs/ESCAPE.md)
package main

import (
	"fmt"
	"testing"
)

type user struct {
	name string
}

//go:noinline
func stayOnStack() user {
	u := user{name: "Dinda"}
	return u
}

//go:noinline
func escapeToHeap() *user {
	u := user{name: "Dinda"}
	return &u
}

func stayOnStackInl() user {
	u := user{name: "Dinda"}
	return u
}

func escapeToHeapInl() *user {
	u := user{name: "Dinda"}
	return &u
}

var sinkLen int

func main() {
	fmt.Println("noinline stayOnStack:", testing.AllocsPerRun(1000, func() { a := stayOnStack(); sinkLen += len(a.name) }))
	fmt.Println("noinline escapeToHeap:", testing.AllocsPerRun(1000, func() { b := escapeToHeap(); sinkLen += len(b.name) }))
	fmt.Println("inlined stayOnStack:", testing.AllocsPerRun(1000, func() { a := stayOnStackInl(); sinkLen += len(a.name) }))
	fmt.Println("inlined escapeToHeap:", testing.AllocsPerRun(1000, func() { b := escapeToHeapInl(); sinkLen += len(b.name) }))
}
