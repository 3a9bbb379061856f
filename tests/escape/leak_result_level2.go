package main

func deref2(ppp ***int) *int { return **ppp }

func main() {
	x := 1
	p := &x
	pp := &p
	println(*deref2(&pp))
}
