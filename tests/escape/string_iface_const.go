package main

func use(v interface{}) {}

func main() {
	use("constant")
	use(42)
	s := "dyn"
	use(s)
}
