package main

import "sync"

var mu sync.Mutex

func locked(p *int) int {
	mu.Lock()
	defer mu.Unlock()
	return *p
}

func main() {
	x := 1
	println(locked(&x))
}
