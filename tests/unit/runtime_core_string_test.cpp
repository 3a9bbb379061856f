// runtime_core_string_test.cpp — strings and slices (runtime/string.cpp, slice.cpp, utf8.h):
// UTF-8 decoding and encoding exactly as Go 1.19 (expected values printed by Go programs quoted
// next to each check), conversions, concatenation, comparison, and append growth (growslice)
// capacities against Go 1.19, make/copy semantics.
#include <doctest/doctest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <cstring>
#include <string>
#include <vector>

#include "runtime/abi.h"
#include "runtime/runtime_internal.h"

namespace {

struct Init {
  Init() { mgo_runtime_init(nullptr, 0, nullptr); }
} init;

std::string text(mgo_string s) { return std::string(reinterpret_cast<const char*>(s.ptr), size_t(s.len)); }
mgo_string lit(const std::string& s) {
  auto* p = static_cast<uint8_t*>(mgo_alloc_bytes(s.size(), true));
  std::memcpy(p, s.data(), s.size());
  return mgo_string{p, int64_t(s.size())};
}

mgo_type elemType(uint64_t size, bool pointers, const char* name) {
  return mgo_type{size, uint32_t(size >= 8 ? 8 : (size ? size : 1)), MGO_STRUCT,
                  uint8_t(pointers ? 0 : MGO_TFLAG_NOPOINTERS), 0, name, nullptr, nullptr, 0, nullptr, 0, 0,
                  nullptr, nullptr, 0};
}

// The sequence of distinct capacities seen while appending one element at a time, as Go's
// `for i := 0; i < n; i++ { s = append(s, x); if cap(s) != last { ... } }`.
std::vector<int64_t> growthSequence(const mgo_type* elem, int64_t n) {
  mgo_slice s{nullptr, 0, 0};
  std::vector<int64_t> caps;
  for (int64_t i = 0; i < n; i++) {
    if (s.len + 1 > s.cap) {
      mgo_slice grown;
      mgo_growslice(&grown, elem, s.ptr, s.len, s.cap, s.len + 1);
      CHECK(grown.len == s.len);
      s = grown;
      caps.push_back(s.cap);
    }
    s.len++;
  }
  return caps;
}

std::string childStderr(void (*fn)(), int* status) {
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  pid_t pid = fork();
  if (pid == 0) {
    dup2(fds[1], 2);
    close(fds[0]);
    fn();
    _exit(0);
  }
  close(fds[1]);
  std::string out;
  char buf[512];
  ssize_t n;
  while ((n = read(fds[0], buf, sizeof buf)) > 0) out.append(buf, size_t(n));
  close(fds[0]);
  int st = 0;
  waitpid(pid, &st, 0);
  *status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return out;
}

const std::string kMixed =
    "a\xff" "b\xc0\x80" "c\xe0\x80\x80" "d\xed\xa0\x80" "e\xf4\x90\x80\x80" "f\xf0\x9f\x98\x80" "g\xe2\x82" "h\xc3";

}  // namespace

TEST_CASE("for range over a string decodes like Go (invalid bytes: U+FFFD, width 1)") {
  // Go 1.19: for i, r := range s { fmt.Print(i, ":", r, " ") } with s = kMixed prints
  const char* expected =
      "0:97 1:65533 2:98 3:65533 4:65533 5:99 6:65533 7:65533 8:65533 9:100 10:65533 11:65533 "
      "12:65533 13:101 14:65533 15:65533 16:65533 17:65533 18:102 19:128512 23:103 24:65533 25:65533 "
      "26:104 27:65533 ";
  std::string got;
  auto* p = reinterpret_cast<const uint8_t*>(kMixed.data());
  int64_t len = int64_t(kMixed.size());
  for (int64_t i = 0; i < len;) {
    int64_t next;
    int32_t r = mgo_string_decode_rune(p, len, i, &next);
    got += std::to_string(i) + ":" + std::to_string(r) + " ";
    i = next;
  }
  CHECK(got == expected);
  // []rune(s) gives the same runes
  mgo_slice runes;
  mgo_runes_from_string(&runes, p, len);
  CHECK(runes.len == 25);
  CHECK(static_cast<int32_t*>(runes.ptr)[19] == 128512);
  CHECK(static_cast<int32_t*>(runes.ptr)[24] == 65533);
}

TEST_CASE("string(rune) encodes like Go; surrogates and out-of-range give U+FFFD") {
  // Go 1.19: fmt.Printf("%q ", string(rune(r))) for each r below (1<<32 as int64 is out of range)
  struct Case {
    int64_t r;
    const char* utf8;
  } cases[] = {{-1, "\xef\xbf\xbd"}, {0, nullptr}, {0x7f, "\x7f"}, {0x80, "\xc2\x80"},
               {0x7ff, "\xdf\xbf"}, {0x800, "\xe0\xa0\x80"}, {0xd7ff, "\xed\x9f\xbf"}, {0xd800, "\xef\xbf\xbd"},
               {0xdfff, "\xef\xbf\xbd"}, {0xe000, "\xee\x80\x80"}, {0xffff, "\xef\xbf\xbf"},
               {0x10000, "\xf0\x90\x80\x80"}, {0x10ffff, "\xf4\x8f\xbf\xbf"}, {0x110000, "\xef\xbf\xbd"},
               {int64_t(1) << 32, "\xef\xbf\xbd"}};
  for (auto& c : cases) {
    CAPTURE(c.r);
    std::string want = c.r == 0 ? std::string("\0", 1) : std::string(c.utf8);
    CHECK(text(mgo_string_from_rune(c.r)) == want);
  }
  // Go 1.19: fmt.Printf("%q", string([]rune{0x41, -1, 0xd800, 0x1F600, 0x110000})) -> "A��😀�"
  int32_t rs[] = {0x41, -1, 0xd800, 0x1F600, 0x110000};
  CHECK(text(mgo_string_from_runes(rs, 5, 5)) == "A\xef\xbf\xbd\xef\xbf\xbd\xf0\x9f\x98\x80\xef\xbf\xbd");
}

TEST_CASE("conversions between strings, byte slices and rune slices copy and size like Go") {
  mgo_string s = lit("héllo, 世界");
  mgo_slice b;
  mgo_bytes_from_string(&b, s.ptr, s.len);
  CHECK(b.len == s.len);
  CHECK(b.ptr != s.ptr);
  CHECK(std::memcmp(b.ptr, s.ptr, size_t(s.len)) == 0);
  static_cast<uint8_t*>(b.ptr)[0] = 'H';
  CHECK(text(s)[0] == 'h');  // a copy
  mgo_string back = mgo_string_from_bytes(static_cast<uint8_t*>(b.ptr), b.len, b.cap);
  CHECK(text(back) == "Héllo, 世界");
  static_cast<uint8_t*>(b.ptr)[1] = 'X';
  CHECK(text(back) == "Héllo, 世界");  // string(b) copies too
  CHECK(mgo_string_from_bytes(nullptr, 0, 0).len == 0);
  // Capacities of escaping conversions (Go 1.19, heap: rawbyteslice / rawruneslice):
  //   for _, n := range []int{0, 1, 5, 9, 33, 100, 1025} { s := string(make([]byte, n));
  //     b := []byte(s); r := []rune(s); sink(b, r); fmt.Print(cap(b), ",", cap(r), " ") }
  //   -> 0,0 8,2 8,6 16,12 48,36 112,104 1152,1216
  int64_t ns[] = {0, 1, 5, 9, 33, 100, 1025};
  int64_t capB[] = {0, 8, 8, 16, 48, 112, 1152}, capR[] = {0, 2, 6, 12, 36, 104, 1216};
  for (int i = 0; i < 7; i++) {
    std::vector<uint8_t> zeros(size_t(ns[i]) + 1, 0);
    mgo_slice bs, rs;
    mgo_bytes_from_string(&bs, zeros.data(), ns[i]);
    mgo_runes_from_string(&rs, zeros.data(), ns[i]);
    CAPTURE(ns[i]);
    CHECK(bs.cap == capB[i]);
    CHECK(rs.cap == capR[i]);
    CHECK(rs.len == ns[i]);
  }
}

TEST_CASE("concatenation, comparison and equality") {
  mgo_string parts[] = {lit("ab"), {nullptr, 0}, lit("c"), lit("")};
  CHECK(text(mgo_string_concat(parts, 4)) == "abc");
  mgo_string one[] = {{nullptr, 0}, lit("only")};
  mgo_string r = mgo_string_concat(one, 2);
  CHECK(r.ptr == one[1].ptr);  // Go returns the single non-empty operand itself
  CHECK(mgo_string_concat(parts + 1, 1).len == 0);
  auto cmp = [](const char* a, const char* b) {
    return mgo_string_compare(reinterpret_cast<const uint8_t*>(a), int64_t(std::strlen(a)),
                              reinterpret_cast<const uint8_t*>(b), int64_t(std::strlen(b)));
  };
  CHECK(cmp("a", "b") == -1);
  CHECK(cmp("b", "a") == 1);
  CHECK(cmp("ab", "a") == 1);
  CHECK(cmp("", "a") == -1);
  CHECK(cmp("abc", "abc") == 0);
  CHECK(cmp("\xff", "a") == 1);  // bytes compare unsigned
  CHECK(mgo_string_equal(reinterpret_cast<const uint8_t*>("xy"), 2, reinterpret_cast<const uint8_t*>("xyz"), 2));
  CHECK(!mgo_string_equal(reinterpret_cast<const uint8_t*>("xy"), 2, reinterpret_cast<const uint8_t*>("xz"), 2));
  CHECK(mgo_string_equal(nullptr, 0, reinterpret_cast<const uint8_t*>("a"), 0));
}

TEST_CASE("append growth capacities match Go 1.19 growslice") {
  // Go 1.19 (go run): append one element at a time, printing each new cap():
  //   []int (5000):  [1 2 4 8 16 32 64 128 256 512 848 1280 1792 2560 3408 5120]
  //   []byte (50000): [8 16 32 64 128 256 512 896 1408 2048 3072 4096 5376 6912 9472 12288 16384 21760 28672 40960 57344]
  //   []string (3000): [1 2 4 8 16 32 64 128 256 512 848 1280 1792 2560 3584]
  //   []struct{a, b, c int64} (3000): [1 2 4 8 16 32 64 128 256 512 853 1365 2048 3072]
  //   [][5]byte (3000): [1 3 6 12 25 51 102 204 409 819 1228 1894 2713 3686]
  //   []int32 (3000): [2 4 8 16 32 64 128 256 512 864 1344 2048 3072]
  mgo_type tInt = elemType(8, false, "int"), tByte = elemType(1, false, "uint8"), tString = elemType(16, true, "string");
  mgo_type t24 = elemType(24, false, "main.S24"), t5 = elemType(5, false, "[5]uint8"), t32 = elemType(4, false, "int32");
  CHECK(growthSequence(&tInt, 5000) == std::vector<int64_t>{1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560, 3408, 5120});
  CHECK(growthSequence(&tByte, 50000) == std::vector<int64_t>{8, 16, 32, 64, 128, 256, 512, 896, 1408, 2048, 3072, 4096, 5376,
                                                              6912, 9472, 12288, 16384, 21760, 28672, 40960, 57344});
  CHECK(growthSequence(&tString, 3000) == std::vector<int64_t>{1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560, 3584});
  CHECK(growthSequence(&t24, 3000) == std::vector<int64_t>{1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 853, 1365, 2048, 3072});
  CHECK(growthSequence(&t5, 3000) == std::vector<int64_t>{1, 3, 6, 12, 25, 51, 102, 204, 409, 819, 1228, 1894, 2713, 3686});
  CHECK(growthSequence(&t32, 3000) == std::vector<int64_t>{2, 4, 8, 16, 32, 64, 128, 256, 512, 864, 1344, 2048, 3072});
  // Bulk appends: s := make([]int, a); s = append(s, make([]int, b)...); fmt.Print(cap(s), " ") for
  // {0,5} {3,4} {3,7} {10,1} {10,11} {10,25} {300,1} {300,500} {1000,1} {1000,3000}
  //   -> 6 8 10 20 22 36 608 816 1536 4096
  int64_t bulk[][2] = {{0, 5}, {3, 4}, {3, 7}, {10, 1}, {10, 11}, {10, 25}, {300, 1}, {300, 500}, {1000, 1}, {1000, 3000}};
  int64_t want[] = {6, 8, 10, 20, 22, 36, 608, 816, 1536, 4096};
  for (int i = 0; i < 10; i++) {
    mgo_slice s;
    mgo_make_slice(&s, &tInt, bulk[i][0], bulk[i][0]);
    mgo_slice grown;
    mgo_growslice(&grown, &tInt, s.ptr, s.len, s.cap, bulk[i][0] + bulk[i][1]);
    CAPTURE(i);
    CHECK(grown.cap == want[i]);
  }
}

TEST_CASE("growslice copies old elements and zeroes the rest; make and copy") {
  mgo_type tInt = elemType(8, false, "int");
  mgo_slice s;
  mgo_make_slice(&s, &tInt, 3, 3);
  for (int i = 0; i < 3; i++) static_cast<int64_t*>(s.ptr)[i] = i + 1;
  mgo_slice g;
  mgo_growslice(&g, &tInt, s.ptr, s.len, s.cap, 4);
  CHECK(g.cap == 6);
  auto* e = static_cast<int64_t*>(g.ptr);
  CHECK((e[0] == 1 && e[1] == 2 && e[2] == 3 && e[3] == 0 && e[4] == 0 && e[5] == 0));
  // copy handles overlap like memmove and returns min(len)
  int64_t a[6] = {1, 2, 3, 4, 5, 6};
  CHECK(mgo_slice_copy(a + 1, 5, a, 6, 8) == 5);
  CHECK((a[0] == 1 && a[1] == 1 && a[2] == 2 && a[5] == 5));
  CHECK(mgo_slice_copy(a, 0, a + 1, 5, 8) == 0);
  // zero-size elements: non-nil pointer
  mgo_type empty = elemType(0, false, "struct {}");
  mgo_slice z;
  mgo_make_slice(&z, &empty, 10, 10);
  CHECK(z.ptr != nullptr);
  mgo_growslice(&g, &empty, z.ptr, 10, 10, 11);
  CHECK((g.ptr != nullptr && g.cap == 11));
}

TEST_CASE("make panics with Go's messages") {
  int status = 0;
  std::string err = childStderr([] {
    mgo_type tInt = elemType(8, false, "int");
    mgo_slice s;
    mgo_make_slice(&s, &tInt, -1, 5);
  }, &status);
  CHECK(status == 2);
  CHECK(err.rfind("panic: runtime error: makeslice: len out of range\n\ngoroutine 1 [running]:\n", 0) == 0);
  err = childStderr([] {
    mgo_type tInt = elemType(8, false, "int");
    mgo_slice s;
    mgo_make_slice(&s, &tInt, 5, 2);
  }, &status);
  CHECK(err.rfind("panic: runtime error: makeslice: cap out of range\n", 0) == 0);
  err = childStderr([] {
    mgo_type tInt = elemType(8, false, "int");
    mgo_slice s;
    mgo_make_slice(&s, &tInt, int64_t(1) << 60, int64_t(1) << 60);
  }, &status);
  CHECK(err.rfind("panic: runtime error: makeslice: len out of range\n", 0) == 0);
}
