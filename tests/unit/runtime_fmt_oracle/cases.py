# cases.py — the case tables of gen.py: each case is (Go expression returning a string, C++ expression
# returning std::string); gen.py runs the Go side under Go 1.19 and writes the C++ checks.
import json

def gq(s):  # Go string literal
    out = '"'
    for ch in s:
        o = ord(ch)
        if ch == '"': out += '\\"'
        elif ch == '\\': out += '\\\\'
        elif 0x20 <= o < 0x7f: out += ch
        elif o < 0x80: out += '\\x%02x' % o
        elif o < 0x10000: out += '\\u%04x' % o
        else: out += '\\U%08x' % o
    return out + '"'

def cq(s):  # C++ string_view literal
    out = '"'
    for ch in s:
        o = ord(ch)
        if ch == '"': out += '\\"'
        elif ch == '\\': out += '\\\\'
        elif o < 0x20 or o == 0x7f: out += '\\%03o' % o
        elif 0x80 <= o < 0xa1 or o in (0xad, 0x2028, 0x2029, 0xfeff, 0x3000, 0x85): out += ''.join('\\%03o' % x for x in ch.encode('utf-8'))
        else: out += ch
    return out + '"sv'

class A:
    def __init__(self, go, cpp): self.go, self.cpp = go, cpp

def i(v): return A(str(v), 'I(%s)' % v)
def ity(ty, cf, v): return A('%s(%s)' % (ty, v), '%s(%s)' % (cf, v))
def f(v, gov=None): return A(gov or repr(v), 'F(%s)' % v)
def s(v): return A(gq(v), 'S(%s)' % cq(v))
def raw(go, cpp): return A(go, cpp)
NIL = A('nil', 'Nil()')
T_ = A('true', 'B(true)'); F_ = A('false', 'B(false)')

def sp(fmt, *args):
    go = 'fmt.Sprintf(%s%s)' % (gq(fmt), ''.join(', ' + a.go for a in args))
    cpp = 'Sprintf(%s, {%s})' % (cq(fmt), ', '.join(a.cpp for a in args))
    return (go, cpp)
def sprint(*args):
    return ('fmt.Sprint(%s)' % ', '.join(a.go for a in args), 'Sprint({%s})' % ', '.join(a.cpp for a in args))
def sprintln(*args):
    return ('fmt.Sprintln(%s)' % ', '.join(a.go for a in args), 'Sprintln({%s})' % ', '.join(a.cpp for a in args))

INF = A('math.Inf(1)', 'F(kInf)'); NINF = A('math.Inf(-1)', 'F(-kInf)'); NAN = A('math.NaN()', 'F(kNaN)')
NEG0 = A('math.Copysign(0, -1)', 'F(-0.0)')
F0102 = A('f01+f02', 'F(0.1 + 0.2)')

groups = []
def group(name, cases): groups.append((name, cases))

group('integers', [
    sp('%d|%+d|% d|%5d|%-5d|%05d', i(42), i(42), i(42), i(42), i(42), i(-42)),
    sp('%x|%X|%#x|%#X|%o|%#o|%O|%b|%#b', i(255), i(255), i(255), i(255), i(8), i(8), i(8), i(5), i(5)),
    sp('%x|%X|%#x|%o|%b', i(-255), i(-255), i(-255), i(-8), i(-5)),
    sp('%d|%d|%x', A('math.MinInt64', 'I64(INT64_MIN)'), A('uint64(math.MaxUint64)', 'U64(UINT64_MAX)'), A('uint64(math.MaxUint64)', 'U64(UINT64_MAX)')),
    sp('%d|%x|%b|%o', ity('int8', 'I8', -128), ity('int8', 'I8', -128), ity('uint8', 'U8', 200), ity('int16', 'I16', -300)),
    sp('%v|%v|%v|%v', ity('int32', 'I32', -7), ity('uint16', 'U16', 65535), ity('uint32', 'U32', 4000000000), ity('uintptr', 'Uptr', 1234)),
    sp('%.3d|%8.3d|%08.3d|%-8.3d|%+.3d', i(7), i(7), i(7), i(7), i(7)),
    sp('%.0d|%5.0d|%-5.0d|%.0d|%#.0x|%.d', i(0), i(0), i(0), i(1), i(0), i(0)),
    sp('%#o|%#x|%#b|%#O|%O', i(0), i(0), i(0), i(0), i(-8)),
    sp('%-08d|%+05d|% 05d|%0-5d|%#08x|%-#10x|%#-10X|', i(3), i(-3), i(3), i(3), i(255), i(255), i(255)),
    sp('%c|%c|%c|%5c|%-5c|%c|%c', i(65), i(0x4E16), i(0x1F600), i(97), i(97), i(-1), i(0x110000)),
    sp('%q|%q|%q|%+q|%#q|%q|%q', i(97), i(7), i(0x263A), i(0x263A), i(0x263A), i(0xD800), i(0x7F)),
    sp('%U|%#U|%U|%#U|%#U|%.6U|%#10U|%-10U|', i(0x1F600), i(0x1F600), i(0x41), i(0x41), i(0x7), i(0x41), i(0x263A), i(0x41)),
    sp('%v|%#v|%#v|%+v|%#v', i(42), i(42), ity('uint', 'U', 42), i(-1), ity('uint8', 'U8', 255)),
    sp('%6.2d|%-+6d|%x|%X', i(-5), i(5), ity('uint64', 'U64', 0xdeadbeef), ity('uint64', 'U64', 0xdeadbeef)),
    sp('%d %d', ity('int8', 'I8', 127), ity('int16', 'I16', -32768)),
])

group('strings', [
    sp('%s|%v|%q|%x|%X|% x|%#x|% #X', s('hi'), s('hi'), s('hi'), s('hi'), s('hi'), s('hi'), s('hi'), s('hi')),
    sp('%10s|%-10s|%.2s|%.5q|%5.1s|%010s|', s('héllo'), s('héllo'), s('héllo'), s('héllo'), s('héllo'), s('ab')),
    sp('%s|%q|%+q|%#q|%x', s('héllo, 世界'), s('héllo, 世界'), s('héllo, 世界'), s('héllo, 世界'), s('é')),
    sp('%q|%#q|%+q', s('a\tb\n\x00\x7f"\\'), s('a\tb'), s('\u2028\ufeff\U0001F600')),
    sp('%q|%#q|%s|%x', raw('"\\xff\\xfe"', 'S("\\xff\\xfe"sv)'), s('`x`'), raw('"\\xffa"', 'S("\\xff" "a"sv)'), raw('"\\xffa"', 'S("\\xff" "a"sv)')),
    sp('%4x|%-4x|%x|%.1x|%.2X|%8.3x|', s(''), s(''), s(''), s('hello'), s('hello'), s('hello')),
    sp('%#v|%T|%v|%#v', s('hi\n'), s('x'), s(''), s('')),
    sp('%q|%q|%+q|%q', s('\a\b\f\r\v'), s('\u00ad\u0085'), s('ü'), s('\U0010ffff\U000e0001')),
    sp('%.0s|%.10s|%-4.2s|%4.2q|', s('abc'), s('abc'), s('abc'), s('abc')),
])

group('floats', [
    sp('%v|%v|%v|%v|%v', F0102, f(1e21), f(1e20), f(123456789.0), f(1e-7)),
    sp('%v|%v|%v|%v|%v|%v|%v', f(1e-5), f(1e-4), f(1e6), f(100000.0), f(1.0), f(3.0), f(-2.5)),
    sp('%v|%v|%v|%v|%v|%v', A('float32(0.1)', 'F32(0.1f)'), A('float32(16777216.0)', 'F32(16777216.0f)'), A('float32(1e10)', 'F32(1e10f)'), A('float32(3.4e38)', 'F32(3.4e38f)'), A('float32(1)/3', 'F32(1.0f / 3)'), A('float32(1e-45)', 'F32(1e-45f)')),
    sp('%v|%v|%v|%v|%v|%v', NEG0, INF, NINF, NAN, f(5e-324), f(1.7976931348623157e308)),
    sp('%e|%E|%f|%F|%g|%G', f(1234.5678), f(1234.5678), f(1234.5678), f(1234.5678), f(1234.5678), f(1234.5678)),
    sp('%.3g|%.3g|%.3g|%.3e|%.0e|%.3G|%G', f(123456.0), f(0.000012345), f(100.0), f(123456.0), f(5.0), f(1e-10), f(1e-10)),
    sp('%8.2f|%-8.2f|%08.3f|%+.2f|% .2f|%+08.2f|%-08.2f|', f(3.14159), f(3.14159), f(-3.14159), f(3.14159), f(3.14159), f(3.14159), f(3.14159)),
    sp('%#g|%#.3g|%#v|%#v|%#v|%#.0f|%#.0e|%#g', f(1.0), f(1.0), f(1.0), f(1e6), f(1e21), f(3.0), f(3.0), f(0.0)),
    sp('%.0f|%.0f|%.0f|%.0f|%.2f|%.1f|%.1f', f(0.5), f(1.5), f(2.5), f(-0.5), f(1.005), f(0.05), f(0.25)),
    sp('%5.1f|%05.1f|%+f|% f|%-6f|%06v|%+v|%f', NAN, INF, NAN, NAN, NINF, NINF, INF, NEG0),
    sp('%x|%X|%.2x|%b|%#x|%x|%x|%.0x', f(1.5), f(-1.5), f(1.0/3), f(1.0), f(1.0), f(0.0), f(5e-324), f(1.5)),
    sp('%.20f|%.30e|%.17g|%.1e|%.15g', f(0.1), f(1.0/3, '1.0/3'), f(0.1), f(9.96), f(0.1)),
    sp('%10.3e|%-10.3e|%6.2g|%e|%g|%g|%G', f(1234.5678), f(1234.5678), f(0.0001234), f(0.0), f(0.0), f(1e100), f(1e-100)),
    sp('%.10f|%e|%g|%.3f|%v', A('float32(0.1)', 'F32(0.1f)'), A('float32(0.1)', 'F32(0.1f)'), A('float32(1e21)', 'F32(1e21f)'), A('float32(2.5)', 'F32(2.5f)'), A('float32(-0.0)', 'F32(0.0f)')),
    sp('%v|%v|%v|%.3v|%10v|%-10v|', f(0.000001), f(1234567.0), f(12345678901234567890.0), f(3.14159), f(1.5), f(1.5)),
    sp('%f|%.3f|%e', f(1e300), f(123456789012345678.0), f(1e-300)),
    sp('%v %v %v', f(2.0/3, '2.0/3'), f(100.0/3, '100.0/3'), f(1e15)),
    sp('%v|%v|%v|%v', A('MyFloat(2.5)', 'MyFloat(2.5)'), f(float('1e23')), f(9007199254740993.0), f(0.3)),
])

group('bools_and_errors', [
    sp('%t|%v|%5t|%-6t|%t', T_, F_, T_, F_, F_),
    sp('%d|%s|%x', T_, i(5), f(1.5)),
    sp('%d'), sp('%s|%d', s('a')), sp('hi', i(3)), sp('%d', i(1), s('a'), f(2.5), NIL, T_),
    sp('%'), sp('%-'), sp('%5.'), sp('abc%'), sp('%!', i(1)), sp('%z', i(1)), sp('%ä', i(1)),
    sp('%*d', s('x'), i(5)), sp('%.*d', s('x'), i(5)), sp('%*d|%-*d|%*d|', i(5), i(1), i(5), i(1), i(-5), i(1)),
    sp('%.*f|%.*f', i(2), f(3.14159), i(-1), f(3.14159)),
    sp('%d', NIL), sp('%v|%T|%s', NIL, NIL, NIL),
    sp('%[2]d %[1]d', i(1), i(2)), sp('%[3]d', i(1), i(2)), sp('%[1]d %d', i(1), i(2)), sp('%[2]*[1]d|', i(12), i(5)),
    sp('%[0]d', i(1)), sp('%[x]d', i(1)), sp('%[1]', i(1)), sp('%d %d %#[1]x %#x', i(16), i(17)),
    sp('%5%|%-5%|%%'), sp('%10000000d', i(1)), sp('%.10000000d', i(1)), sp('%5d', s('hi')), sp('%.2d', f(1.5)),
    sp('%w', i(1)), sp('%c', s('x')), sp('%q', f(1.5)), sp('%e', i(1)), sp('%t', i(1)), sp('%p', i(1)),
    sp('%d|%s', A('MyInt(5)', 'MyInt(5)'), A('MyString("x")', 'MyString("x"sv)')),
    sp('%*d', ity('uint8', 'U8', 3), i(1)), sp('%*d', A('uint64(1<<63)', 'U64(uint64_t(1) << 63)'), i(1)), sp('%*d', i(2000000), i(1)),
])

PT = A('Point{1, 2}', 'PointV(1, 2)')
PTP = A('&Point{1, 2}', 'PointPtr(1, 2)')
TV = A('T{Name: "Ann", Age: 30, tags: []string{"a", "b"}, P: Point{3, 4}, Any: 42}',
       'box(tT, T{gostr("Ann"), 30, boxSlice(Strings({"a"sv, "b"sv})), Point{3, 4}, I(42), nullptr})')
TVC = A('T{Name: "Bo", Any: Color(2)}', 'box(tT, T{gostr("Bo"), 0, mgo_slice{}, Point{0, 0}, Color(2), nullptr})')
TPTR = A('&T{Name: "Ann", Age: 30, tags: []string{"a", "b"}, P: Point{3, 4}, Any: "s"}',
         'box(tTPtr, keep(T{gostr("Ann"), 30, boxSlice(Strings({"a"sv, "b"sv})), Point{3, 4}, S("s"sv), nullptr}))')
DER = A('Derived{Base{7}, "x"}', 'box(tDerived, Derived{Base{7}, gostr("x")})')
group('composites', [
    sp('%v|%+v|%#v|%T', PT, PT, PT, PT),
    sp('%v|%+v|%#v|%T', PTP, PTP, PTP, PTP),
    sp('%v', TV), sp('%+v', TV), sp('%#v', TV), sp('%v|%+v', TVC, TVC), sp('%v', TPTR), sp('%+v', TPTR),
    sp('%v|%+v|%#v', DER, DER, DER),
    sp('%v|%d|%x|%#v|%03d|%T|%5d|%-4d|', A('[]int{1, 2, 3}', 'Ints({1, 2, 3})'), *[A('[]int{1, 2, 3}', 'Ints({1, 2, 3})')] * 5, A('[]int{10, 20}', 'Ints({10, 20})'), A('[]int{10, 20}', 'Ints({10, 20})')),
    sp('%v|%q|%#v|%x|%X|%s|%5s|', *[A('[]string{"a", "b"}', 'Strings({"a"sv, "b"sv})')] * 7),
    sp('%v|%#v|%d|%s|%T', *[A('[]int(nil)', 'NilSlice(tIntSlice)')] * 5),
    sp('%v|%s|%x|%X|%q|%#v|% x|%T|%d', *[A('[]byte("hi")', 'BytesOf("hi"sv)')] * 9),
    sp('%v|%s|%#v|%x', *[A('[]byte(nil)', 'NilSlice(tByteSlice)')] * 4),
    sp('%v|%s|%x|%q|%#v|%T', *[A('[4]byte{104, 105, 0, 255}', 'box(tByteArray4, std::array<uint8_t, 4>{104, 105, 0, 255})')] * 6),
    sp('%v|%#v|%x|%T', *[A('[3]int{1, 2, 3}', 'box(tIntArray3, std::array<int64_t, 3>{1, 2, 3})')] * 4),
    sp('%v|%#v', *[A('[]any{1, "a", nil, 2.5, Point{1, 2}, []int{7}}', 'Anys({I(1), S("a"sv), Nil(), F(2.5), PointV(1, 2), Ints({7})})')] * 2),
    sp('%d|%s', *[A('[]any{1, "a", nil}', 'Anys({I(1), S("a"sv), Nil()})')] * 2),
    sp('%v|%.2f|%#v|%g', *[A('[]float64{0.1, 1e21, -0.5}', 'Floats({0.1, 1e21, -0.5})')] * 4),
    sp('%v|%#v|%+v|%T|%d', *[A('map[string]int{"b": 2, "a": 1, "c": 3}', 'mapSI({{"b", 2}, {"a", 1}, {"c", 3}})')] * 5),
    sp('%v|%#v|%x', *[A('map[int]string{3: "c", -1: "z", 10: "j"}', 'mapIS({{3, "c"}, {-1, "z"}, {10, "j"}})')] * 3),
    sp('%v|%#v|%d|%T', *[A('map[string]int(nil)', 'NilOf(tMapStringInt)')] * 4),
    sp('%v|%v', A('map[float64]bool{2: true, -1.5: false, 0: true}', 'mapFB({{2, true}, {-1.5, false}, {0, true}})'), A('map[bool]int{true: 1, false: 0}', 'mapBI({{true, 1}, {false, 0}})')),
    sp('%v|%#v', *[A('map[Point]string{{2, 1}: "b", {1, 2}: "a", {1, 1}: "c"}', 'mapPS({{{2, 1}, "b"}, {{1, 2}, "a"}, {{1, 1}, "c"}})')] * 2),
    sp('%v', A('map[any]int{3: 1, 1: 2, 2: 0}', 'mapAI({{3, 1}, {1, 2}, {2, 0}})')),
    sp('%v|%+v|%#v|%d|%s|%T', *[A('(*int)(nil)', 'NilOf(tIntPtr)')] * 6),
    sp('%v|%#v|%+v', *[A('(*Point)(nil)', 'NilOf(tPointPtr)')] * 3),
    sp('%s|%d|%x|%q', *[PT] * 4),
    sp('%d|%s', *[A('[]string{"a", "b"}', 'Strings({"a"sv, "b"sv})')] * 2),
    sp('%v|%+v|%#v', *[A('struct{}{}', 'box(tEmptyStruct, uint8_t(0))')] * 3),
    sp('%v|%#v|%T', *[A('[]Point{{1, 2}, {3, 4}}', 'box(tPointSlice, sliceData<Point>({{1, 2}, {3, 4}}))')] * 3),
    sp('%6.2f|%-5d|%05d', A('[]float64{1, 2.5}', 'Floats({1, 2.5})'), A('[]int{1, 22}', 'Ints({1, 22})'), A('[3]int{1, 2, 3}', 'box(tIntArray3, std::array<int64_t, 3>{1, 2, 3})')),
])

group('named_and_methods', [
    sp('%v|%d|%#v|%T|%x', *[A('MyInt(5)', 'MyInt(5)')] * 5),
    sp('%v|%q|%#v|%T|%x', *[A('MyString("s")', 'MyString("s"sv)')] * 5),
    sp('%v|%#v|%.1f|%T', *[A('MyFloat(2.5)', 'MyFloat(2.5)')] * 4),
    sp('%v|%s|%d|%q|%x|%X|%#v|%T|%5s|%-6v|', *[A('Color(1)', 'Color(1)')] * 10),
    sp('%v|%d|%s', *[A('[]Color{0, 2}', 'box(tColorSlice, sliceData<int64_t>({0, 2}))')] * 3),
    sp('%v|%+v|%#v', *[A('Shown{1}', 'box(tShown, int64_t(1))')] * 3),
    sp('%v|%+v|%#v', *[A('Hidden{1}', 'box(tHidden, int64_t(1))')] * 3),
    sp('%v|%s|%q|%+v|%#v|%d', *[A('MyErr{42}', 'MyErr(42)')] * 6),
    sprint(A('Color(2)', 'Color(2)'), A('MyErr{7}', 'MyErr(7)'), A('MyInt(3)', 'MyInt(3)')),
    sp('%v', A('[]any{Color(0), MyErr{1}}', 'Anys({Color(0), MyErr(1)})')),
])

group('print_spacing', [
    sprint(s('a'), i(1), i(2), s('b'), s('c'), f(3.5), NIL, T_),
    sprint(i(1), i(2)), sprint(s('a'), s('b')), sprint(A('MyString("x")', 'MyString("x"sv)'), i(1), i(2)),
    sprint(), sprintln(), sprintln(s('a'), i(1), s('b'), NIL, f(0.5)),
    sprint(PT, PTP, A('[]int{1}', 'Ints({1})')), sprintln(F0102, A('float32(0.1)', 'F32(0.1f)'), f(1e21), f(1e20)),
    sprint(NIL, NIL), sprint(s(''), i(1), s('')),
])

def fv(v):
    m = {'inf': ('math.Inf(1)', 'kInf'), '-inf': ('math.Inf(-1)', '-kInf'), 'nan': ('math.NaN()', 'kNaN'), '-0': ('math.Copysign(0, -1)', '-0.0')}
    if isinstance(v, str): return m[v]
    return (repr(v), repr(v))

# ---- library packages -------------------------------------------------------------------------
lib_groups = []
def lgroup(name, cs): lib_groups.append((name, cs))

def call(gofn, cppfn, *args):  # args: list of (go, cpp)
    return ('%s(%s)' % (gofn, ', '.join(a[0] for a in args)), '%s(%s)' % (cppfn, ', '.join(a[1] for a in args)))
def gs(v): return (gq(v), cq(v))
def gi(v): return (str(v), str(v))
def gsl(go): # Go expression producing []string -> formatted
    return 'fmt.Sprintf("%%q len=%%d cap=%%d", %s, len(%s), cap(%s))' % (go, go, go)
def strfn(name, *args):   # strings function returning string
    go, cpp = call('strings.' + name, name, *args); return (go, cpp)
def strsl(name, *args):   # strings function returning []string
    go, cpp = call('strings.' + name, name, *args)
    return ('func() string { v := %s; return %s }()' % (go, gsl('v')), cpp)
def boolfn(pkg, name, *args):
    go, cpp = call(pkg + '.' + name, name, *args); return ('strconv.FormatBool(%s)' % go, 'std::string(%s ? "true" : "false")' % cpp)
def intfn(pkg, name, *args):
    go, cpp = call(pkg + '.' + name, name, *args); return ('strconv.Itoa(%s)' % go, 'std::to_string(%s)' % cpp)

lgroup('strings', [
    strsl('Fields', gs(' a  b\tc\u00a0d\u3000e \n')), strsl('Fields', gs('')), strsl('Fields', gs('  \t ')), strsl('Fields', gs('x\u0085y\u2028z')),
    strsl('Fields', ('"a\\xffb c"', '"a\\xff" "b c"sv')),
    strsl('Split', gs('a,b,,c'), gs(',')), strsl('Split', gs('abc'), gs('')), strsl('Split', gs(''), gs(',')), strsl('Split', gs(''), gs('')),
    strsl('Split', gs('héllo'), gs('')), strsl('Split', ('"a\\xffb"', '"a\\xff" "b"sv'), gs('')), strsl('Split', gs('a::b::'), gs('::')), strsl('Split', gs('abc'), gs('abc')),
    strsl('SplitN', gs('a,b,c,d'), gs(','), gi(2)), strsl('SplitN', gs('a,b'), gs(','), gi(5)), strsl('SplitN', gs('abcd'), gs(''), gi(2)), strsl('SplitN', gs('a,b'), gs(','), gi(0)),
    strfn('ToUpper', gs('héllo wörld ß ǆ ﬀ ı')), strfn('ToUpper', gs('hello')), strfn('ToUpper', gs('HELLO')), strfn('ToUpper', ('"\\xffa"', '"\\xff" "a"sv')),
    strfn('ToLower', gs('HÉLLO ΣΑΣ Ǆ İ K')), strfn('ToLower', gs('ABC-xyz')), strfn('ToLower', gs('ÀÉÎÕÜ Ωμέγα ДОБРЫЙ')), strfn('ToUpper', gs('добрый день µ ÿ')),
    strfn('Title', gs('hello wörld-foo_bar 9lives ünïcode')), strfn('Title', gs('ǆemal ǉ')), strfn('Title', gs('')),
    strfn('Replace', gs('aaaa'), gs('a'), gs('b'), gi(2)), strfn('Replace', gs('abc'), gs(''), gs('-'), gi(-1)), strfn('Replace', gs('héllo'), gs(''), gs('|'), gi(3)),
    strfn('Replace', gs('abc'), gs('x'), gs('y'), gi(-1)), strfn('Replace', gs('abab'), gs('ab'), gs(''), gi(-1)), strfn('Replace', gs('aaa'), gs('a'), gs('a'), gi(-1)),
    strfn('ReplaceAll', gs('one two one'), gs('one'), gs('1')), strfn('ReplaceAll', gs(''), gs(''), gs('x')),
    strfn('Repeat', gs('ab'), gi(3)), strfn('Repeat', gs(''), gi(5)), strfn('Repeat', gs('x'), gi(0)),
    strfn('TrimSpace', gs('\u00a0 x y \u3000\t')), strfn('TrimSpace', gs('   ')), strfn('TrimSpace', ('"\\xff "', '"\\xff "sv')),
    strfn('Trim', gs('xxhixx'), gs('x')), strfn('Trim', gs('¡¡hi!!'), gs('!¡')), strfn('Trim', gs('abc'), gs('')), strfn('Trim', gs('  a  '), gs(' ')),
    strfn('Trim', ('"\\xffa\\xff"', '"\\xff" "a\\xff"sv'), gs('\ufffd')), strfn('TrimLeft', gs('aabcaa'), gs('a')), strfn('TrimRight', gs('aabcaa'), gs('a')),
    strfn('TrimPrefix', gs('prefix-x'), gs('prefix-')), strfn('TrimPrefix', gs('x'), gs('y')), strfn('TrimSuffix', gs('file.go'), gs('.go')), strfn('TrimSuffix', gs('a'), gs('ab')),
    intfn('strings', 'Index', gs('chicken'), gs('ken')), intfn('strings', 'Index', gs('chicken'), gs('dmr')), intfn('strings', 'Index', gs('abc'), gs('')),
    intfn('strings', 'LastIndex', gs('go gopher'), gs('go')), intfn('strings', 'LastIndex', gs('go'), gs('')), intfn('strings', 'LastIndex', gs('x'), gs('y')),
    intfn('strings', 'Count', gs('cheese'), gs('e')), intfn('strings', 'Count', gs('five'), gs('')), intfn('strings', 'Count', gs('héllo'), gs('')), intfn('strings', 'Count', gs('aaaa'), gs('aa')),
    intfn('strings', 'IndexByte', gs('golang'), ("'l'", "'l'")), intfn('strings', 'IndexRune', gs('chicken'), ("'k'", "'k'")), intfn('strings', 'IndexRune', gs('a\ufffd'), ('0xFFFD', '0xFFFD')),
    intfn('strings', 'IndexAny', gs('golang'), gs('ny')), intfn('strings', 'LastIndexByte', gs('golang'), ("'g'", "'g'")),
    boolfn('strings', 'Contains', gs('seafood'), gs('foo')), boolfn('strings', 'Contains', gs(''), gs('')), boolfn('strings', 'ContainsRune', gs('aardvark'), ("97", "97")),
    boolfn('strings', 'ContainsAny', gs('failure'), gs('ui')), boolfn('strings', 'ContainsAny', gs('x'), gs('')),
    boolfn('strings', 'HasPrefix', gs('golang'), gs('go')), boolfn('strings', 'HasSuffix', gs('golang'), gs('ng')), boolfn('strings', 'HasPrefix', gs('go'), gs('golang')),
    boolfn('strings', 'EqualFold', gs('Go'), gs('GO')), boolfn('strings', 'EqualFold', gs('σς'), gs('ΣΣ')), boolfn('strings', 'EqualFold', gs('k'), gs('\u212a')), boolfn('strings', 'EqualFold', gs('a'), gs('ab')),
    (('strings.Join([]string{"a", "b", "c"}, ", ")'), 'Join({"a"sv, "b"sv, "c"sv}, ", "sv)'), (('strings.Join([]string{}, ", ")'), 'Join({}, ", "sv)'), (('strings.Join([]string{"x"}, "-")'), 'Join({"x"sv}, "-"sv)'),
])

def sc(name, *args):
    go, cpp = call('strconv.' + name, name, *args); return (go, cpp)
def ffl(v, fmt_, prec, bits):
    g, c = fv(v)
    return ("strconv.FormatFloat(%s, '%s', %d, %d)" % (g, fmt_, prec, bits), "FormatFloat(%s, '%s', %d, %d)" % (c, fmt_, prec, bits))
lgroup('strconv', [
    sc('Itoa', gi(0)), sc('Itoa', gi(-42)), sc('Itoa', ('math.MinInt64', 'INT64_MIN')), sc('Itoa', ('math.MaxInt64', 'INT64_MAX')),
    sc('FormatInt', gi(-255), gi(16)), sc('FormatInt', gi(35), gi(36)), sc('FormatInt', ('math.MinInt64', 'INT64_MIN'), gi(2)), sc('FormatInt', gi(100), gi(7)),
    sc('FormatUint', ('math.MaxUint64', 'UINT64_MAX'), gi(2)), sc('FormatUint', ('math.MaxUint64', 'UINT64_MAX'), gi(10)), sc('FormatUint', gi(0), gi(36)),
    ffl(0.1, 'e', -1, 64), ffl(0.1, 'f', -1, 32), ffl(123456.789, 'g', 3, 64), ffl(1e-7, 'G', -1, 64), ffl(1.0, 'b', -1, 64), ffl(1.5, 'x', -1, 64),
    ffl(2.675, 'f', 2, 64), ffl(1234.5678, 'e', 0, 64), ffl(0.0, 'g', -1, 64), ffl('-0', 'f', 3, 64), ffl(1e21, 'f', -1, 64), ffl(1e21, 'g', -1, 64),
    ffl(3.0, 'f', -1, 64), ffl(1e6, 'e', -1, 32), ffl(0.000123, 'g', 2, 64), ffl(123.0, 'g', 2, 64), ffl(100.0, 'g', 3, 64), ffl(5e-324, 'e', -1, 64), ffl(5e-324, 'g', 20, 64),
    ffl(0.1, 'f', 25, 32), ffl(16777217.0, 'f', -1, 32), ffl(1.0, 'X', 3, 64), ffl(0.3, 'e', 20, 64), ffl(1.5, 'z', -1, 64), ffl(0.0, 'E', 2, 64),
    ffl('inf', 'g', -1, 64), ffl('-inf', 'f', 2, 64), ffl('nan', 'e', -1, 32),
    sc('FormatBool', ('true', 'true')), sc('FormatBool', ('false', 'false')),
    sc('Quote', gs('héllo\n\x00\u263a\u2028"\\')), sc('Quote', ('"a\\xffb"', '"a\\xff" "b"sv')), sc('Quote', gs('\U0001F600\u00ad\x7f\t')), sc('Quote', gs('')),
    sc('QuoteRune', ("'☺'", "0x263A")), sc('QuoteRune', ("'\\a'", '7')), sc('QuoteRune', ("0xD800", "0xD800")), sc('QuoteRune', ("'\\''", "'\\''")), sc('QuoteRune', ("'\"'", "'\"'")), sc('QuoteRune', ("-1", "-1")),
    sc('QuoteToASCII', gs('héllo ☺ \U0001F600')), sc('QuoteRuneToASCII', ("'☺'", "0x263A")),
    boolfn('strconv', 'IsPrint', ("0x263A", "0x263A")), boolfn('strconv', 'IsPrint', ("0xAD", "0xAD")), boolfn('strconv', 'IsPrint', ("0x378", "0x378")), boolfn('strconv', 'IsPrint', ("0x1F600", "0x1F600")),
    boolfn('strconv', 'IsPrint', ("0xE0001", "0xE0001")), boolfn('strconv', 'IsPrint', ("0x10FFFF", "0x10FFFF")), boolfn('strconv', 'IsPrint', ("0x3000", "0x3000")), boolfn('strconv', 'IsPrint', ("0x2F", "0x2F")),
    boolfn('strconv', 'CanBackquote', gs('a`b')), boolfn('strconv', 'CanBackquote', gs('a\tb')), boolfn('strconv', 'CanBackquote', gs('\ufeff')),
])

def mb(gofn, cppfn, *args):  # float result as bits
    goargs = ', '.join(a[0] for a in args); cargs = ', '.join(a[1] for a in args)
    return ('strconv.FormatUint(math.Float64bits(%s(%s)), 16)' % (gofn, goargs), 'bitsHex(%s(%s))' % (cppfn, cargs))
def mathcases():
    cs = []
    xs = [0.5, 1.0, 2.0, 2.5, 3.0, 10.0, 0.1, 1e-10, 123.456, 700.0, 709.78, 710.0, -1.0, -745.2, -750.0, 1e-310, 'inf', '-inf', 'nan', 0.0, '-0']
    for x in xs:
        cs.append(mb('math.Exp', 'mgo_math_Exp', fv(x)))
    for x in [0.5, 1.0, 2.0, 10.0, 0.1, 1e-300, 1e300, 123.456, 1e-310, 0.7, 0.75, 'inf', 'nan', 0.0, -1.0, '-0']:
        cs.append(mb('math.Log', 'mgo_math_Log', fv(x)))
        cs.append(mb('math.Log2', 'mgo_math_Log2', fv(x)))
        cs.append(mb('math.Log10', 'mgo_math_Log10', fv(x)))
    for x, y in [(1.1, 10.0), (2.0, 0.5), (2.0, 10.0), (10.0, -2.0), (1.5, 2.5), (2.0, -1074.0), (2.0, 1024.0), (-2.0, 3.0), (-2.0, 0.5), (0.0, -1.0), ('-0', -3.0), ('-0', 3.0), (0.0, 2.0),
                 ('inf', -1.0), ('-inf', 3.0), ('-inf', 2.0), (-1.0, 'inf'), (0.5, 'inf'), (2.0, '-inf'), ('nan', 0.0), (1.0, 'nan'), (7.0, 1e20), (3.0, 1.0/3), (1.0000001, 1e9), (9.0, -0.5), (123.456, 7.89), (2.0, 0.1)]:
        cs.append(mb('math.Pow', 'mgo_math_Pow', fv(x), fv(y)))
    for x in [0.0, '-0', 0.5, 1.0, 2.0, 3.141592653589793, 10.0, 100.0, 1e6, 1e9, 1e22, 1e300, -2.5, 'inf', 'nan', 0.7853981633974483, 1.5707963267948966]:
        cs.append(mb('math.Sin', 'mgo_math_Sin', fv(x)))
        cs.append(mb('math.Cos', 'mgo_math_Cos', fv(x)))
        cs.append(mb('math.Tan', 'mgo_math_Tan', fv(x)))
    for x in [27.0, 2.0, -8.0, 1e-310, 0.001, 1e300, 'inf', '-0', 'nan', 10.0]:
        cs.append(mb('math.Cbrt', 'mgo_math_Cbrt', fv(x)))
    for x, y in [(3.0, 4.0), (1e300, 1e300), (0.0, 0.0), ('inf', 'nan'), ('nan', 1.0), (-5.0, 12.0), (1e-320, 1e-320), (1.0, 1e-20)]:
        cs.append(mb('math.Hypot', 'mgo_math_Hypot', fv(x), fv(y)))
    for x, y in [(7.0, 3.0), (-7.0, 3.0), (7.0, -3.0), (1e300, 3.0), (5.5, 0.0), ('inf', 1.0), (1.0, 'inf'), (0.1, 0.03), ('-0', 1.0)]:
        cs.append(mb('math.Mod', 'mgo_math_Mod', fv(x), fv(y)))
    for x, y in [(1.0, 2.0), ('-0', 0.0), (0.0, '-0'), ('nan', 1.0), ('inf', 'nan'), ('-inf', 'nan')]:
        cs.append(mb('math.Max', 'mgo_math_Max', fv(x), fv(y)))
        cs.append(mb('math.Min', 'mgo_math_Min', fv(x), fv(y)))
    return cs
lgroup('math', mathcases())
