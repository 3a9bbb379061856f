// parallelsum: sum a function over 0..N split across GOMAXPROCS goroutines; should scale with
// GOMAXPROCS (the harness runs it with GOMAXPROCS=1 and =2 and reports the speed-up).
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func work(lo, hi int) int {
	s := 0
	for i := lo; i < hi; i++ {
		x := i
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		s += x & 0xffff
	}
	return s
}

func main() {
	const n = 800000000
	p := runtime.GOMAXPROCS(0)
	parts := make([]int, p)
	var wg sync.WaitGroup
	for k := 0; k < p; k++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			parts[k] = work(n/p*k, n/p*(k+1))
		}(k)
	}
	wg.Wait()
	total := 0
	for _, v := range parts {
		total += v
	}
	fmt.Println(total)
}
