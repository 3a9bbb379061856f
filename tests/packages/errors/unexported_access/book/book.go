package book

import "fmt"

type Book struct {
	Title string
	id    int
}

var count = start()

func start() int { fmt.Println("book var init"); return 100 }

func init() { fmt.Println("book init", count) }

func New(t string) *Book { count++; return &Book{Title: t, id: count} }

func (b *Book) String() string { return fmt.Sprintf("%q#%d", b.Title, b.id) }
func (b *Book) secret() int   { return b.id }
