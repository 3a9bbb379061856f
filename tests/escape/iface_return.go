package main

func box(n int) interface{} { return n }

func boxPtr(p *int) interface{} { return p }

func main() {
	x := 1
	println(box(1) != nil, boxPtr(&x) != nil)
}
