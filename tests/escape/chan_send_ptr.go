package main

func produce(c chan *int) {
	v := 1
	c <- &v
}

func sendValue(c chan int) {
	w := 2
	c <- w
}

func main() {
	c := make(chan *int, 1)
	produce(c)
	d := make(chan int, 1)
	sendValue(d)
	println(*<-c, <-d)
}
