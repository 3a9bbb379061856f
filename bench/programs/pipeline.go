// pipeline: three stages connected by buffered channels (capacity 128), 3,000,000 values.
package main

import "fmt"

func main() {
	const n = 3000000
	src := make(chan int, 128)
	sq := make(chan int, 128)
	out := make(chan int, 128)
	go func() {
		for i := 0; i < n; i++ {
			src <- i
		}
		close(src)
	}()
	go func() {
		for v := range src {
			sq <- v * v % 1000003
		}
		close(sq)
	}()
	go func() {
		for v := range sq {
			out <- v ^ 0x5555
		}
		close(out)
	}()
	sum := 0
	for v := range out {
		sum += v
	}
	fmt.Println(sum)
}
