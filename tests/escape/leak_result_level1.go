package main

func deref(pp **int) *int { return *pp }

type box struct{ p *int }

func get(b *box) *int { return b.p }

func main() {
	x := 1
	p := &x
	b := box{&x}
	println(*deref(&p), *get(&b))
}
