package main

type shape interface{ area() int }

type sq struct{ s int }

func (q sq) area() int { return q.s * q.s }

func total(s shape) int { return s.area() }

func main() {
	println(total(sq{2}))
}
