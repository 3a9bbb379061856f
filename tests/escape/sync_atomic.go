package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func count() int64 {
	var n int64
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			atomic.AddInt64(&n, 1)
			wg.Done()
		}()
	}
	wg.Wait()
	return atomic.LoadInt64(&n)
}

func local() int64 {
	var x int64
	atomic.StoreInt64(&x, 5)
	var c atomic.Int64
	c.Add(3)
	return atomic.LoadInt64(&x) + c.Load()
}

func main() { fmt.Println(count(), local()) }
