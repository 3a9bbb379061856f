// Package book holds the catalogue's books: a Stringer that fmt honours, and a slow "database".
package book

import (
	"fmt"
	"time"
)

// Book is one catalogue entry.
type Book struct {
	ID            int
	Title         string
	Author        string
	YearPublished int
}

// String formats a book as a small card (fmt uses it for %v and Println).
func (b Book) String() string {
	return fmt.Sprintf("Title:\t\t%q\nAuthor:\t\t%q\nPublished:\t%v\n", b.Title, b.Author, b.YearPublished)
}

var books = []Book{
	{ID: 1, Title: "The Hitchhiker's Guide to the Galaxy", Author: "Douglas Adams", YearPublished: 1979},
	{ID: 2, Title: "The Hobbit", Author: "J.R.R. Tolkien", YearPublished: 1937},
	{ID: 3, Title: "A Tale of Two Cities", Author: "Charles Dickens", YearPublished: 1859},
	{ID: 4, Title: "Les Misérables", Author: "Victor Hugo", YearPublished: 1862},
	{ID: 5, Title: "Harry Potter and the Philosopher's Stone", Author: "J.K. Rowling", YearPublished: 1997},
	{ID: 6, Title: "I, Robot", Author: "Isaac Asimov", YearPublished: 1950},
	{ID: 7, Title: "The Gods Themselves", Author: "Isaac Asimov", YearPublished: 1973},
	{ID: 8, Title: "The Moon is a Harsh Mistress", Author: "Robert A. Heinlein", YearPublished: 1966},
	{ID: 9, Title: "On Basilisk Station", Author: "David Weber", YearPublished: 1993},
	{ID: 10, Title: "The Android's Dream", Author: "John Scalzi", YearPublished: 2006},
}

// Latency is how long a database query takes.
const Latency = 2 * time.Millisecond

var queries int

// QueryDatabase finds a book by ID after the database latency.
func QueryDatabase(id int) (Book, bool) {
	time.Sleep(Latency)
	queries++
	return lookup(id)
}

func lookup(id int) (Book, bool) {
	for _, b := range books {
		if b.ID == id {
			return b, true
		}
	}
	return Book{}, false
}

// Queries reports how many database queries ran.
func Queries() int { return queries }

// Count is the number of books in the catalogue.
func Count() int { return len(books) }
