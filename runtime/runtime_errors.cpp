// runtime_errors.cpp — the values run-time panics carry, as Go 1.19 builds them (runtime/error.go):
//   runtime.boundsError{x int64; y int; signed bool; code uint8}   index / slice bounds
//   runtime.errorString (string)     Error() = "runtime error: " + s   nil deref, divide, shift, ...
//   runtime.plainError (string)      Error() = s                       nil map, closed channel, ...
//   *runtime.TypeAssertionError      Error() = "interface conversion: ..."
// All implement runtime.Error (Error() string + RuntimeError()). The descriptors come from
// mgo_runtime_types: codegen's table when the program calls recover() (its descriptors share the
// module's method-name constants, which interface assertions compare by address), else the
// weak fallback table below (fmt and the panic printer find methods by name, so printing works
// with either). A TypeAssertionError holds its finished message (Go keeps the three types; only
// %#v could tell).
// Invariant: every value is a fresh GC allocation (recover() hands it to the program), except the
// fixed-message errors of staticErrorValue, whose boxed string is immutable static data.
#include <cstring>
#include <string>

#include "abi.h"
#include "runtime_errors.h"

namespace mgo::rt {

namespace {

constexpr uint8_t kNamedComparable = MGO_TFLAG_NAMED | MGO_TFLAG_COMPARABLE;

const mgo_type stringType = {16, 8, MGO_STRING, MGO_TFLAG_COMPARABLE, 0, "string", nullptr, nullptr,
                             0, nullptr, 0, 0, nullptr, nullptr, 0};
const mgo_type int64Type = {8, 8, MGO_INT64, MGO_TFLAG_NOPOINTERS | MGO_TFLAG_COMPARABLE, 0, "int64",
                            nullptr, nullptr, 0, nullptr, 0, 0, nullptr, nullptr, 0};
const mgo_type intType = {8, 8, MGO_INT, MGO_TFLAG_NOPOINTERS | MGO_TFLAG_COMPARABLE, 0, "int",
                          nullptr, nullptr, 0, nullptr, 0, 0, nullptr, nullptr, 0};
const mgo_type boolType = {1, 1, MGO_BOOL, MGO_TFLAG_NOPOINTERS | MGO_TFLAG_COMPARABLE, 0, "bool",
                           nullptr, nullptr, 0, nullptr, 0, 0, nullptr, nullptr, 0};
const mgo_type uint8Type = {1, 1, MGO_UINT8, MGO_TFLAG_NOPOINTERS | MGO_TFLAG_COMPARABLE, 0, "uint8",
                            nullptr, nullptr, 0, nullptr, 0, 0, nullptr, nullptr, 0};
const mgo_type* const stringResult[] = {&stringType};
const mgo_type errorSig = {8, 8, MGO_FUNC, MGO_TFLAG_COMPARABLE, 0, "func() string", nullptr, nullptr,
                           0, nullptr, 0, 0, nullptr, stringResult, 1};
const mgo_type markerSig = {8, 8, MGO_FUNC, MGO_TFLAG_COMPARABLE, 0, "func()", nullptr, nullptr,
                            0, nullptr, 0, 0, nullptr, nullptr, 0};

#define MGO_METHODS(prefix)                                                                        \
  {{"Error", &errorSig, reinterpret_cast<void*>(&mgo_rt_##prefix##_Error)},                        \
   {"RuntimeError", &markerSig, reinterpret_cast<void*>(&mgo_rt_RuntimeError)}}
const mgo_method boundsMethods[] = MGO_METHODS(boundsError);
const mgo_method errorStringMethods[] = MGO_METHODS(errorString);
const mgo_method plainErrorMethods[] = MGO_METHODS(plainError);
const mgo_method typeAssertionMethods[] = MGO_METHODS(TypeAssertionError);
#undef MGO_METHODS

const mgo_field boundsFields[] = {{"x", &int64Type, 0, 0, 0},
                                  {"y", &intType, 8, 0, 0},
                                  {"signed", &boolType, 16, 0, 0},
                                  {"code", &uint8Type, 17, 0, 0}};
const mgo_type boundsType = {sizeof(BoundsErrorValue), 8, MGO_STRUCT,
                             MGO_TFLAG_NOPOINTERS | kNamedComparable, 0, "runtime.boundsError", nullptr,
                             nullptr, 4, boundsFields, 0, 2, boundsMethods, nullptr, 0};
const mgo_type errorStringType = {16, 8, MGO_STRING, kNamedComparable, 0, "runtime.errorString", nullptr,
                                  nullptr, 0, nullptr, 0, 2, errorStringMethods, nullptr, 0};
const mgo_type plainErrorType = {16, 8, MGO_STRING, kNamedComparable, 0, "runtime.plainError", nullptr,
                                 nullptr, 0, nullptr, 0, 2, plainErrorMethods, nullptr, 0};
const mgo_field typeAssertionFields[] = {{"msg", &stringType, 0, 0, 0}};
const mgo_type typeAssertionStruct = {16, 8, MGO_STRUCT, kNamedComparable, 0, "runtime.TypeAssertionError",
                                      nullptr, nullptr, 1, typeAssertionFields, 0, 0, nullptr, nullptr, 0};
const mgo_type typeAssertionPtr = {8, 8, MGO_POINTER, MGO_TFLAG_COMPARABLE, 0, "*runtime.TypeAssertionError",
                                   &typeAssertionStruct, nullptr, 0, nullptr, 0, 2, typeAssertionMethods,
                                   nullptr, 0};

const mgo_type* runtimeType(int which) { return mgo_runtime_types[which]; }

mgo_string heapString(const std::string& s) {
  if (s.empty()) return mgo_string{nullptr, 0};
  auto* bytes = static_cast<uint8_t*>(mgo_alloc_bytes(s.size(), true));
  std::memcpy(bytes, s.data(), s.size());
  return mgo_string{bytes, int64_t(s.size())};
}

mgo_string literal(const char* s) { return mgo_string{reinterpret_cast<const uint8_t*>(s), int64_t(std::strlen(s))}; }

std::string text(mgo_string s) { return std::string(reinterpret_cast<const char*>(s.ptr), size_t(s.len)); }

mgo_eface stringShaped(int which, mgo_string s) {
  auto* box = static_cast<mgo_string*>(mgo_alloc_bytes(sizeof(mgo_string), false));
  *box = s;
  return mgo_eface{runtimeType(which), box};
}

const char* const boundsFormats[] = {
    "index out of range [%x] with length %y",         "slice bounds out of range [:%x] with length %y",
    "slice bounds out of range [:%x] with capacity %y", "slice bounds out of range [%x:%y]",
    "slice bounds out of range [::%x] with length %y", "slice bounds out of range [::%x] with capacity %y",
    "slice bounds out of range [:%x:%y]",              "slice bounds out of range [%x:%y:]",
    "cannot convert slice with length %y to pointer to array with length %x"};
const char* const boundsNegativeFormats[] = {
    "index out of range [%x]",   "slice bounds out of range [:%x]", "slice bounds out of range [:%x]",
    "slice bounds out of range [%x:]", "slice bounds out of range [::%x]", "slice bounds out of range [::%x]",
    "slice bounds out of range [:%x:]", "slice bounds out of range [%x::]"};

}  // namespace

mgo_eface boundsErrorValue(int64_t x, int64_t y, BoundsCode code) {
  auto* v = static_cast<BoundsErrorValue*>(mgo_alloc_bytes(sizeof(BoundsErrorValue), true));
  *v = BoundsErrorValue{x, y, true, uint8_t(code)};
  return mgo_eface{runtimeType(MGO_RTYPE_BOUNDS), v};
}

mgo_eface errorStringValue(const std::string& message) {
  return stringShaped(MGO_RTYPE_ERROR_STRING, heapString(message));
}

mgo_eface staticErrorValue(int which, const mgo_string* box) {
  return mgo_eface{runtimeType(which), const_cast<mgo_string*>(box)};
}

mgo_eface plainErrorValue(const std::string& message) {
  return stringShaped(MGO_RTYPE_PLAIN_ERROR, heapString(message));
}

mgo_eface stringValue(const std::string& message) { return stringShaped(MGO_RTYPE_STRING, heapString(message)); }

mgo_eface typeAssertionErrorValue(mgo_string message) {
  auto* error = static_cast<mgo_string*>(mgo_alloc_bytes(sizeof(mgo_string), false));
  *error = message;
  auto* box = static_cast<void**>(mgo_alloc_bytes(sizeof(void*), false));
  *box = error;
  return mgo_eface{runtimeType(MGO_RTYPE_TYPE_ASSERTION), box};
}

}  // namespace mgo::rt

using namespace mgo::rt;

extern "C" {

extern __attribute__((weak)) const mgo_type* const mgo_runtime_types[MGO_RTYPE_COUNT] = {
    &boundsType, &errorStringType, &plainErrorType, &typeAssertionPtr, &stringType};

mgo_string mgo_rt_boundsError_Error(const void* value) {
  auto* e = static_cast<const BoundsErrorValue*>(value);
  bool negative = e->is_signed && e->x < 0;
  size_t code = e->code < 9 ? e->code : 0;
  const char* format = negative && code < 8 ? boundsNegativeFormats[code] : boundsFormats[code];
  std::string out = "runtime error: ";
  for (const char* f = format; *f; ++f) {
    if (f[0] == '%' && (f[1] == 'x' || f[1] == 'y')) {
      out += f[1] == 'x' ? (e->is_signed ? std::to_string(e->x) : std::to_string(uint64_t(e->x)))
                         : std::to_string(e->y);
      ++f;
    } else {
      out += *f;
    }
  }
  return heapString(out);
}

mgo_string mgo_rt_errorString_Error(const void* value) {
  return heapString("runtime error: " + text(*static_cast<const mgo_string*>(value)));
}

mgo_string mgo_rt_plainError_Error(const void* value) { return *static_cast<const mgo_string*>(value); }

mgo_string mgo_rt_TypeAssertionError_Error(const void* value) {
  auto* error = *static_cast<const mgo_string* const*>(value);
  return error ? *error : literal("<nil>");
}

void mgo_rt_RuntimeError(const void*) {}

}  // extern "C"
