// Package fmt, the part written in mini-Go: Errorf (Go 1.19's src/fmt/errors.go). The Print and
// Sprint families are native (frontend/library.cpp, runtime/fmt_*.cpp).
package fmt

import "errors"

// Errorf formats according to a format specifier and returns the string as a value that
// satisfies error. If the format has a %w verb with an error operand, the returned error
// implements an Unwrap method returning that operand (a *fmt.wrapError); otherwise it is an
// *errors.errorString, as in Go.
func Errorf(format string, a ...any) error {
	var wrapped int
	s := errorfText(format, a, &wrapped)
	if wrapped < 0 {
		return errors.New(s)
	}
	return &wrapError{s, a[wrapped].(error)}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string {
	return e.msg
}

func (e *wrapError) Unwrap() error {
	return e.err
}

// errorfText formats like Sprintf, accepting one %w with an error operand, whose index it stores
// in *wrapped (-1 if none). Runtime intrinsic (runtime/lib_fmt.cpp).
func errorfText(format string, a []any, wrapped *int) string
