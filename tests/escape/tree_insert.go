package main

type tree struct {
	left, right *tree
	v           int
}

func insert(t *tree, v int) *tree {
	if t == nil {
		return &tree{v: v}
	}
	if v < t.v {
		t.left = insert(t.left, v)
	} else {
		t.right = insert(t.right, v)
	}
	return t
}

func main() {
	var root *tree
	root = insert(root, 2)
	root = insert(root, 1)
	println(root.v)
}
