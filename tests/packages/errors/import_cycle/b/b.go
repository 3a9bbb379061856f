package b

import "example.com/import_cycle/a"

var Y = a.X
