package main

func check(err error) {
	if err != nil {
		panic(err)
	}
}

func fail(n int) {
	if n < 0 {
		panic(n)
	}
}

func main() {
	check(nil)
	fail(1)
}
