package main

type T struct{ v int }

func (t *T) get() int { return t.v }

func call(f func() int) int { return f() }

func main() {
	t := T{1}
	f := t.get
	println(f(), call(t.get))
}
