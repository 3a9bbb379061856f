// maps: insert 1M int keys, look each up twice, delete half, sum what is left.
package main

import "fmt"

func main() {
	const n = 1000000
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i*7919%n] = i
	}
	hits := 0
	for round := 0; round < 2; round++ {
		for i := 0; i < n; i++ {
			if v, ok := m[i]; ok && v >= 0 {
				hits++
			}
		}
	}
	for i := 0; i < n; i += 2 {
		delete(m, i)
	}
	sum := 0
	for k, v := range m {
		sum += k ^ v
	}
	s := make(map[string]int)
	for i := 0; i < 200000; i++ {
		s[fmt.Sprint("key", i%50000)] += i
	}
	fmt.Println(len(m), hits, sum, len(s), s["key123"])
}
