package main

func toBytes(s string) int {
	b := []byte(s)
	return len(b)
}

func toString(b []byte) string { return string(b) }

func runes(s string) int {
	r := []rune(s)
	return len(r)
}

func main() {
	println(toBytes("ab"), toString([]byte{'a'}), runes("xyz"))
}
