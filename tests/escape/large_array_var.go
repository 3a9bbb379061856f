package main

func big() int {
	var a [20 << 20]byte
	a[0] = 1
	return int(a[0])
}

func medium() int {
	var b [1 << 16]byte
	b[1] = 2
	return int(b[1])
}

func main() {
	println(big(), medium())
}
