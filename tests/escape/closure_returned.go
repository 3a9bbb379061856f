package main

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func constant() func() int {
	k := 7
	return func() int { return k }
}

func main() {
	c := counter()
	println(c(), c(), constant()())
}
