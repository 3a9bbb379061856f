package main

import (
	"fmt"

	"example.com/missing_package/nothere"
)

func main() { fmt.Println(nothere.X) }
