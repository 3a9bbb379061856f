package main

func first(s string) string { return s[:1] }

var g string

func keep(s string) { g = s[1:] }

func main() {
	println(first("ab"))
	keep("cd")
}
