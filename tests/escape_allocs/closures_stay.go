// Closures called directly or kept in a local stay on the stack with the variables they
// capture by reference (Go 1.19 decides the same: "func literal does not escape"); a closure that
// is returned escapes together with its captured counter (2 allocations per makeCounter call:
// the closure record and the moved-to-heap variable).
package main

import "fmt"

func makeCounter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func main() {
	total := 0
	for i := 0; i < 100000; i++ {
		acc := 0
		add := func(d int) {
			acc += d
		}
		add(i)
		add(1)
		func() {
			total += acc
		}()
	}
	next := makeCounter()
	next()
	fmt.Println(total, next())
}
