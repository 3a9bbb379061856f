package main

import (
	"fmt"

	"example.com/import_cycle/a"
)

func main() { fmt.Println(a.X) }
