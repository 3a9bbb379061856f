package main

func unbox(v interface{}) *int {
	return v.(*int)
}

func unboxInt(v interface{}) int { return v.(int) }

func main() {
	x := 1
	println(*unbox(&x), unboxInt(2))
}
