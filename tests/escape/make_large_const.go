package main

func f() int {
	s := make([]int64, 10000)
	return len(s)
}

func g() int {
	s := make([]byte, 100)
	return len(s)
}

func main() {
	println(f(), g())
}
