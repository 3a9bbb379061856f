package main

import "fmt"

func label(n int) string { return fmt.Sprintf("n=%d", n) }

func main() {
	fmt.Println(label(3))
}
