package main

func collect() []*int {
	var out []*int
	for i := 0; i < 3; i++ {
		v := i
		out = append(out, &v)
	}
	return out
}

func local() int {
	a, b := 1, 2
	s := []*int{&a, &b}
	return *s[0] + *s[1]
}

func main() {
	println(len(collect()), local())
}
