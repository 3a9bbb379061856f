package shapes

import (
	"fmt"

	"example.com/shapes/geom"
)

// Rect is an axis-aligned rectangle.
type Rect struct {
	Min, Max geom.Point
}

func (r *Rect) Area() float64      { return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y) }
func (r *Rect) Perimeter() float64 { return 2 * (r.Max.X - r.Min.X + r.Max.Y - r.Min.Y) }
func (r *Rect) String() string     { return fmt.Sprintf("rect %v-%v", r.Min, r.Max) }

// Square is a Rect with equal sides.
func Square(side float64) *Rect {
	made++
	return &Rect{Max: geom.Point{X: side, Y: side}}
}

// Made counts the shapes made through New and Square.
func Made() int { return made }

func init() { geom.Register("shapes/rect.go") }
