package main

type node struct {
	v    int
	next *node
}

func build(n int) *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{v: i, next: head}
	}
	return head
}

func length(l *node) int {
	c := 0
	for ; l != nil; l = l.next {
		c++
	}
	return c
}

func main() {
	println(length(build(3)))
}
