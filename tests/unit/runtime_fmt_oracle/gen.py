# gen.py — regenerates runtime_fmt_verbs_test.cpp and runtime_lib_{strings,strconv,math}_test.cpp:
# builds a Go program from the case tables in cases.py, runs it with Go 1.19 (the oracle), and
# writes each C++ CHECK with Go's output as the expected value (head_*.cpp hold the hand-written
# helpers that precede the generated checks). Usage: python3 gen.py  (needs `go` on PATH).
import subprocess, sys, os, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
UNIT = os.path.dirname(HERE)
sys.path.insert(0, os.path.dirname(__file__))
import cases

GO_HEADER = '''package main

import (
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
)

type Point struct{ X, Y int }
type T struct {
	Name string
	Age  int
	tags []string
	P    Point
	Any  any
	Next *T
}
type Base struct{ ID int }
type Derived struct {
	Base
	Label string
}
type MyInt int
type MyString string
type MyFloat float64
type Color int

func (c Color) String() string { return [...]string{"Red", "Green", "Blue"}[c] }

type MyErr struct{ Code int }

func (e MyErr) Error() string { return "error code " + strconv.Itoa(e.Code) }

type Hidden struct{ c Color }
type Shown struct{ C Color }

var f01, f02 = 0.1, 0.2

var _ = math.Pi
var _ = strings.ToUpper

func main() {
	var out []string
'''

def main():
    groups = cases.groups
    body = ''
    for name, cs in groups + cases.lib_groups:
        for go, cpp in cs:
            body += '\tout = append(out, %s)\n' % go
    prog = GO_HEADER + body + '''	for _, s := range out {
		os.Stdout.WriteString(strconv.Quote(s) + "\\n")
	}
}
'''
    work = tempfile.mkdtemp(prefix='mgo_fmt_oracle_')
    open(os.path.join(work, 'main.go'), 'w').write(prog)
    open(os.path.join(work, 'go.mod'), 'w').write('module oracle\n\ngo 1.19\n')
    res = subprocess.run(['go', 'run', '.'], cwd=work, capture_output=True, text=True)
    if res.returncode != 0:
        print(res.stderr); sys.exit(1)
    lines = res.stdout.splitlines()
    k = 0
    k = emit(groups, lines, k, 'head_verbs.cpp', 'runtime_fmt_verbs_test.cpp', 'fmt')
    for grp in cases.lib_groups:
        k = emit([grp], lines, k, 'head_%s.cpp' % grp[0], 'runtime_lib_%s_test.cpp' % grp[0], grp[0])

def emit(groups, lines, k, head, out, prefix):
    cpp = open(os.path.join(HERE, head)).read()
    for name, cs in groups:
        title = '' if name == prefix else name.replace('_', ' ') + ' '
        cpp += 'TEST_CASE("%s: %s(expected strings from Go 1.19)") {\n' % (prefix, title)
        for go, c in cs:
            q = lines[k]; k += 1
            val = eval_go_quote(q)
            cpp += '  // Go: %s\n' % go.replace('\n', '\\n')
            cpp += '  CHECK(%s == %s);\n' % (c, cq_s(val))
        cpp += '}\n\n'
    open(os.path.join(UNIT, out), 'w').write(cpp.rstrip('\n') + '\n')
    return k

def eval_go_quote(q):
    # Go's strconv.Quote output -> bytes
    import ast
    # convert Go escapes to python bytes: use a manual parser
    assert q[0] == '"' and q[-1] == '"'
    s = q[1:-1]; out = bytearray(); i = 0
    while i < len(s):
        ch = s[i]
        if ch != '\\':
            out += ch.encode('utf-8'); i += 1; continue
        e = s[i+1]
        if e in 'abfnrtv\\"\'':
            out += {'a':b'\a','b':b'\b','f':b'\f','n':b'\n','r':b'\r','t':b'\t','v':b'\v','\\':b'\\','"':b'"',"'":b"'"}[e]; i += 2
        elif e == 'x':
            out.append(int(s[i+2:i+4], 16)); i += 4
        elif e == 'u':
            out += chr(int(s[i+2:i+6], 16)).encode('utf-8', 'surrogatepass'); i += 6
        elif e == 'U':
            out += chr(int(s[i+2:i+10], 16)).encode('utf-8'); i += 10
        else:
            raise Exception('escape ' + e)
    return bytes(out)

def cq_s(b):
    # C++ std::string literal preserving bytes: printable ASCII and valid UTF-8 kept, else octal
    out = '"'
    text = b.decode('utf-8', 'surrogateescape')
    for ch in text:
        o = ord(ch)
        if 0xDC80 <= o <= 0xDCFF:
            out += '\\%03o' % (o - 0xDC00)
        elif ch == '"': out += '\\"'
        elif ch == '\\': out += '\\\\'
        elif ch == '?': out += '?'
        elif o < 0x20 or o == 0x7f or (0x80 <= o < 0xA1) or o in (0x2028, 0x2029, 0xfeff, 0xad, 0x3000):
            out += ''.join('\\%03o' % x for x in ch.encode('utf-8'))
        else: out += ch
    return out + '"s'

main()
