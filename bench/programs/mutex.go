// mutex: 8 goroutines increment shared counters under one sync.Mutex, 1,500,000 times each.
package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu     sync.Mutex
	counts map[int]int
	total  int
}

func main() {
	c := &Counter{counts: make(map[int]int)}
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for i := 0; i < 1500000; i++ {
				c.mu.Lock()
				c.total++
				c.counts[i&15]++
				c.mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	fmt.Println(c.total, c.counts[0], c.counts[15])
}
