package main

import "strings"

func upper(s string) string { return strings.ToUpper(s) }

func has(s string) bool { return strings.Contains(s, "x") }

func main() {
	println(upper("a"), has("xy"))
}
