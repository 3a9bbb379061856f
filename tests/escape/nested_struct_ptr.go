package main

type inner struct{ p *int }
type outer struct{ in inner }

func extract(o *outer) *int { return o.in.p }

func main() {
	x := 1
	o := outer{inner{&x}}
	println(*extract(&o))
}
