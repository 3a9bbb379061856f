// More precise than Go (2): sync.(*Mutex).Lock/Unlock only use their receiver during the call
// (mgo's library summary; Go 1.19 sees race.Acquire(unsafe.Pointer(m)) in the real source and
// reports "leaking param: c" for inc and "moved to heap: c" for main's counter). mgo keeps the
// counter and its mutex on the stack: no heap allocation.
package main

import (
	"fmt"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) inc() {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

func main() {
	var c counter
	for i := 0; i < 1000; i++ {
		c.inc()
	}
	fmt.Println(c.n)
}
