// A non-main package: parameters of exported functions are summarised like any other.
package geometry

type Point struct{ X, Y int }

func NewPoint(x, y int) *Point { return &Point{x, y} }

func (p *Point) Move(dx int) { p.X += dx }

func Mid(a, b *Point) Point { return Point{(a.X + b.X) / 2, (a.Y + b.Y) / 2} }

func Keep(p *Point) *Point { return p }

var origin *Point

func SetOrigin(p *Point) { origin = p }
