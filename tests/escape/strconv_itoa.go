package main

import "strconv"

func num(n int) string { return "#" + strconv.Itoa(n) }

func main() {
	println(num(5))
}
