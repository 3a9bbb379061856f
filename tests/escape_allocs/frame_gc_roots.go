// Stack objects that point into the heap keep their targets alive: main's holder h stays on the
// stack (its address only goes to fill and check, which do not keep it), while h.data is a heap
// array (stored through a pointer). 200,000 escaping allocations in churn make the collector run
// many times; h.data must survive every collection — also under --check-escape, where h lives in
// a checked frame that the collector scans as a root (runtime/escape_check.cpp). Heap allocations:
// 1 (h.data) + 200,000 (churn) = 200,001.
package main

import "fmt"

type holder struct {
	data []int
	tag  string
}

var sink []int

func fill(h *holder, n int) {
	h.data = make([]int, n)
	for i := range h.data {
		h.data[i] = i * 7
	}
}

func check(h *holder) int {
	sum := 0
	for i, v := range h.data {
		if v != i*7 {
			return -1
		}
		sum += v
	}
	return sum
}

func churn() {
	for i := 0; i < 200000; i++ {
		sink = make([]int, 128)
		sink[0] = i
	}
}

func main() {
	var h holder
	h.tag = "h"
	fill(&h, 5000)
	churn()
	fmt.Println(h.tag, len(h.data), check(&h))
}
