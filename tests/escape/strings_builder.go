package main

import "strings"

func build(parts []string) string {
	var sb strings.Builder
	for _, p := range parts {
		sb.WriteString(p)
	}
	return sb.String()
}

func main() {
	println(build([]string{"a", "b"}))
}
