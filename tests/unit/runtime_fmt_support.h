// runtime_fmt_support.h — helpers for the fmt / print / library unit tests: hand-built type
// descriptors (mirroring the Go declarations quoted next to them), boxed arguments (mgo_eface whose
// data points at a copy of the value, as codegen produces), calls of the C entry points returning
// std::string, and stdout/stderr capture for Print/Println/Printf and the print builtins.
// Values live in an arena for the whole test run (the tests are short).
#pragma once
#include <doctest/doctest.h>

#include <unistd.h>

#include <cstring>
#include <deque>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "runtime/abi.h"
#include "runtime/runtime_internal.h"

namespace fmttest {

using namespace std::literals;

struct RuntimeInit {
  RuntimeInit() { mgo_runtime_init(nullptr, 0, nullptr); }
};
inline RuntimeInit runtimeInit;

constexpr uint8_t kPlain = MGO_TFLAG_NOPOINTERS | MGO_TFLAG_COMPARABLE;

inline mgo_type makeType(uint8_t kind, uint64_t size, const char* name, uint8_t flags) {
  mgo_type t{};
  t.size = size;
  t.align = uint32_t(size >= 8 ? 8 : (size ? size : 1));
  t.kind = kind;
  t.flags = flags;
  t.name = name;
  return t;
}

inline mgo_type tBool = makeType(MGO_BOOL, 1, "bool", kPlain);
inline mgo_type tInt = makeType(MGO_INT, 8, "int", kPlain);
inline mgo_type tInt8 = makeType(MGO_INT8, 1, "int8", kPlain);
inline mgo_type tInt16 = makeType(MGO_INT16, 2, "int16", kPlain);
inline mgo_type tInt32 = makeType(MGO_INT32, 4, "int32", kPlain);
inline mgo_type tInt64 = makeType(MGO_INT64, 8, "int64", kPlain);
inline mgo_type tUint = makeType(MGO_UINT, 8, "uint", kPlain);
inline mgo_type tUint8 = makeType(MGO_UINT8, 1, "uint8", kPlain);
inline mgo_type tUint16 = makeType(MGO_UINT16, 2, "uint16", kPlain);
inline mgo_type tUint32 = makeType(MGO_UINT32, 4, "uint32", kPlain);
inline mgo_type tUint64 = makeType(MGO_UINT64, 8, "uint64", kPlain);
inline mgo_type tUintptr = makeType(MGO_UINTPTR, 8, "uintptr", kPlain);
inline mgo_type tFloat32 = makeType(MGO_FLOAT32, 4, "float32", kPlain);
inline mgo_type tFloat64 = makeType(MGO_FLOAT64, 8, "float64", kPlain);
inline mgo_type tString = makeType(MGO_STRING, 16, "string", MGO_TFLAG_COMPARABLE);
inline mgo_type tAny = makeType(MGO_INTERFACE, 16, "interface {}", MGO_TFLAG_COMPARABLE);
// type MyInt int; type MyString string; type MyFloat float64
inline mgo_type tMyInt = makeType(MGO_INT, 8, "main.MyInt", kPlain | MGO_TFLAG_NAMED);
inline mgo_type tMyString = makeType(MGO_STRING, 16, "main.MyString", MGO_TFLAG_COMPARABLE | MGO_TFLAG_NAMED);
inline mgo_type tMyFloat = makeType(MGO_FLOAT64, 8, "main.MyFloat", kPlain | MGO_TFLAG_NAMED);

inline mgo_type sliceOf(const mgo_type* elem, const char* name) {
  mgo_type t = makeType(MGO_SLICE, 24, name, 0);
  t.elem = elem;
  return t;
}
inline mgo_type ptrTo(const mgo_type* elem, const char* name) {
  mgo_type t = makeType(MGO_POINTER, 8, name, MGO_TFLAG_COMPARABLE);
  t.elem = elem;
  return t;
}
inline mgo_type arrayOf(const mgo_type* elem, uint64_t n, const char* name) {
  mgo_type t = makeType(MGO_ARRAY, elem->size * n, name, elem->flags & kPlain);
  t.elem = elem;
  t.len = n;
  return t;
}
inline mgo_type mapOf(const mgo_type* key, const mgo_type* elem, const char* name) {
  mgo_type t = makeType(MGO_MAP, 8, name, 0);
  t.key = key;
  t.elem = elem;
  return t;
}
inline mgo_type structOf(const char* name, const mgo_field* fields, uint64_t n, uint64_t size, uint8_t flags) {
  mgo_type t = makeType(MGO_STRUCT, size, name, flags);
  t.fields = fields;
  t.len = n;
  return t;
}

inline mgo_type tByteSlice = sliceOf(&tUint8, "[]uint8");
inline mgo_type tIntSlice = sliceOf(&tInt, "[]int");
inline mgo_type tStringSlice = sliceOf(&tString, "[]string");
inline mgo_type tFloatSlice = sliceOf(&tFloat64, "[]float64");
inline mgo_type tAnySlice = sliceOf(&tAny, "[]interface {}");
inline mgo_type tIntArray3 = arrayOf(&tInt, 3, "[3]int");
inline mgo_type tByteArray4 = arrayOf(&tUint8, 4, "[4]uint8");
inline mgo_type tIntPtr = ptrTo(&tInt, "*int");
inline mgo_type tMapStringInt = mapOf(&tString, &tInt, "map[string]int");
inline mgo_type tMapIntString = mapOf(&tInt, &tString, "map[int]string");
inline mgo_type tMapFloatBool = mapOf(&tFloat64, &tBool, "map[float64]bool");
inline mgo_type tMapBoolInt = mapOf(&tBool, &tInt, "map[bool]int");
inline mgo_type tMapAnyInt = mapOf(&tAny, &tInt, "map[interface {}]int");

// type Point struct { X, Y int }
struct Point { int64_t X, Y; };
inline const mgo_field kPointFields[] = {{"X", &tInt, 0, 0, 1}, {"Y", &tInt, 8, 0, 1}};
inline mgo_type tPoint = structOf("main.Point", kPointFields, 2, 16, kPlain | MGO_TFLAG_NAMED);
inline mgo_type tPointPtr = ptrTo(&tPoint, "*main.Point");
inline mgo_type tPointSlice = sliceOf(&tPoint, "[]main.Point");
inline mgo_type tPointPtrSlice = sliceOf(&tPointPtr, "[]*main.Point");
inline mgo_type tMapPointString = mapOf(&tPoint, &tString, "map[main.Point]string");

// type T struct { Name string; Age int; tags []string; P Point; Any any; Next *T }
struct T {
  mgo_string Name;
  int64_t Age;
  mgo_slice tags;
  Point P;
  mgo_eface Any;
  T* Next;
};
inline mgo_type tTPtr = ptrTo(nullptr, "*main.T");  // elem set when tT is initialised
inline const mgo_field kTFields[] = {
    {"Name", &tString, offsetof(T, Name), 0, 1}, {"Age", &tInt, offsetof(T, Age), 0, 1},
    {"tags", &tStringSlice, offsetof(T, tags), 0, 0}, {"P", &tPoint, offsetof(T, P), 0, 1},
    {"Any", &tAny, offsetof(T, Any), 0, 1},         {"Next", &tTPtr, offsetof(T, Next), 0, 1},
};
inline mgo_type tT = [] {
  tTPtr.elem = &tT;
  return structOf("main.T", kTFields, 6, sizeof(T), MGO_TFLAG_NAMED);
}();

// type Base struct { ID int }; type Derived struct { Base; Label string }
struct Base { int64_t ID; };
struct Derived { Base base; mgo_string Label; };
inline const mgo_field kBaseFields[] = {{"ID", &tInt, 0, 0, 1}};
inline mgo_type tBase = structOf("main.Base", kBaseFields, 1, 8, kPlain | MGO_TFLAG_NAMED);
inline const mgo_field kDerivedFields[] = {{"Base", &tBase, 0, 1, 1}, {"Label", &tString, 8, 0, 1}};
inline mgo_type tDerived = structOf("main.Derived", kDerivedFields, 2, 24, MGO_TFLAG_NAMED);

// Methods. type Color int; func (c Color) String() string { return [...]string{"Red", "Green", "Blue"}[c] }
// type MyErr struct{ Code int }; func (e MyErr) Error() string { return "error code " + strconv.Itoa(e.Code) }
// type Hidden struct{ c Color }  (unexported field: fmt does not call its String method)
// type Shown struct{ C Color }
inline mgo_type tStringFunc = [] {
  static const mgo_type* results[] = {&tString};
  mgo_type t = makeType(MGO_FUNC, 8, "func() string", 0);
  t.len = 0;
  t.func_params = results;
  t.func_results = 1;
  return t;
}();
inline mgo_string colorString(const void* receiver) {
  static const char* const names[] = {"Red", "Green", "Blue"};
  const char* s = names[*static_cast<const int64_t*>(receiver)];
  return mgo_string{reinterpret_cast<const uint8_t*>(s), int64_t(std::strlen(s))};
}
inline mgo_string myErrError(const void* receiver) {
  std::string s = "error code " + std::to_string(*static_cast<const int64_t*>(receiver));
  auto* p = static_cast<uint8_t*>(mgo_alloc_bytes(s.size(), true));
  std::memcpy(p, s.data(), s.size());
  return mgo_string{p, int64_t(s.size())};
}
inline const mgo_method kColorMethods[] = {{"String", &tStringFunc, reinterpret_cast<void*>(&colorString)}};
inline mgo_type tColor = [] {
  mgo_type t = makeType(MGO_INT, 8, "main.Color", kPlain | MGO_TFLAG_NAMED);
  t.nmethods = 1;
  t.methods = kColorMethods;
  return t;
}();
inline const mgo_field kMyErrFields[] = {{"Code", &tInt, 0, 0, 1}};
inline const mgo_method kMyErrMethods[] = {{"Error", &tStringFunc, reinterpret_cast<void*>(&myErrError)}};
inline mgo_type tMyErr = [] {
  mgo_type t = structOf("main.MyErr", kMyErrFields, 1, 8, kPlain | MGO_TFLAG_NAMED);
  t.nmethods = 1;
  t.methods = kMyErrMethods;
  return t;
}();
inline const mgo_field kHiddenFields[] = {{"c", &tColor, 0, 0, 0}};
inline mgo_type tHidden = structOf("main.Hidden", kHiddenFields, 1, 8, kPlain | MGO_TFLAG_NAMED);
inline const mgo_field kShownFields[] = {{"C", &tColor, 0, 0, 1}};
inline mgo_type tShown = structOf("main.Shown", kShownFields, 1, 8, kPlain | MGO_TFLAG_NAMED);
inline mgo_type tColorSlice = sliceOf(&tColor, "[]main.Color");

// ---- argument boxing ----------------------------------------------------------------------------
inline std::deque<std::unique_ptr<uint8_t[]>>& arena() {
  static std::deque<std::unique_ptr<uint8_t[]>> a;
  return a;
}
inline void* store(const void* p, size_t n) {
  arena().emplace_back(new uint8_t[n ? n : 1]());
  if (n) std::memcpy(arena().back().get(), p, n);
  return arena().back().get();
}
template <class V>
V* keep(const V& v) {
  return static_cast<V*>(store(&v, sizeof(V)));
}
template <class V>
mgo_eface box(const mgo_type& t, const V& v) {
  return mgo_eface{&t, store(&v, sizeof(V))};
}
inline mgo_string gostr(std::string_view s) {
  return mgo_string{static_cast<const uint8_t*>(store(s.data(), s.size())), int64_t(s.size())};
}

inline mgo_eface Nil() { return mgo_eface{nullptr, nullptr}; }
inline mgo_eface I(int64_t v) { return box(tInt, v); }
inline mgo_eface I8(int8_t v) { return box(tInt8, v); }
inline mgo_eface I16(int16_t v) { return box(tInt16, v); }
inline mgo_eface I32(int32_t v) { return box(tInt32, v); }
inline mgo_eface I64(int64_t v) { return box(tInt64, v); }
inline mgo_eface U(uint64_t v) { return box(tUint, v); }
inline mgo_eface U8(uint8_t v) { return box(tUint8, v); }
inline mgo_eface U16(uint16_t v) { return box(tUint16, v); }
inline mgo_eface U32(uint32_t v) { return box(tUint32, v); }
inline mgo_eface U64(uint64_t v) { return box(tUint64, v); }
inline mgo_eface Uptr(uint64_t v) { return box(tUintptr, v); }
inline mgo_eface F(double v) { return box(tFloat64, v); }
inline mgo_eface F32(float v) { return box(tFloat32, v); }
inline mgo_eface B(bool v) { return box(tBool, uint8_t(v)); }
inline mgo_eface S(std::string_view s) { return box(tString, gostr(s)); }
inline mgo_eface MyInt(int64_t v) { return box(tMyInt, v); }
inline mgo_eface MyString(std::string_view s) { return box(tMyString, gostr(s)); }
inline mgo_eface MyFloat(double v) { return box(tMyFloat, v); }
inline mgo_eface Color(int64_t v) { return box(tColor, v); }
inline mgo_eface MyErr(int64_t code) { return box(tMyErr, code); }

template <class V>
mgo_slice sliceData(std::initializer_list<V> elems) {
  std::vector<V> v(elems);
  void* p = v.empty() ? store("", 0) : store(v.data(), v.size() * sizeof(V));
  return mgo_slice{p, int64_t(v.size()), int64_t(v.size())};
}
inline mgo_eface Bytes(std::initializer_list<uint8_t> b) { return box(tByteSlice, sliceData(b)); }
inline mgo_eface BytesOf(std::string_view s) {
  return box(tByteSlice, mgo_slice{store(s.data(), s.size()), int64_t(s.size()), int64_t(s.size())});
}
inline mgo_eface Ints(std::initializer_list<int64_t> v) { return box(tIntSlice, sliceData(v)); }
inline mgo_eface Floats(std::initializer_list<double> v) { return box(tFloatSlice, sliceData(v)); }
inline mgo_eface Strings(std::initializer_list<std::string_view> v) {
  std::vector<mgo_string> s;
  for (auto x : v) s.push_back(gostr(x));
  void* p = store(s.data(), s.size() * sizeof(mgo_string));
  return box(tStringSlice, mgo_slice{p, int64_t(s.size()), int64_t(s.size())});
}
inline mgo_eface Anys(std::initializer_list<mgo_eface> v) { return box(tAnySlice, sliceData(v)); }
inline mgo_eface NilSlice(const mgo_type& t) { return box(t, mgo_slice{nullptr, 0, 0}); }
inline mgo_eface NilOf(const mgo_type& t) { return box(t, static_cast<void*>(nullptr)); }  // nil pointer / map / func
inline mgo_eface PointV(int64_t x, int64_t y) { return box(tPoint, Point{x, y}); }
inline mgo_eface PointPtr(int64_t x, int64_t y) { return box(tPointPtr, keep(Point{x, y})); }

inline mgo_map* makeMap(const mgo_type& mt) { return mgo_map_make(&mt, 0); }
template <class K, class V>
void mapPut(const mgo_type& mt, mgo_map* m, const K& k, const V& v) {
  void* slot = mgo_map_assign(&mt, m, &k);
  std::memcpy(slot, &v, sizeof(V));
}

// ---- calling fmt --------------------------------------------------------------------------------
inline std::string text(mgo_string s) { return std::string(reinterpret_cast<const char*>(s.ptr), size_t(s.len)); }
inline std::string Sprintf(std::string_view f, std::initializer_list<mgo_eface> args = {}) {
  std::vector<mgo_eface> a(args);
  return text(mgo_fmt_sprintf(reinterpret_cast<const uint8_t*>(f.data()), int64_t(f.size()), a.data(), int64_t(a.size())));
}
inline std::string Sprint(std::initializer_list<mgo_eface> args) {
  std::vector<mgo_eface> a(args);
  return text(mgo_fmt_sprint(a.data(), int64_t(a.size())));
}
inline std::string Sprintln(std::initializer_list<mgo_eface> args) {
  std::vector<mgo_eface> a(args);
  return text(mgo_fmt_sprintln(a.data(), int64_t(a.size())));
}

// Runs fn with fd (1 or 2) redirected to a pipe; returns what was written.
template <class Fn>
std::string capture(int fd, Fn fn) {
  int pipefd[2];
  REQUIRE(pipe(pipefd) == 0);
  int saved = dup(fd);
  dup2(pipefd[1], fd);
  close(pipefd[1]);
  fn();
  dup2(saved, fd);
  close(saved);
  std::string out;
  char buf[4096];
  ssize_t n;
  while ((n = read(pipefd[0], buf, sizeof buf)) > 0) out.append(buf, size_t(n));
  close(pipefd[0]);
  return out;
}

}  // namespace fmttest
