package main

import (
	"fmt"

	"example.com/shapes/geom"
	"example.com/shapes/shapes"
)

func build() []geom.Shape {
	geom.Register("main build()")
	return []geom.Shape{shapes.New(1), shapes.Square(2), &shapes.Rect{Min: geom.Point{X: 1, Y: 1}, Max: geom.Point{X: 4, Y: 3}}, shapes.Circle{R: 0.5}}
}

func describe(s geom.Shape) string {
	switch v := s.(type) {
	case *shapes.Circle, shapes.Circle:
		return fmt.Sprintf("a circle: %v", v)
	case *shapes.Rect:
		return fmt.Sprintf("a rectangle of width %g", v.Max.X-v.Min.X)
	}
	return "unknown"
}

func init() { geom.Register("util.go") }
