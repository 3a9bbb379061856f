package main

import "example.com/package_mismatch/lib"

func main() { println(lib.A) }
