// The strings functions implemented by the runtime (runtime/lib_strings.cpp) beside those
// frontend/library.cpp declares: declared here without bodies, so a call is a call of
// mgo_strings_<Name> (Go 1.19 semantics).
package strings

// ContainsRune reports whether the Unicode code point r is within s.
func ContainsRune(s string, r rune) bool

// ContainsAny reports whether any Unicode code points in chars are within s.
func ContainsAny(s, chars string) bool

// IndexByte returns the index of the first instance of c in s, or -1 if c is not present in s.
func IndexByte(s string, c byte) int

// IndexRune returns the index of the first instance of the Unicode code point r, or -1 if rune
// is not present in s. If r is utf8.RuneError, it returns the first instance of any invalid
// UTF-8 byte sequence.
func IndexRune(s string, r rune) int

// IndexAny returns the index of the first instance of any Unicode code point from chars in s, or
// -1 if no Unicode code point from chars is present in s.
func IndexAny(s, chars string) int

// LastIndexByte returns the index of the last instance of c in s, or -1 if c is not present in s.
func LastIndexByte(s string, c byte) int

// EqualFold reports whether s and t, interpreted as UTF-8 strings, are equal under simple
// Unicode case-folding, which is a more general form of case-insensitivity.
func EqualFold(s, t string) bool

// TrimLeft returns a slice of the string s with all leading Unicode code points contained in
// cutset removed.
func TrimLeft(s, cutset string) string

// TrimRight returns a slice of the string s, with all trailing Unicode code points contained in
// cutset removed.
func TrimRight(s, cutset string) string

// SplitN slices s into substrings separated by sep and returns a slice of the substrings between
// those separators. n > 0: at most n substrings; n == 0: nil; n < 0: all substrings.
func SplitN(s, sep string, n int) []string
