package main

func f() int {
	a := 1
	m := map[string]*int{"a": &a}
	return len(m)
}

func g() map[int]int {
	return map[int]int{1: 2}
}

func main() {
	println(f(), len(g()))
}
