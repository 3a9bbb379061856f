package main

func main() {
	results := make([]int, 4)
	done := make(chan bool)
	for i := 0; i < 4; i++ {
		i := i
		go func() {
			results[i] = i * i
			done <- true
		}()
	}
	for i := 0; i < 4; i++ {
		<-done
	}
	println(results[3])
}
