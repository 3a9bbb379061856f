// The seed's example (concurrency-in-go.md): stayOnStack returns a copy, so its user stays in the
// frame; escapeToHeap returns &u, so u is "moved to heap". One heap allocation in the whole run:
// the u of escapeToHeap (Go 1.19's count is in docs/ESCAPE.md, measured by go_allocs/).
package main

import "fmt"

type user struct {
	name string
}

func stayOnStack() user {
	// in the stack frame, create a value and initialize it.
	u := user{name: "Dinda"}

	// return the value, pass back up to the main stack frame.
	return u
}

func escapeToHeap() *user {
	u := user{name: "Dinda"}

	// we do not return the value itself but the address of u
	return &u
}

func main() {
	a := stayOnStack()
	b := escapeToHeap()
	fmt.Println(a.name, b.name)
}
