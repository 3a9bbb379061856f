// Fprint, Fprintln and Fprintf (Go 1.19's src/fmt/print.go): format, then one Write to w.
//
// The writer parameter is spelled as io.Writer's underlying interface, which is assignable both
// ways with io.Writer: fmt does not import io, so that a program importing fmt runs no io package
// initialisation (io's error variables are allocated at init).
package fmt

// Fprint formats using the default formats for its operands and writes to w. Spaces are added
// between operands when neither is a string.
func Fprint(w interface{ Write(p []byte) (n int, err error) }, a ...any) (n int, err error) {
	return w.Write(formatPrint(a))
}

// Fprintln formats using the default formats for its operands and writes to w. Spaces are always
// added between operands and a newline is appended.
func Fprintln(w interface{ Write(p []byte) (n int, err error) }, a ...any) (n int, err error) {
	return w.Write(formatPrintln(a))
}

// Fprintf formats according to a format specifier and writes to w.
func Fprintf(w interface{ Write(p []byte) (n int, err error) }, format string, a ...any) (n int, err error) {
	return w.Write(formatPrintf(format, a))
}

// Runtime intrinsics (runtime/lib_fmt.cpp): the bytes Sprint, Sprintln, Sprintf would return.
func formatPrint(a []any) []byte
func formatPrintln(a []any) []byte
func formatPrintf(format string, a []any) []byte
