package main

type getter interface{ get() *int }

type holder struct{ p *int }

func (h *holder) get() *int { return h.p }

func use(g getter) int { return *g.get() }

func main() {
	x := 1
	h := &holder{&x}
	println(use(h))
}
