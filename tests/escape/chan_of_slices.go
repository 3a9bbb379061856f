package main

func f(c chan []int) {
	s := make([]int, 3)
	c <- s
}

func main() {
	c := make(chan []int, 1)
	f(c)
	println(len(<-c))
}
