// Package unicode: the classification and case-mapping functions of Go 1.19's package unicode
// (Unicode 13.0.0). The functions are runtime intrinsics (runtime/lib_unicode_categories.cpp over
// tables generated from Go's unicode/tables.go); RangeTable and the named tables are not provided.
package unicode

const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

// Indices into the Delta arrays inside CaseRanges for case mapping.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// Version is the Unicode edition from which the tables are derived.
const Version = "13.0.0"

// IsUpper reports whether the rune is an upper case letter.
func IsUpper(r rune) bool

// IsLower reports whether the rune is a lower case letter.
func IsLower(r rune) bool

// IsTitle reports whether the rune is a title case letter.
func IsTitle(r rune) bool

// IsLetter reports whether the rune is a letter (category L).
func IsLetter(r rune) bool

// IsMark reports whether the rune is a mark character (category M).
func IsMark(r rune) bool

// IsNumber reports whether the rune is a number (category N).
func IsNumber(r rune) bool

// IsDigit reports whether the rune is a decimal digit.
func IsDigit(r rune) bool

// IsPunct reports whether the rune is a Unicode punctuation character (category P).
func IsPunct(r rune) bool

// IsSymbol reports whether the rune is a symbolic character.
func IsSymbol(r rune) bool

// IsSpace reports whether the rune is a space character as defined by Unicode's White Space
// property; in the Latin-1 space this is '\t', '\n', '\v', '\f', '\r', ' ', U+0085 (NEL),
// U+00A0 (NBSP).
func IsSpace(r rune) bool

// IsControl reports whether the rune is a control character (C0 and C1 only).
func IsControl(r rune) bool

// IsGraphic reports whether the rune is defined as a Graphic by Unicode: letters, marks,
// numbers, punctuation, symbols, and spaces, from categories L, M, N, P, S, Zs.
func IsGraphic(r rune) bool

// IsPrint reports whether the rune is defined as printable by Go: letters, marks, numbers,
// punctuation, symbols, and the ASCII space character, from categories L, M, N, P, S.
func IsPrint(r rune) bool

// To maps the rune to the specified case: UpperCase, LowerCase, or TitleCase.
func To(_case int, r rune) rune

// ToUpper maps the rune to upper case.
func ToUpper(r rune) rune

// ToLower maps the rune to lower case.
func ToLower(r rune) rune

// ToTitle maps the rune to title case.
func ToTitle(r rune) rune

// SimpleFold iterates over Unicode code points equivalent under the Unicode-defined simple case
// folding.
func SimpleFold(r rune) rune
