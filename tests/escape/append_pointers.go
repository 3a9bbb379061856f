package main

var keep []*int

func add() {
	x := 1
	keep = append(keep, &x)
}

func local() int {
	var s []*int
	y := 2
	s = append(s, &y)
	return len(s)
}

func main() {
	add()
	println(local())
}
