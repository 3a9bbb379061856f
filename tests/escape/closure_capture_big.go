package main

type big struct{ a [40]int }

func f() int {
	var b big
	g := func() int { return b.a[0] }
	return g()
}

func main() {
	println(f())
}
