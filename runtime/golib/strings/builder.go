// strings.Builder: Go 1.19's src/strings/builder.go in mini-Go. Differences, none visible to a
// correct program: String() shares the buffer through a runtime intrinsic instead of unsafe (as
// Go does: bytes already written are never modified, Reset drops the buffer), and there is no
// copy check (Go's "illegal use of non-zero Builder copied by value" panic): Go's check needs
// its noescape hack to keep a Builder off the heap.
package strings

import "unicode/utf8"

// A Builder is used to efficiently build a string using Write methods. It minimizes memory
// copying. The zero value is ready to use.
type Builder struct {
	buf []byte
}

// String returns the accumulated string.
func (b *Builder) String() string {
	return bytesAsString(b.buf)
}

// Len returns the number of accumulated bytes; b.Len() == len(b.String()).
func (b *Builder) Len() int { return len(b.buf) }

// Cap returns the capacity of the builder's underlying byte slice. It is the total space
// allocated for the string being built and includes any bytes already written.
func (b *Builder) Cap() int { return cap(b.buf) }

// Reset resets the Builder to be empty.
func (b *Builder) Reset() {
	b.buf = nil
}

// grow copies the buffer to a new, larger buffer so that there are at least n bytes of capacity
// beyond len(b.buf).
func (b *Builder) grow(n int) {
	buf := make([]byte, len(b.buf), 2*cap(b.buf)+n)
	copy(buf, b.buf)
	b.buf = buf
}

// Grow grows b's capacity, if necessary, to guarantee space for another n bytes. After Grow(n),
// at least n bytes can be written to b without another allocation. If n is negative, Grow
// panics.
func (b *Builder) Grow(n int) {
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if cap(b.buf)-len(b.buf) < n {
		b.grow(n)
	}
}

// Write appends the contents of p to b's buffer. Write always returns len(p), nil.
func (b *Builder) Write(p []byte) (int, error) {
	b.buf = append(b.buf, p...)
	return len(p), nil
}

// WriteByte appends the byte c to b's buffer. The returned error is always nil.
func (b *Builder) WriteByte(c byte) error {
	b.buf = append(b.buf, c)
	return nil
}

// WriteRune appends the UTF-8 encoding of Unicode code point r to b's buffer. It returns the
// length of r and a nil error.
func (b *Builder) WriteRune(r rune) (int, error) {
	// Compare as uint32 to correctly handle negative runes.
	if uint32(r) < utf8.RuneSelf {
		b.buf = append(b.buf, byte(r))
		return 1, nil
	}
	l := len(b.buf)
	if cap(b.buf)-l < utf8.UTFMax {
		b.grow(utf8.UTFMax)
	}
	n := utf8.EncodeRune(b.buf[l:l+utf8.UTFMax], r)
	b.buf = b.buf[:l+n]
	return n, nil
}

// WriteString appends the contents of s to b's buffer. It returns the length of s and a nil
// error.
func (b *Builder) WriteString(s string) (int, error) {
	b.buf = append(b.buf, s...)
	return len(s), nil
}

// bytesAsString is the string sharing b's bytes (no copy). Runtime intrinsic
// (runtime/lib_strings_builder.cpp).
func bytesAsString(b []byte) string
