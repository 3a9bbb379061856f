// defer_call: 20M calls of a function with one deferred method call (the cost of a defer: frame,
// closure, push, run), then 1M calls of a "safe divide" that recovers from a run-time panic every
// fourth call (the cost of panic + recover).
package main

import "fmt"

type counter struct{ n int }

func (c *counter) done() { c.n++ }

func withDefer(c *counter, i int) int {
	defer c.done()
	return i & 7
}

func safeDiv(a, b int) (q int, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	return a / b, true
}

func main() {
	c := &counter{}
	sum := 0
	for i := 0; i < 20000000; i++ {
		sum += withDefer(c, i)
	}
	failures := 0
	for i := 0; i < 1000000; i++ {
		if _, ok := safeDiv(i, i%4); !ok {
			failures++
		}
	}
	fmt.Println(sum, c.n, failures)
}
