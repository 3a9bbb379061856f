package main

func first(s []*int) *int {
	for _, p := range s {
		return p
	}
	return nil
}

func main() {
	x := 1
	println(*first([]*int{&x}))
}
