package main

import "fmt"

type T struct{ a int }

func main() {
	t := &T{1}
	u := T{2}
	fmt.Println(t.a, u)
	fmt.Printf("%v\n", u.a)
}
