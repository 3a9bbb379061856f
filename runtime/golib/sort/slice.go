// Go 1.19's src/sort/slice.go, and the reflection it needs (end of file).
package sort

import "math/bits"

// Slice sorts the slice x given the provided less function.
// It panics if x is not a slice.
//
// The sort is not guaranteed to be stable: equal elements
// may be reversed from their original order.
// For a stable sort, use SliceStable.
//
// The less function must satisfy the same requirements as
// the Interface type's Less method.
func Slice(x any, less func(i, j int) bool) {
	rv := reflectValueOf(x)
	swap := reflectSwapper(x)
	length := rv.Len()
	limit := bits.Len(uint(length))
	pdqsort_func(lessSwap{less, swap}, 0, length, limit)
}

// SliceStable sorts the slice x using the provided less
// function, keeping equal elements in their original order.
// It panics if x is not a slice.
//
// The less function must satisfy the same requirements as
// the Interface type's Less method.
func SliceStable(x any, less func(i, j int) bool) {
	rv := reflectValueOf(x)
	swap := reflectSwapper(x)
	stable_func(lessSwap{less, swap}, rv.Len())
}

// SliceIsSorted reports whether the slice x is sorted according to the provided less function.
// It panics if x is not a slice.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	rv := reflectValueOf(x)
	n := rv.Len()
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

// What Go's sort gets from internal/reflectlite (slice_go113.go): the length of the slice in x,
// and a function swapping two of its elements; Go's panics when x is not a slice.

type sliceValue struct {
	x any
}

func (v sliceValue) Len() int {
	n := sliceLen(v.x)
	if n < 0 {
		panic(valueErrorText("reflect.Value.Len", v.x))
	}
	return n
}

func reflectValueOf(x any) sliceValue { return sliceValue{x} }

func reflectSwapper(x any) func(i, j int) {
	n := sliceLen(x)
	if n < 0 {
		panic(valueErrorText("Swapper", x))
	}
	switch n {
	case 0:
		return func(i, j int) { panic("reflect: slice index out of range") }
	case 1:
		return func(i, j int) {
			if i != 0 || j != 0 {
				panic("reflect: slice index out of range")
			}
		}
	}
	return func(i, j int) { swapSliceElements(x, i, j) }
}

// valueErrorText is reflect.ValueError's message for a call of method on x's kind.
func valueErrorText(method string, x any) string {
	if x == nil {
		return "reflect: call of " + method + " on zero Value"
	}
	return "reflect: call of " + method + " on " + kindName(x) + " Value"
}

// Runtime intrinsics (runtime/lib_sort.cpp).

// sliceLen is the length of the slice in x, or -1 if x does not hold a slice.
func sliceLen(x any) int

// swapSliceElements swaps elements i and j of the slice in x (Go's bounds-check panics).
func swapSliceElements(x any, i, j int)

// kindName is reflect.Kind.String() of x's dynamic type ("int", "ptr", "struct", ...).
func kindName(x any) string
