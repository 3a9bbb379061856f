// lib_sort.cpp — the runtime intrinsics of package sort (runtime/golib/sort/slice.go): what
// sort.Slice and friends get from reflection in Go — the length of the slice held by an `any`,
// swapping two of its elements, and the kind name for reflect's panic message.
//
// Invariants: an `any` holding a slice has data -> a copy of the slice header {ptr, len, cap}
// (abi.h), which shares the elements with the caller's slice, so swapping through it is visible
// to the caller; the element size comes from the slice type's descriptor.
#include <cstring>

#include "abi.h"

namespace {

const char* const kKindNames[] = {
    "invalid", "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32",
    "uint64", "uintptr", "float32", "float64", "complex64", "complex128", "array", "chan", "func",
    "interface", "map", "ptr", "slice", "string", "struct", "unsafe.Pointer"};

}  // namespace

extern "C" {

int64_t mgo_sort_sliceLen(const mgo_type* t, void* data) {
  if (!t || t->kind != MGO_SLICE) return -1;
  return static_cast<const mgo_slice*>(data)->len;
}

void mgo_sort_swapSliceElements(const mgo_type* t, void* data, int64_t i, int64_t j) {
  const mgo_slice* s = static_cast<const mgo_slice*>(data);
  if (uint64_t(i) >= uint64_t(s->len)) mgo_panic_index(i, s->len);
  if (uint64_t(j) >= uint64_t(s->len)) mgo_panic_index(j, s->len);
  if (i == j) return;
  uint64_t size = t->elem->size;
  auto* a = static_cast<uint8_t*>(s->ptr) + uint64_t(i) * size;
  auto* b = static_cast<uint8_t*>(s->ptr) + uint64_t(j) * size;
  if (size == 8) {
    uint64_t x, y;
    std::memcpy(&x, a, 8);
    std::memcpy(&y, b, 8);
    std::memcpy(a, &y, 8);
    std::memcpy(b, &x, 8);
    return;
  }
  uint8_t tmp[256];
  while (size > 0) {  // in chunks, for large elements
    uint64_t n = size < sizeof tmp ? size : sizeof tmp;
    std::memcpy(tmp, a, n);
    std::memcpy(a, b, n);
    std::memcpy(b, tmp, n);
    a += n, b += n, size -= n;
  }
}

mgo_string mgo_sort_kindName(const mgo_type* t, void* /*data*/) {
  const char* name = t && t->kind < sizeof kKindNames / sizeof kKindNames[0] ? kKindNames[t->kind] : "invalid";
  return mgo_string{reinterpret_cast<const uint8_t*>(name), int64_t(std::strlen(name))};
}

}  // extern "C"
