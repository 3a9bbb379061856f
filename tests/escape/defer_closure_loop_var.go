package main

func f() (r int) {
	for i := 0; i < 3; i++ {
		defer func(n int) { r += n }(i)
	}
	return 0
}

func main() {
	println(f())
}
