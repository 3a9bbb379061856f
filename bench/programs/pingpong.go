// pingpong: two goroutines pass a counter over unbuffered channels, 2,000,000 round trips.
package main

import "fmt"

func main() {
	const rounds = 2000000
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < rounds; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	fmt.Println(v)
}
