package main

func pick(a, b chan *int) *int {
	select {
	case p := <-a:
		return p
	case p := <-b:
		return p
	}
}

func main() {
	a := make(chan *int, 1)
	b := make(chan *int, 1)
	x := 1
	a <- &x
	println(*pick(a, b))
}
