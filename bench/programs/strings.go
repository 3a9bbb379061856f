// strings: strconv formatting, concatenation, Join/Split/ToUpper/Count/Contains over a 25 MB string.
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
		n := 0
		for j := 0; j < len(s); j++ {
			n = n*10 + int(s[j]-'0')
		}
		if n != i {
			panic("parse")
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
