package main

func apply(f func(int) int, v int) int { return f(v) }

func main() {
	k := 3
	println(apply(func(a int) int { return a * k }, 2))
}
