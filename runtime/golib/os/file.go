// Package os, the part written in mini-Go: *os.File for the standard file descriptors (Stdin,
// Stdout, Stderr, NewFile) with Write, WriteString, Name, Fd, and *PathError. Exit and Args are
// native (frontend/library.cpp, runtime/os.cpp).
//
// Writes go straight to the file descriptor (write(2), no buffering), so they are ordered with
// fmt.Print*, which also writes each call at once. The standard files are package variables, not
// heap objects: importing os allocates nothing at initialisation.
package os

import "errors"

// File represents an open file descriptor.
type File struct {
	fd   int
	name string
}

var (
	stdinFile  = File{0, "/dev/stdin"}
	stdoutFile = File{1, "/dev/stdout"}
	stderrFile = File{2, "/dev/stderr"}
)

// Stdin, Stdout, and Stderr are open Files pointing to the standard input, standard output, and
// standard error file descriptors.
var (
	Stdin  = &stdinFile
	Stdout = &stdoutFile
	Stderr = &stderrFile
)

// ErrInvalid indicates an invalid argument. Methods on File return this error when the receiver
// is nil.
var ErrInvalid = errors.New("invalid argument")

// NewFile returns a new File with the given file descriptor and name.
func NewFile(fd uintptr, name string) *File {
	return &File{int(fd), name}
}

// Name returns the name of the file as presented to NewFile.
func (f *File) Name() string { return f.name }

// Fd returns the integer Unix file descriptor referencing the open file.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// Write writes len(b) bytes from b to the File. It returns the number of bytes written and an
// error, if any. Write returns a non-nil error when n != len(b).
func (f *File) Write(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	n = write(f.fd, b)
	if n < 0 {
		return 0, &PathError{Op: "write", Path: f.name, Err: errors.New(errnoText(-n))}
	}
	return n, nil
}

// WriteString is like Write, but writes the contents of string s rather than a slice of bytes.
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// Runtime intrinsics (runtime/lib_os_file.cpp).

// write writes all of b to fd (retrying short writes and EINTR); the count, or -errno.
func write(fd int, b []byte) int

// errnoText is the text of a system error number as Go's syscall.Errno prints it.
func errnoText(errno int) string
