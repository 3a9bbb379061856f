package main

var hook func() int

func install() {
	v := 3
	hook = func() int { return v }
}

func main() {
	install()
	println(hook())
}
