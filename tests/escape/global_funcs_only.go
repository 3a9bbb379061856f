package main

var table = map[string]int{"a": 1}

var counter int

func bump() int {
	counter++
	return counter + table["a"]
}

func main() {
	println(bump())
}
