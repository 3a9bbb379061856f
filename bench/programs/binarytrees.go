// binarytrees: the Benchmarks Game binary-trees, depth 18, one goroutine per depth — GC-bound.
package main

import (
	"fmt"
	"sync"
)

type Node struct {
	left, right *Node
}

func bottomUp(depth int) *Node {
	if depth <= 0 {
		return &Node{}
	}
	return &Node{bottomUp(depth - 1), bottomUp(depth - 1)}
}

func (n *Node) check() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.check() + n.right.check()
}

func main() {
	const n = 18
	minDepth := 4
	maxDepth := n
	stretch := maxDepth + 1
	fmt.Printf("stretch tree of depth %d\t check: %d\n", stretch, bottomUp(stretch).check())
	longLived := bottomUp(maxDepth)
	results := make([]string, maxDepth+1)
	var wg sync.WaitGroup
	for d := minDepth; d <= maxDepth; d += 2 {
		wg.Add(1)
		go func(depth int) {
			defer wg.Done()
			iterations := 1 << uint(maxDepth-depth+minDepth)
			check := 0
			for i := 0; i < iterations; i++ {
				check += bottomUp(depth).check()
			}
			results[depth] = fmt.Sprintf("%d\t trees of depth %d\t check: %d", iterations, depth, check)
		}(d)
	}
	wg.Wait()
	for d := minDepth; d <= maxDepth; d += 2 {
		fmt.Println(results[d])
	}
	fmt.Printf("long lived tree of depth %d\t check: %d\n", maxDepth, longLived.check())
}
