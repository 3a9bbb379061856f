// Package report prints tables of shapes. It has its own Point type and its own New.
package report

import (
	"fmt"
	"strings"

	"example.com/shapes/geom"
)

// Point is not geom.Point: %T tells them apart.
type Point struct{ Row, Col int }

// Report collects lines.
type Report struct {
	title string
	lines []string
	total float64
}

// New starts a report.
func New(title string) *Report { return &Report{title: title} }

// Add appends a shape's line.
func (r *Report) Add(s geom.Shape) {
	r.lines = append(r.lines, fmt.Sprintf("%-28s %8.2f %8.2f", s.String(), s.Area(), s.Perimeter()))
	r.total += s.Area()
}

// String renders the table.
func (r *Report) String() string {
	var b []string
	b = append(b, "== "+r.title+" ==")
	b = append(b, r.lines...)
	b = append(b, fmt.Sprintf("total area %.3f over %d shapes", r.total, len(r.lines)))
	return strings.Join(b, "\n")
}

func init() { geom.Register("report") }
