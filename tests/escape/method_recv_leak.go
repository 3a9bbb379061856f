package main

type node struct{ next *node }

var head *node

func (n *node) push() { head = n }

func main() {
	var a node
	a.push()
	b := &node{}
	b.push()
}
