// The other direction, as Go decides: 1000 structs whose addresses are appended to a package-level
// slice escape (1000 allocations), and the slice's backing array grows to capacity 1, 2, 4, ...,
// 512, 832, 1232 (12 allocations, Go 1.19's growslice): 1012 heap allocations under mgo and Go.
package main

import "fmt"

type node struct {
	id   int
	next *node
}

var all []*node

func main() {
	var prev *node
	for i := 0; i < 1000; i++ {
		n := &node{id: i, next: prev}
		all = append(all, n)
		prev = n
	}
	sum := 0
	for p := prev; p != nil; p = p.next {
		sum += p.id
	}
	fmt.Println(len(all), sum)
}
