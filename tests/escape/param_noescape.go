package main

func read(p *int) int { return *p }

func sum(s []int) int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func length(m map[string]int) int { return len(m) }

func main() {
	x := 3
	println(read(&x), sum([]int{1, 2}), length(map[string]int{"a": 1}))
}
