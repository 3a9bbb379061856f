// Package geom: points, the Shape interface and a registry that every package's init() joins.
package geom

import (
	"fmt"
	"math"
)

// Point is a 2-D point.
type Point struct{ X, Y float64 }

// Add returns p+q.
func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

// Dist is the distance between p and q.
func (p Point) Dist(q Point) float64 { return math.Hypot(p.X-q.X, p.Y-q.Y) }

func (p Point) String() string { return fmt.Sprintf("(%g,%g)", p.X, p.Y) }

// Shape is anything with an area and a perimeter.
type Shape interface {
	Area() float64
	Perimeter() float64
	fmt.Stringer
}

// Origin is (0,0).
var Origin = Point{}

// Version of the geometry package.
const Version = "1.0"

var registered []string

// Register records that a package initialised.
func Register(name string) { registered = append(registered, name) }

// Registered lists the registrations in order.
func Registered() []string { return registered }

func init() { Register("geom") }
