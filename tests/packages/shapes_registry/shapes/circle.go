// Package shapes: circles and rectangles, in two files, both satisfying geom.Shape.
package shapes

import (
	"fmt"
	"math"

	"example.com/shapes/geom"
)

// Circle embeds its centre: Add and Dist are promoted from geom.Point.
type Circle struct {
	geom.Point
	R float64
}

func (c Circle) Area() float64      { return math.Pi * square(c.R) }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) String() string     { return fmt.Sprintf("circle r=%g at %v", c.R, c.Point) }

func square(x float64) float64 { return x * x }

var made int

// New makes a circle (the name New exists in package report too).
func New(r float64) *Circle {
	made++
	return &Circle{R: r}
}

func init() { geom.Register("shapes/circle.go") }
