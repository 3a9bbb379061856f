package a

import "example.com/import_cycle/b"

var X = b.Y + 1
