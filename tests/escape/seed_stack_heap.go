// The seed's example (concurrency-in-go.md): a value returned by copy stays on the stack, a
// returned address moves the variable to the heap.
package main

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
	println(a.name, b.name)
}
