package main

func grow(s []int) []int { return append(s, 1) }

func build() int {
	var s []int
	for i := 0; i < 4; i++ {
		s = append(s, i)
	}
	return len(s)
}

func main() {
	println(len(grow(nil)), build())
}
