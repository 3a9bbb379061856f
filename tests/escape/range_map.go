package main

func vals(m map[string]*int) *int {
	for _, v := range m {
		return v
	}
	return nil
}

func main() {
	x := 1
	println(*vals(map[string]*int{"a": &x}))
}
