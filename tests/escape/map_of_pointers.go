package main

func index() map[string]*int {
	m := make(map[string]*int)
	v := 1
	m["a"] = &v
	return m
}

func localMap() int {
	m := map[int]*int{}
	w := 2
	m[0] = &w
	return *m[0]
}

func main() {
	println(len(index()), localMap())
}
