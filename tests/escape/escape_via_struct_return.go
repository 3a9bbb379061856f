package main

type wrap struct{ p *int }

func mk() wrap {
	x := 1
	return wrap{&x}
}

func main() {
	println(*mk().p)
}
