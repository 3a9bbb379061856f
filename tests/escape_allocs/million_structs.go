// A loop that creates 1,000,000 structs three ways (a variable whose address is taken, &T{}, new)
// and passes their addresses to functions and methods that do not keep them: nothing escapes, so
// the loop makes no heap allocation at all (Go 1.19 decides the same; see million_structs.expected).
package main

import "fmt"

type point struct {
	x, y int
}

func (p *point) move(dx int) {
	p.x += dx
}

func sum(p *point) int {
	return p.x + p.y
}

func main() {
	total := 0
	for i := 0; i < 1000000; i++ {
		p := point{i, i + 1}
		p.move(1)
		q := &point{x: i}
		r := new(point)
		r.y = i
		total += sum(&p) + q.x + r.y
	}
	fmt.Println(total)
}
