// runtime_core_map_test.cpp — Go maps (runtime/map.cpp, hash.cpp): insert / lookup / delete /
// iterate with 1M keys, a randomized comparison with std::unordered_map, key kinds (strings,
// floats with +0 == -0 and NaN != NaN, structs with padding, arrays, interfaces), nil maps, and
// Go's iteration guarantees under deletion and insertion during a range loop.
#include <doctest/doctest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <cmath>
#include <cstring>
#include <map>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "runtime/abi.h"
#include "runtime/runtime_internal.h"

namespace {

struct Init {
  Init() { mgo_runtime_init(nullptr, 0, nullptr); }
} init;

constexpr uint8_t kPlain = MGO_TFLAG_NOPOINTERS | MGO_TFLAG_COMPARABLE;

mgo_type basic(uint64_t size, uint8_t kind, const char* name, uint8_t flags = kPlain) {
  return mgo_type{size, uint32_t(size ? size : 1), kind, flags, 0, name, nullptr, nullptr, 0, nullptr, 0, 0, nullptr, nullptr, 0};
}
const mgo_type kInt = basic(8, MGO_INT, "int");
const mgo_type kInt8 = basic(1, MGO_INT8, "int8");
const mgo_type kInt32 = basic(4, MGO_INT32, "int32");
const mgo_type kFloat64 = basic(8, MGO_FLOAT64, "float64");
const mgo_type kString = [] {
  mgo_type t = basic(16, MGO_STRING, "string", MGO_TFLAG_COMPARABLE);
  t.align = 8;
  return t;
}();
const mgo_type kIntSlice = [] {
  mgo_type t = basic(24, MGO_SLICE, "[]int", 0);
  t.align = 8;
  t.elem = &kInt;
  return t;
}();
const mgo_type kAny = [] {
  mgo_type t = basic(16, MGO_INTERFACE, "interface {}", MGO_TFLAG_COMPARABLE);
  t.align = 8;
  return t;
}();

mgo_type mapType(const mgo_type* key, const mgo_type* value) {
  mgo_type t = basic(8, MGO_MAP, "map", 0);
  t.key = key;
  t.elem = value;
  return t;
}
const mgo_type kMapIntInt = mapType(&kInt, &kInt);
const mgo_type kMapStringInt = mapType(&kString, &kInt);
const mgo_type kMapFloatInt = mapType(&kFloat64, &kInt);
const mgo_type kMapAnyInt = mapType(&kAny, &kInt);
const mgo_type kMapInt32String = mapType(&kInt32, &kString);

// struct { a int8; b int64 } (7 bytes of padding) and struct { a int8; _ int8; c int32 }
const mgo_field kPaddedFields[] = {{"a", &kInt8, 0, 0, 0}, {"b", &kInt, 8, 0, 0}};
const mgo_type kPadded = [] {
  mgo_type t = basic(16, MGO_STRUCT, "main.padded");
  t.align = 8;
  t.len = 2;
  t.fields = kPaddedFields;
  return t;
}();
const mgo_field kBlankFields[] = {{"a", &kInt8, 0, 0, 0}, {"_", &kInt8, 1, 0, 0}, {"c", &kInt32, 4, 0, 0}};
const mgo_type kWithBlank = [] {
  mgo_type t = basic(8, MGO_STRUCT, "main.blank");
  t.align = 4;
  t.len = 3;
  t.fields = kBlankFields;
  return t;
}();
const mgo_type kMapPaddedInt = mapType(&kPadded, &kInt);
const mgo_type kMapBlankInt = mapType(&kWithBlank, &kInt);
const mgo_type kArray3 = [] {  // [3]string
  mgo_type t = basic(48, MGO_ARRAY, "[3]string", MGO_TFLAG_COMPARABLE);
  t.align = 8;
  t.elem = &kString;
  t.len = 3;
  return t;
}();
const mgo_type kMapArrayInt = mapType(&kArray3, &kInt);

int64_t get(mgo_map* m, int64_t k, bool* ok = nullptr) {
  bool found;
  auto* v = static_cast<int64_t*>(mgo_map_access2(&kMapIntInt, m, &k, &found));
  if (ok) *ok = found;
  return *v;
}
void put(mgo_map* m, int64_t k, int64_t v) { *static_cast<int64_t*>(mgo_map_assign(&kMapIntInt, m, &k)) = v; }
void del(mgo_map* m, int64_t k) { mgo_map_delete(&kMapIntInt, m, &k); }

mgo_string str(const std::string& s) {
  auto* p = static_cast<uint8_t*>(mgo_alloc_bytes(s.size(), true));
  std::memcpy(p, s.data(), s.size());
  return mgo_string{p, int64_t(s.size())};
}

// Runs fn in a child process; returns its stderr and exit status.
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

}  // namespace

TEST_CASE("1M int keys: insert, lookup, overwrite, delete, iterate") {
  mgo_map* m = mgo_map_make(&kMapIntInt, 0);
  const int64_t n = 1000000;
  for (int64_t i = 0; i < n; i++) put(m, i * 7919, i);
  CHECK(mgo_map_len(m) == n);
  int64_t bad = 0;
  for (int64_t i = 0; i < n; i++) bad += get(m, i * 7919) != i;
  CHECK(bad == 0);
  bool ok = true;
  CHECK(get(m, 3, &ok) == 0);
  CHECK(!ok);
  for (int64_t i = 0; i < n; i += 2) put(m, i * 7919, -i);
  CHECK(mgo_map_len(m) == n);
  for (int64_t i = 0; i < n; i += 3) del(m, i * 7919);
  del(m, 5);  // absent
  CHECK(mgo_map_len(m) == n - (n + 2) / 3);
  mgo_gc_collect();
  mgo_map_iter it{};
  mgo_map_iter_init(&kMapIntInt, m, &it);
  void *k, *v;
  int64_t count = 0, mismatches = 0;
  while (mgo_map_iter_next(&it, &k, &v)) {
    int64_t key = *static_cast<int64_t*>(k), val = *static_cast<int64_t*>(v);
    int64_t i = key / 7919;
    if (i % 3 == 0 || val != (i % 2 == 0 ? -i : i)) mismatches++;
    count++;
  }
  CHECK(count == mgo_map_len(m));
  CHECK(mismatches == 0);
}

TEST_CASE("randomized operations agree with std::unordered_map") {
  std::mt19937_64 rng(42);
  mgo_map* m = mgo_map_make(&kMapIntInt, 100);
  std::unordered_map<int64_t, int64_t> ref;
  for (int step = 0; step < 400000; step++) {
    int64_t k = int64_t(rng() % 5000) - 2500;
    switch (rng() % 4) {
      case 0: case 1: {
        int64_t v = int64_t(rng());
        put(m, k, v);
        ref[k] = v;
        break;
      }
      case 2:
        del(m, k);
        ref.erase(k);
        break;
      default: {
        bool ok;
        int64_t v = get(m, k, &ok);
        auto f = ref.find(k);
        REQUIRE(ok == (f != ref.end()));
        if (ok) REQUIRE(v == f->second);
      }
    }
    REQUIRE(mgo_map_len(m) == int64_t(ref.size()));
  }
  std::map<int64_t, int64_t> seen;
  mgo_map_iter it{};
  mgo_map_iter_init(&kMapIntInt, m, &it);
  void *k, *v;
  while (mgo_map_iter_next(&it, &k, &v)) seen[*static_cast<int64_t*>(k)] = *static_cast<int64_t*>(v);
  CHECK(seen.size() == ref.size());
  for (auto& [key, val] : ref) CHECK(seen[key] == val);
}

TEST_CASE("string keys compare by content; values stored inline") {
  mgo_map* m = mgo_map_make(&kMapStringInt, 0);
  for (int i = 0; i < 20000; i++) {
    mgo_string s = str("key-" + std::to_string(i) + std::string(size_t(i % 70), 'x'));
    *static_cast<int64_t*>(mgo_map_assign(&kMapStringInt, m, &s)) = i;
  }
  CHECK(mgo_map_len(m) == 20000);
  for (int i = 0; i < 20000; i++) {
    mgo_string s = str("key-" + std::to_string(i) + std::string(size_t(i % 70), 'x'));  // other pointer
    bool ok;
    REQUIRE(*static_cast<int64_t*>(mgo_map_access2(&kMapStringInt, m, &s, &ok)) == i);
    REQUIRE(ok);
  }
  mgo_string empty{nullptr, 0};
  *static_cast<int64_t*>(mgo_map_assign(&kMapStringInt, m, &empty)) = -1;
  mgo_string empty2 = str("");
  CHECK(*static_cast<int64_t*>(mgo_map_access(&kMapStringInt, m, &empty2)) == -1);
  // string values survive collections (the entry block is scanned)
  mgo_map* names = mgo_map_make(&kMapInt32String, 0);
  for (int32_t i = 0; i < 1000; i++) *static_cast<mgo_string*>(mgo_map_assign(&kMapInt32String, names, &i)) = str("v" + std::to_string(i));
  for (int i = 0; i < 3; i++) {
    for (int j = 0; j < 100000; j++) mgo_alloc_bytes(64, true);
    mgo_gc_collect();
  }
  int bad = 0;
  for (int32_t i = 0; i < 1000; i++) {
    auto* s = static_cast<mgo_string*>(mgo_map_access(&kMapInt32String, names, &i));
    bad += std::string(reinterpret_cast<const char*>(s->ptr), size_t(s->len)) != "v" + std::to_string(i);
  }
  CHECK(bad == 0);
}

TEST_CASE("float keys: +0 and -0 are one key; every NaN insert is a new entry, never found") {
  mgo_map* m = mgo_map_make(&kMapFloatInt, 0);
  double pz = 0.0, nz = -0.0, nan = std::nan("");
  *static_cast<int64_t*>(mgo_map_assign(&kMapFloatInt, m, &pz)) = 1;
  *static_cast<int64_t*>(mgo_map_assign(&kMapFloatInt, m, &nz)) = 2;
  CHECK(mgo_map_len(m) == 1);
  CHECK(*static_cast<int64_t*>(mgo_map_access(&kMapFloatInt, m, &pz)) == 2);
  for (int i = 0; i < 3; i++) *static_cast<int64_t*>(mgo_map_assign(&kMapFloatInt, m, &nan)) = 10 + i;
  CHECK(mgo_map_len(m) == 4);
  bool ok = true;
  mgo_map_access2(&kMapFloatInt, m, &nan, &ok);
  CHECK(!ok);
  mgo_map_delete(&kMapFloatInt, m, &nan);  // deletes nothing
  CHECK(mgo_map_len(m) == 4);
  int nans = 0;
  mgo_map_iter it{};
  mgo_map_iter_init(&kMapFloatInt, m, &it);
  void *k, *v;
  while (mgo_map_iter_next(&it, &k, &v)) nans += std::isnan(*static_cast<double*>(k));
  CHECK(nans == 3);
}

TEST_CASE("struct keys ignore padding and blank fields; arrays of strings; interface keys") {
  mgo_map* m = mgo_map_make(&kMapPaddedInt, 0);
  uint8_t a[16], b[16];
  std::memset(a, 0x11, 16);
  std::memset(b, 0x77, 16);  // different padding bytes
  a[0] = b[0] = 5;
  int64_t x = 123456789;
  std::memcpy(a + 8, &x, 8);
  std::memcpy(b + 8, &x, 8);
  *static_cast<int64_t*>(mgo_map_assign(&kMapPaddedInt, m, a)) = 9;
  CHECK(*static_cast<int64_t*>(mgo_map_access(&kMapPaddedInt, m, b)) == 9);
  CHECK(mgo_map_len(m) == 1);
  CHECK(mgo_equal(&kPadded, a, b));

  mgo_map* mb = mgo_map_make(&kMapBlankInt, 0);
  uint8_t c[8] = {1, 2, 0, 0, 7, 0, 0, 0}, d[8] = {1, 99, 0, 0, 7, 0, 0, 0};  // differ in _ only
  *static_cast<int64_t*>(mgo_map_assign(&kMapBlankInt, mb, c)) = 4;
  CHECK(*static_cast<int64_t*>(mgo_map_access(&kMapBlankInt, mb, d)) == 4);

  mgo_map* ma = mgo_map_make(&kMapArrayInt, 0);
  mgo_string k1[3] = {str("a"), str("bc"), str("")}, k2[3] = {str("a"), str("bc"), str("")};
  *static_cast<int64_t*>(mgo_map_assign(&kMapArrayInt, ma, k1)) = 3;
  CHECK(*static_cast<int64_t*>(mgo_map_access(&kMapArrayInt, ma, k2)) == 3);
  k2[2] = str("d");
  CHECK(*static_cast<int64_t*>(mgo_map_access(&kMapArrayInt, ma, k2)) == 0);

  mgo_map* mi = mgo_map_make(&kMapAnyInt, 0);
  int64_t one = 1;
  int32_t one32 = 1;
  mgo_string s = str("1");
  mgo_eface e1{&kInt, &one}, e2{&kInt32, &one32}, e3{&kString, &s}, e4{nullptr, nullptr};
  *static_cast<int64_t*>(mgo_map_assign(&kMapAnyInt, mi, &e1)) = 1;
  *static_cast<int64_t*>(mgo_map_assign(&kMapAnyInt, mi, &e2)) = 2;
  *static_cast<int64_t*>(mgo_map_assign(&kMapAnyInt, mi, &e3)) = 3;
  *static_cast<int64_t*>(mgo_map_assign(&kMapAnyInt, mi, &e4)) = 4;
  CHECK(mgo_map_len(mi) == 4);
  int64_t oneAgain = 1;
  mgo_eface q{&kInt, &oneAgain};
  CHECK(*static_cast<int64_t*>(mgo_map_access(&kMapAnyInt, mi, &q)) == 1);
  mgo_eface nilq{nullptr, nullptr};
  CHECK(*static_cast<int64_t*>(mgo_map_access(&kMapAnyInt, mi, &nilq)) == 4);
}

TEST_CASE("nil map: reads give zero values, len 0, delete is a no-op, range is empty") {
  int64_t k = 1;
  bool ok = true;
  CHECK(*static_cast<int64_t*>(mgo_map_access2(&kMapIntInt, nullptr, &k, &ok)) == 0);
  CHECK(!ok);
  CHECK(mgo_map_len(nullptr) == 0);
  mgo_map_delete(&kMapIntInt, nullptr, &k);
  mgo_map_iter it{};
  mgo_map_iter_init(&kMapIntInt, nullptr, &it);
  void *kp, *vp;
  CHECK(!mgo_map_iter_next(&it, &kp, &vp));
}

TEST_CASE("panics: assignment to a nil map, unhashable interface key (Go 1.19 messages)") {
  int status = 0;
  std::string err = childStderr([] {
    int64_t k = 1;
    mgo_map_assign(&kMapIntInt, nullptr, &k);
  }, &status);
  CHECK(status == 2);
  CHECK(err.rfind("panic: assignment to entry in nil map\n\ngoroutine 1 [running]:\n", 0) == 0);
  err = childStderr([] {
    mgo_map* mi = mgo_map_make(&kMapAnyInt, 0);
    mgo_slice s{nullptr, 0, 0};
    mgo_eface e{&kIntSlice, &s};
    mgo_map_assign(&kMapAnyInt, mi, &e);
  }, &status);
  CHECK(status == 2);
  CHECK(err.rfind("panic: runtime error: hash of unhashable type []int\n", 0) == 0);
}

TEST_CASE("iteration: deleted entries not yet reached are skipped, nothing is produced twice") {
  for (int64_t n : {5, 100, 5000}) {
    mgo_map* m = mgo_map_make(&kMapIntInt, 0);
    for (int64_t i = 0; i < n; i++) put(m, i, i);
    std::map<int64_t, int> produced;
    std::map<int64_t, bool> deleted;
    mgo_map_iter it{};
    mgo_map_iter_init(&kMapIntInt, m, &it);
    void *k, *v;
    int64_t step = 0;
    while (mgo_map_iter_next(&it, &k, &v)) {
      int64_t key = *static_cast<int64_t*>(k);
      produced[key]++;
      REQUIRE(!deleted[key]);
      // delete some other keys (reached or not), insert new ones (forcing rebuilds)
      int64_t victim = (key * 7 + 3) % n;
      del(m, victim);
      deleted[victim] = true;
      for (int j = 0; j < 3; j++) put(m, n + step * 3 + j, 0);
      step++;
    }
    for (auto& [key, times] : produced) REQUIRE(times == 1);
    // every original key that was never deleted was produced
    int64_t missing = 0;
    for (int64_t i = 0; i < n; i++)
      if (!deleted[i] && !produced.count(i)) missing++;
    CHECK(missing == 0);
  }
}

TEST_CASE("iteration continues correctly across several rebuilds and deletes after them") {
  mgo_map* m = mgo_map_make(&kMapIntInt, 0);
  const int64_t n = 1000;
  for (int64_t i = 0; i < n; i++) put(m, i, i * 10);
  mgo_map_iter it{};
  mgo_map_iter_init(&kMapIntInt, m, &it);
  void *k, *v;
  std::vector<int64_t> got;
  REQUIRE(mgo_map_iter_next(&it, &k, &v));
  got.push_back(*static_cast<int64_t*>(k));
  for (int64_t i = n; i < 20 * n; i++) put(m, i, 0);    // several rebuilds
  for (int64_t i = 500; i < 600; i++) del(m, i);        // delete after the rebuilds
  for (int64_t i = 0; i < 10; i++) put(m, i, -1);       // update after the rebuilds
  while (mgo_map_iter_next(&it, &k, &v)) {
    int64_t key = *static_cast<int64_t*>(k);
    if (key < n) {
      got.push_back(key);
      if (key < 10 && key != got.front()) REQUIRE(*static_cast<int64_t*>(v) == -1);  // current value
    }
  }
  std::map<int64_t, int> times;
  for (int64_t key : got) times[key]++;
  for (int64_t i = 0; i < n; i++) {
    bool gone = i >= 500 && i < 600 && i != got.front();
    CAPTURE(i);
    CHECK(times[i] == (gone ? 0 : 1));
  }
}
