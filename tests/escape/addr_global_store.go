package main

var sink *int

func store() {
	x := 1
	sink = &x
}

func noStore() {
	y := 2
	p := &y
	*p = 3
}

func main() {
	store()
	noStore()
}
