package main

import (
	"fmt"

	"example.com/unexported_access/book"
)

func main() {
	b := book.New("Go")
	fmt.Println(b, b.id, book.count)
	b.secret()
	_ = book.Book{Title: "x", id: 3}
	_ = book.Book{"x", 3}
	fmt.Println(book.Missing)
}
