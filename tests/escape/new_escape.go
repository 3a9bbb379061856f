package main

var g *int

func a() *int { return new(int) }
func b() int  { p := new(int); *p = 4; return *p }
func c()      { g = new(int) }

func main() {
	println(*a(), b())
	c()
}
