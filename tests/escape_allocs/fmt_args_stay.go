// More precise than Go (1): fmt's printing functions only read their ...any arguments during the
// call (mgo's hand-written library summary), so values passed to fmt.Println/Printf/Sprintf stay
// on the stack: the struct, the slice literal, the int boxes and the variadic slices below make
// no heap allocation in mgo, while Go 1.19 reports "escapes to heap" for each of them (see
// fmt_args_stay.expected and .mgo-diff) and allocates for every boxed struct, slice and large int.
package main

import "fmt"

type point struct {
	x, y int
}

func main() {
	n := 0
	for i := 0; i < 1000; i++ {
		v := point{i, i * 2}
		s := []int{i, i + 1, i + 2}
		line := fmt.Sprintf("%v %v %d", v, s, i*1000)
		n += len(line)
		if i%250 == 0 {
			fmt.Println(v, s, i*1000)
			fmt.Printf("%d %s\n", i, line)
		}
	}
	fmt.Println(n)
}
