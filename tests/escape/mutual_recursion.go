package main

func even(n int, p *int) bool {
	if n == 0 {
		return true
	}
	return odd(n-1, p)
}

func odd(n int, p *int) bool {
	if n == 0 {
		*p = 1
		return false
	}
	return even(n-1, p)
}

func main() {
	v := 0
	println(even(4, &v), v)
}
