// Package errors: Go 1.19's errors.New, Unwrap, Is and As (src/errors/errors.go, wrap.go) in
// mini-Go. What Go does with reflection is done by three runtime intrinsics (runtime/lib_errors.cpp):
// whether a dynamic type is comparable, As's checks of its target, and As's assignment.
package errors

// New returns an error that formats as the given text. Each call returns a distinct value.
func New(text string) error {
	return &errorString{text}
}

type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

// Unwrap returns the result of calling the Unwrap method on err, if err's type contains an Unwrap
// method returning error. Otherwise, Unwrap returns nil.
func Unwrap(err error) error {
	u, ok := err.(interface {
		Unwrap() error
	})
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether any error in err's chain matches target. err == target is only evaluated
// when target's dynamic type is comparable (comparing an uncomparable one would panic).
func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	isComparable := dynamicTypeComparable(target)
	for {
		if isComparable && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		if err = Unwrap(err); err == nil {
			return false
		}
	}
}

// As finds the first error in err's chain that matches target, and if one is found, sets
// target to that error value and returns true. Otherwise, it returns false.
//
// As panics if target is not a non-nil pointer to either a type that implements error, or to
// any interface type.
func As(err error, target any) bool {
	if target == nil {
		panic("errors: target cannot be nil")
	}
	switch checkAsTarget(target, (*error)(nil)) {
	case 1:
		panic("errors: target must be a non-nil pointer")
	case 2:
		panic("errors: *target must be interface or implement error")
	}
	for err != nil {
		if assignIfAssignable(err, target) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		err = Unwrap(err)
	}
	return false
}

// Runtime intrinsics (runtime/lib_errors.cpp).

// dynamicTypeComparable reports whether x's dynamic type is comparable (reflect's Comparable).
func dynamicTypeComparable(x any) bool

// checkAsTarget: 0 if target is a non-nil pointer to an interface type or to a type
// implementing error (errorPtr is a (*error)(nil): its element type is error); 1 if target is
// not a non-nil pointer; 2 otherwise.
func checkAsTarget(target any, errorPtr any) int

// assignIfAssignable stores err into *target and reports true if err's dynamic type is assignable
// to *target's type (identical to it, or implementing it when it is an interface type).
func assignIfAssignable(err error, target any) bool
