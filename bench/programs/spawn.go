// spawn: start 1,000,000 goroutines that each add to an atomic counter, wait with a WaitGroup.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	const n = 1000000
	var wg sync.WaitGroup
	var total int64
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func(k int) {
			atomic.AddInt64(&total, int64(k&1023))
			wg.Done()
		}(i)
	}
	wg.Wait()
	fmt.Println(total)
}
