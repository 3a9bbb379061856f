package main

func main() {
	done := make(chan int)
	for i := 0; i < 3; i++ {
		go func(n int) {
			done <- n
		}(i)
	}
	for i := 0; i < 3; i++ {
		<-done
	}
}
