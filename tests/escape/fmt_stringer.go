package main

import "fmt"

type name struct{ s string }

func (n name) String() string { return n.s }

func main() {
	n := name{"x"}
	fmt.Println(n)
	k := 5
	fmt.Println(k)
}
