package main

func work(p *int) { *p = 1 }

func f() {
	for i := 0; i < 3; i++ {
		x := i
		defer work(&x)
	}
}

func g() {
	for i := 0; i < 2; i++ {
		defer func() { println(i) }()
	}
}

func main() {
	f()
	g()
}
