package main

func worker(p *int, done chan bool) {
	*p = 1
	done <- true
}

func main() {
	done := make(chan bool)
	x := 0
	go worker(&x, done)
	<-done
}
