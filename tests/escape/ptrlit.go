package main

type T struct{ a, b int }

var gt *T

func mk() *T      { return &T{1, 2} }
func local() int  { p := &T{a: 1}; return p.a }
func glob()       { gt = &T{} }
func empty() *T   { return &T{} }

func main() {
	println(mk().a, local(), empty().b)
	glob()
}
