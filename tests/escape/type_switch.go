package main

func f(x interface{}) int {
	switch v := x.(type) {
	case int:
		return v
	case *int:
		return *v
	}
	return 0
}

func main() {
	n := 3
	println(f(1), f(&n))
}
