// structloop: a helper returns &local; once inlined the pointer does not outlive the caller, so
// the Vec never needs the heap (Go 1.19 gets this through inlining + escape analysis).
package main

import "fmt"

type Vec struct {
	x, y, z float64
}

func newVec(x, y, z float64) *Vec {
	v := Vec{x, y, z}
	return &v
}

func (v *Vec) add(o *Vec) *Vec { return newVec(v.x+o.x, v.y+o.y, v.z+o.z) }

func (v *Vec) dot(o *Vec) float64 { return v.x*o.x + v.y*o.y + v.z*o.z }

func main() {
	sum := 0.0
	for i := 0; i < 20000000; i++ {
		a := newVec(float64(i), 1, 2)
		b := newVec(3, float64(i&7), 5)
		sum += a.add(b).dot(a)
	}
	fmt.Printf("%.6e\n", sum)
}
