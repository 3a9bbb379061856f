package main

func arr() [3]*int {
	a, b, c := 1, 2, 3
	return [3]*int{&a, &b, &c}
}

func local() int {
	x := 1
	a := [2]*int{&x, nil}
	return *a[0]
}

func main() {
	r := arr()
	println(*r[0], local())
}
