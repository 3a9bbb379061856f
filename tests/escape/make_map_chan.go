package main

func f() int {
	m := make(map[int]int)
	m[1] = 2
	c := make(chan int, 1)
	c <- 1
	return len(m) + <-c
}

func g() map[string]bool {
	return make(map[string]bool, 4)
}

func main() {
	println(f(), len(g()))
}
