package main

type T struct{ p *int }

func set(t *T, v *int) { t.p = v }

func main() {
	var t T
	x := 1
	set(&t, &x)
	println(*t.p)
}
