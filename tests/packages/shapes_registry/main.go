// A program in two files of package main, importing three packages of its module; geom is
// imported by all of them and initialised once, first.
package main

import (
	"fmt"

	"example.com/shapes/geom"
	"example.com/shapes/report"
	"example.com/shapes/shapes"
)

var all = build()

func init() { geom.Register("main.go") }

func main() {
	r := report.New("shapes v" + geom.Version)
	for _, s := range all {
		r.Add(s)
	}
	fmt.Println(r)
	c := shapes.New(1.5)
	c.Point = c.Add(geom.Point{X: 3, Y: 4})
	fmt.Println(c, c.Dist(geom.Origin), c.X)
	var s geom.Shape = c
	if cc, ok := s.(*shapes.Circle); ok {
		fmt.Printf("%T %T %v\n", cc, report.Point{1, 2}, report.Point{1, 2})
	}
	fmt.Printf("%T %+v\n", geom.Origin, geom.Point{X: 1})
	fmt.Println("made:", shapes.Made(), "registered:", geom.Registered())
	fmt.Println(describe(all[0]), describe(all[1]))
}
