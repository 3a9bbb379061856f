// A map that does not escape: Go 1.19 and mgo both report "make(map[int]int) does not escape", so
// the map header lives in the frame; its entries and index are still allocated by the runtime as
// the map grows (mgo: insertion-ordered entries + open-addressing index, runtime/map.cpp). That
// count is the runtime's business, not the escape analysis', so the test states an upper bound.
package main

import "fmt"

func histogram(words []string) int {
	counts := make(map[string]int)
	for _, w := range words {
		counts[w]++
	}
	return len(counts)
}

func main() {
	words := []string{"a", "b", "c", "a", "d", "e", "f", "g", "b", "h", "i", "j", "k", "l", "m", "n"}
	total := 0
	for i := 0; i < 100; i++ {
		total += histogram(words)
	}
	fmt.Println(total)
}
