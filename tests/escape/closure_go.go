package main

func spawn(done chan bool) {
	x := 1
	go func() {
		x++
		done <- true
	}()
}

func main() {
	done := make(chan bool)
	spawn(done)
	<-done
}
