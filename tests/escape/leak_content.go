package main

var g *int

func keepContent(pp **int) { g = *pp }

func keepSliceElem(s []*int) { g = s[0] }

func main() {
	x := 1
	p := &x
	keepContent(&p)
	y := 2
	keepSliceElem([]*int{&y})
}
