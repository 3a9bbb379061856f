// strings: building strings with concatenation, strings.Builder-free joins, strconv round trips.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	total := 0
	var parts []string
	for i := 0; i < 3000000; i++ {
		s := strconv.Itoa(i)
		n, err := strconv.Atoi(s)
		if err != nil || n != i {
			panic("atoi")
		}
		total += len(s)
		if i%10 == 0 {
			parts = append(parts, s+"-"+strconv.FormatInt(int64(i), 16))
		}
	}
	joined := strings.Join(parts, ",")
	fields := strings.Split(joined, ",")
	up := strings.ToUpper(joined[:64])
	count := strings.Count(joined, "f")
	fmt.Println(total, len(joined), len(fields), up, count, strings.Contains(joined, "99990-1869e"))
}
