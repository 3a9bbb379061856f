package main

type buf struct {
	data []byte
	n    int
}

func (b *buf) trim(i, j int) {
	b.data = b.data[i:j]
}

func main() {
	b := &buf{data: make([]byte, 4)}
	b.trim(1, 2)
	println(len(b.data))
}
