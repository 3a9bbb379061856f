// runtime_fmt_print_test.cpp — fmt's Print / Println / Printf (stdout, byte counts, one write(2)
// per call even from concurrent threads), values whose text contains addresses (%p, pointers below
// the top level, %x/%d of pointers), maps big enough for the malloc'd / merge-sort paths, and the
// print/println builtins (stderr, Go's runtime formats). Expected texts come from Go 1.19 runs of
// the snippets quoted in the comments; address digits are computed from the actual pointers.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <limits>
#include <thread>

#include "runtime_fmt_support.h"

using namespace fmttest;

namespace {

std::string hexAddr(const void* p) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(p)));
  return buf;
}

mgo_type tFunc = makeType(MGO_FUNC, 8, "func()", 0);
mgo_type tIntSlicePtr = ptrTo(&tIntSlice, "*[]int");
mgo_type tMapStringIntPtr = ptrTo(&tMapStringInt, "*map[string]int");
mgo_type tRuneSlice = sliceOf(&tInt32, "[]int32");

mgo_slice boxSliceOf(mgo_eface e) { return *static_cast<mgo_slice*>(e.data); }

}  // namespace

TEST_CASE("fmt: Print, Println, Printf write to stdout and return the byte count") {
  int64_t n = 0;
  // Go: n, _ := fmt.Print("a", 1, 2, "b\n")  -> "a1 2b\n", n == 6
  std::string out = capture(1, [&] {
    std::vector<mgo_eface> a = {S("a"sv), I(1), I(2), S("b\n"sv)};
    n = mgo_fmt_print(a.data(), int64_t(a.size()));
  });
  CHECK(out == "a1 2b\n");
  CHECK(n == 6);
  // Go: fmt.Println("x", 1.5, nil, []int{1}, map[string]int{"k": 1})  -> 25 bytes
  out = capture(1, [&] {
    mgo_map* m = makeMap(tMapStringInt);
    mapPut(tMapStringInt, m, gostr("k"), int64_t(1));
    std::vector<mgo_eface> a = {S("x"sv), F(1.5), Nil(), Ints({1}), box(tMapStringInt, m)};
    n = mgo_fmt_println(a.data(), int64_t(a.size()));
  });
  CHECK(out == "x 1.5 <nil> [1] map[k:1]\n");
  CHECK(n == 25);
  // Go: fmt.Printf("%5.2f|%s|%v\n", math.Pi, "hi", Point{1, 2})  -> " 3.14|hi|{1 2}\n", 15
  out = capture(1, [&] {
    std::vector<mgo_eface> a = {F(M_PI), S("hi"sv), PointV(1, 2)};
    std::string f = "%5.2f|%s|%v\n";
    n = mgo_fmt_printf(reinterpret_cast<const uint8_t*>(f.data()), int64_t(f.size()), a.data(), int64_t(a.size()));
  });
  CHECK(out == " 3.14|hi|{1 2}\n");
  CHECK(n == 15);
  // Go: fmt.Print() -> nothing, 0
  out = capture(1, [&] { n = mgo_fmt_print(nullptr, 0); });
  CHECK(out.empty());
  CHECK(n == 0);
}

TEST_CASE("fmt: concurrent Println calls never interleave within a line") {
  char path[] = "/tmp/mgo_fmt_concurrent_XXXXXX";
  int fd = mkstemp(path);
  REQUIRE(fd >= 0);
  int saved = dup(1);
  dup2(fd, 1);
  constexpr int kThreads = 8, kLines = 300;
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([t] {
      // (No arena helpers here: they are not thread-safe.)
      std::string word(700, char('a' + t));  // longer than the inline buffer: the malloc path
      mgo_string ws{reinterpret_cast<const uint8_t*>(word.data()), int64_t(word.size())};
      int64_t tv = t;
      for (int64_t i = 0; i < kLines; ++i) {
        mgo_eface a[3] = {{&tInt, &tv}, {&tString, &ws}, {&tInt, &i}};
        mgo_fmt_println(a, 3);
      }
    });
  }
  for (auto& th : threads) th.join();
  dup2(saved, 1);
  close(saved);
  FILE* f = fdopen(fd, "r");
  REQUIRE(f != nullptr);
  std::rewind(f);
  int lines = 0, good = 0;
  char buf[4096];
  while (std::fgets(buf, sizeof buf, f)) {
    ++lines;
    int t = buf[0] - '0';
    std::string expectPrefix = std::to_string(t) + " " + std::string(700, char('a' + t)) + " ";
    if (std::string(buf).rfind(expectPrefix, 0) == 0) ++good;
  }
  std::fclose(f);
  unlink(path);
  CHECK(lines == kThreads * kLines);
  CHECK(good == lines);
}

TEST_CASE("fmt: pointers, %p and values whose text holds addresses") {
  mgo_eface p = PointPtr(1, 2);
  void* addr = *static_cast<void**>(p.data);
  std::string hex = hexAddr(addr);
  CHECK(Sprintf("%p"sv, {p}) == hex);
  CHECK(Sprintf("%#p"sv, {p}) == hex.substr(2));
  CHECK(Sprintf("%x|%#x|%X"sv, {p, p, p}) == "&{1 2}|&{0x1 0x2}|&{1 2}");  // Go: &{...} at depth 0
  CHECK(Sprintf("%v"sv, {box(tIntPtr, keep(int64_t(5)))}).rfind("0x", 0) == 0);
  mgo_eface ip = box(tIntPtr, keep(int64_t(5)));
  void* iaddr = *static_cast<void**>(ip.data);
  CHECK(Sprintf("%v|%d|%x|%#v"sv, {ip, ip, ip, ip}) ==
        hexAddr(iaddr) + "|" + std::to_string(reinterpret_cast<uintptr_t>(iaddr)) + "|" + hexAddr(iaddr).substr(2) +
            "|(*int)(" + hexAddr(iaddr) + ")");
  // Pointers below the top level print as addresses.
  mgo_eface ps = box(tPointPtrSlice, sliceData<Point*>({static_cast<Point*>(addr)}));
  CHECK(Sprintf("%v|%+v"sv, {ps, ps}) == "[" + hex + "]|[" + hex + "]");
  // Go: fmt.Sprintf("%t", []*Point{p}) -> [%!t(*main.Point=&{1 2})] (badVerb prints at depth 0)
  CHECK(Sprintf("%t"sv, {ps}) == "[%!t(*main.Point=&{1 2})]");
  // Go: fmt.Sprintf("%s|%d|%x", p, p, &[]int{10, 11}) -> &{%!s(int=1) %!s(int=2)}|&{1 2}|&[a b]
  mgo_eface sp = box(tIntSlicePtr, keep(boxSliceOf(Ints({10, 11}))));
  CHECK(Sprintf("%s|%d|%x"sv, {p, p, sp}) == "&{%!s(int=1) %!s(int=2)}|&{1 2}|&[a b]");
  // Go: fmt.Sprintf("%v", &map[string]int{"a": 1}) -> &map[a:1]
  mgo_map* m = makeMap(tMapStringInt);
  mapPut(tMapStringInt, m, gostr("a"), int64_t(1));
  CHECK(Sprintf("%v"sv, {box(tMapStringIntPtr, keep(m))}) == "&map[a:1]");
  CHECK(Sprintf("%p"sv, {box(tMapStringInt, m)}) == hexAddr(m));
  // Go: fmt.Sprintf("%v|%p|%v|%#v|%v", (*int)(nil), []int(nil), (func())(nil), (func())(nil),
  //     map[string]int(nil)) -> <nil>|0x0|<nil>|(func())(nil)|map[]
  CHECK(Sprintf("%v|%p|%v|%#v|%v"sv, {NilOf(tIntPtr), NilSlice(tIntSlice), NilOf(tFunc), NilOf(tFunc),
                                      NilOf(tMapStringInt)}) == "<nil>|0x0|<nil>|(func())(nil)|map[]");
  mgo_eface ints = Ints({1, 2});
  CHECK(Sprintf("%p"sv, {ints}) == hexAddr(static_cast<mgo_slice*>(ints.data)->ptr));
  // A func value prints the code pointer of its closure.
  static void* closure[1] = {reinterpret_cast<void*>(&hexAddr)};
  CHECK(Sprintf("%v|%p"sv, {box(tFunc, static_cast<void*>(closure)), box(tFunc, static_cast<void*>(closure))}) ==
        hexAddr(closure[0]) + "|" + hexAddr(closure[0]));
  // A struct's pointer field holding a value prints an address, a nil one <nil>.
  T* next = keep(T{gostr("n"), 1, mgo_slice{}, Point{0, 0}, Nil(), nullptr});
  mgo_eface t = box(tT, T{gostr("a"), 2, mgo_slice{}, Point{0, 0}, Nil(), next});
  CHECK(Sprintf("%v"sv, {t}) == "{a 2 [] {0 0} <nil> " + hexAddr(next) + "}");
  CHECK(Sprintf("%+v"sv, {t}) == "{Name:a Age:2 tags:[] P:{X:0 Y:0} Any:<nil> Next:" + hexAddr(next) + "}");
  CHECK(Sprintf("%#v"sv, {t}) == "main.T{Name:\"a\", Age:2, tags:[]string(nil), P:main.Point{X:0, Y:0}, "
                                  "Any:interface {}(nil), Next:(*main.T)(" + hexAddr(next) + ")}");
}

TEST_CASE("fmt: more composite forms (expected strings from Go 1.19)") {
  // Go: fmt.Sprintf("%v|%d", error(nil), []any{nil, 1}) -> <nil>|[<nil> 1]
  CHECK(Sprintf("%v|%d"sv, {Nil(), Anys({Nil(), I(1)})}) == "<nil>|[<nil> 1]");
  // Go: fmt.Sprintf("%+v", &[]Point{{1, 2}}) -> &[{X:1 Y:2}]
  mgo_eface pts = box(tPointSlice, sliceData<Point>({{1, 2}}));
  mgo_type tPointSlicePtr = ptrTo(&tPointSlice, "*[]main.Point");
  CHECK(Sprintf("%+v"sv, {box(tPointSlicePtr, keep(*static_cast<mgo_slice*>(pts.data)))}) == "&[{X:1 Y:2}]");
  // Go: fmt.Sprintf("%08.3f|%-08.3f|%+08d|%x|%X", -1.5, -1.5, 12, "héllo", []string{"ab", "c"})
  CHECK(Sprintf("%08.3f|%-08.3f|%+08d|%x|%X"sv, {F(-1.5), F(-1.5), I(12), S("héllo"sv), Strings({"ab"sv, "c"sv})}) ==
        "-001.500|-1.500  |+0000012|68c3a96c6c6f|[6162 63]");
  // Go: fmt.Sprintf("%6.3v|%.2v|%10.4v|", "abcdef", []string{"abc", "de"}, 3.14159265)
  CHECK(Sprintf("%6.3v|%.2v|%10.4v|"sv, {S("abcdef"sv), Strings({"abc"sv, "de"sv}), F(3.14159265)}) ==
        "   abc|[ab de]|     3.142|");
  // Go: fmt.Sprintf("%c|%U|%q", 'x', 'x', []int32{65, 66}) -> x|U+0078|['A' 'B']
  CHECK(Sprintf("%c|%U|%q"sv, {I32('x'), I32('x'), box(tRuneSlice, sliceData<int32_t>({65, 66}))}) ==
        "x|U+0078|['A' 'B']");
}

TEST_CASE("fmt: maps beyond the small-map paths are sorted like Go") {
  // Go: big := map[int]string{}; for i := 0; i < 100; i++ { big[(i*37)%101] = fmt.Sprint(i) }
  //     s := fmt.Sprint(big) -> len 585, s[:60], s[len(s)-40:] below
  mgo_map* big = makeMap(tMapIntString);
  for (int64_t i = 0; i < 100; ++i) mapPut(tMapIntString, big, (i * 37) % 101, gostr(std::to_string(i)));
  std::string s = Sprint({box(tMapIntString, big)});
  CHECK(s.size() == 585);
  CHECK(s.substr(0, 60) == "map[0:0 1:71 2:41 3:11 4:82 5:52 6:22 7:93 8:63 9:33 10:3 11");
  CHECK(s.substr(s.size() - 40) == ":8 95:79 96:49 97:19 98:90 99:60 100:30]");
  // Go: m[fmt.Sprintf("k%03d", (i*7)%40)] = i for i < 40; fmt.Sprint(m)[:80]
  mgo_map* m = makeMap(tMapStringInt);
  for (int64_t i = 0; i < 40; ++i) {
    char key[8];
    std::snprintf(key, sizeof key, "k%03d", int((i * 7) % 40));
    mapPut(tMapStringInt, m, gostr(key), i);
  }
  CHECK(Sprint({box(tMapStringInt, m)}).substr(0, 80) ==
        "map[k000:0 k001:23 k002:6 k003:29 k004:12 k005:35 k006:18 k007:1 k008:24 k009:7 ");
}

TEST_CASE("print builtins: Go's runtime formats on stderr, one write per locked call") {
  // Go: println(1.5, -0.0, 1e100, math.NaN(), math.Inf(1), math.Inf(-1), 0.1, 123456789.0, 5e-324,
  //     1.0, 9.9999999)
  std::string err = capture(2, [] {
    mgo_print_lock();
    const double vs[] = {1.5, 0.0, 1e100, std::nan(""), INFINITY, -INFINITY, 0.1, 123456789.0, 5e-324, 1.0, 9.9999999};
    for (size_t i = 0; i < std::size(vs); ++i) {
      if (i) mgo_print_space();
      mgo_print_float(vs[i]);
    }
    mgo_print_newline();
    mgo_print_unlock();
  });
  CHECK(err == "+1.500000e+000 +0.000000e+000 +1.000000e+100 NaN +Inf -Inf +1.000000e-001 +1.234568e+008 "
               "+4.940656e-324 +1.000000e+000 +1.000000e+001\n");
  // Go: println(true, false, -42, uint64(math.MaxUint64), int64(math.MinInt64), "str", float32(0.1))
  err = capture(2, [] {
    mgo_print_lock();
    mgo_print_bool(true);
    mgo_print_space();
    mgo_print_bool(false);
    mgo_print_space();
    mgo_print_int(-42);
    mgo_print_space();
    mgo_print_uint(UINT64_MAX);
    mgo_print_space();
    mgo_print_int(INT64_MIN);
    mgo_print_space();
    mgo_print_string(reinterpret_cast<const uint8_t*>("str"), 3);
    mgo_print_space();
    mgo_print_float(double(0.1f));
    mgo_print_newline();
    mgo_print_unlock();
  });
  CHECK(err == "true false -42 18446744073709551615 -9223372036854775808 str +1.000000e-001\n");
  // Go: var p *int; println(p) -> 0x0; slices print [len/cap]0xaddr; print("no", "space", 1, 2, "\n")
  int64_t arr[4];
  err = capture(2, [&] {
    mgo_print_lock();
    mgo_print_pointer(nullptr);
    mgo_print_space();
    mgo_print_slice(arr, 3, 4);
    mgo_print_newline();
    mgo_print_lock();  // recursive: an inner locked call stays inside the outer one
    mgo_print_string(reinterpret_cast<const uint8_t*>("nospace"), 7);
    mgo_print_int(1);
    mgo_print_int(2);
    mgo_print_unlock();
    mgo_print_newline();
    mgo_print_unlock();
  });
  CHECK(err == "0x0 [3/4]" + hexAddr(arr) + "\nnospace12\n");
  // Outside a lock, output goes straight to stderr.
  err = capture(2, [] { mgo_print_hex(0x1f); });
  CHECK(err == "0x1f");
}
