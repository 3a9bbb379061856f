package main

import "example.com/import_program/tool"

func main() { tool.Run() }
