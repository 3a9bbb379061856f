// parked: 200,000 goroutines parked on one channel at once (peak RSS is the figure of merit),
// then released by closing it.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 200000
	var started, done sync.WaitGroup
	gate := make(chan struct{})
	results := make([]int, n)
	started.Add(n)
	done.Add(n)
	for i := 0; i < n; i++ {
		go func(k int) {
			started.Done()
			<-gate
			results[k] = k % 7
			done.Done()
		}(i)
	}
	started.Wait()
	close(gate)
	done.Wait()
	sum := 0
	for _, r := range results {
		sum += r
	}
	fmt.Println(sum)
}
