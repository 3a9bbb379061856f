// hash.cpp — hashing and equality of Go values driven by their type descriptors, for map keys
// and for == on composite values (mgo_equal).
//
// Invariants (Go spec "Comparison operators"): equal values hash equally; floats compare by IEEE
// (+0 == -0, NaN != NaN: NaN gets a fresh random hash so each NaN key is a new entry, as in Go);
// complex numbers component-wise; strings by bytes; arrays element-wise; structs field-wise,
// skipping padding and blank (_) fields; interfaces by dynamic type (descriptor identity) then
// value — a dynamic type without == panics as Go does. Bytes are hashed with wyhash.
#include <cstring>
#include <string>

#include "abi.h"
#include "map_internal.h"
#include "sched_api.h"

namespace mgo::rt {

namespace {

inline uint64_t read8(const uint8_t* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}
inline uint64_t read4(const uint8_t* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}

bool isBlank(const mgo_field& f) { return f.name && f.name[0] == '_' && f.name[1] == 0; }

[[noreturn]] void unhashable(const mgo_type* t) {
  std::string msg = std::string("runtime error: hash of unhashable type ") + t->name;
  mgo_runtime_panic_plain(msg.c_str());
}

[[noreturn]] void uncomparable(const mgo_type* t) {
  std::string msg = std::string("runtime error: comparing uncomparable type ") + t->name;
  mgo_runtime_panic_plain(msg.c_str());
}

uint64_t hashFloat64(double d, uint64_t seed) {
  if (d != d) return nanHash();
  if (d == 0) d = 0;  // -0 hashes like +0
  uint64_t bits;
  std::memcpy(&bits, &d, 8);
  return hash64(bits, seed);
}

}  // namespace

uint64_t nanHash() {
  static uint64_t state = 0x9E3779B97F4A7C15ULL;
  uint64_t s = __atomic_add_fetch(&state, 0x9E3779B97F4A7C15ULL, __ATOMIC_RELAXED);
  return wyMix(s, kWyP2);
}

uint64_t hashBytes(const void* data, uint64_t len, uint64_t seed) {
  auto* p = static_cast<const uint8_t*>(data);
  seed ^= wyMix(seed ^ kWyP0, kWyP1);
  uint64_t a, b;
  if (len <= 16) {
    if (len >= 4) {
      uint64_t mid = (len >> 3) << 2;
      a = (read4(p) << 32) | read4(p + mid);
      b = (read4(p + len - 4) << 32) | read4(p + len - 4 - mid);
    } else if (len > 0) {
      a = (uint64_t(p[0]) << 16) | (uint64_t(p[len >> 1]) << 8) | p[len - 1];
      b = 0;
    } else {
      a = b = 0;
    }
  } else {
    uint64_t i = len;
    if (i > 48) {
      uint64_t s1 = seed, s2 = seed;
      do {
        seed = wyMix(read8(p) ^ kWyP1, read8(p + 8) ^ seed);
        s1 = wyMix(read8(p + 16) ^ kWyP2, read8(p + 24) ^ s1);
        s2 = wyMix(read8(p + 32) ^ kWyP3, read8(p + 40) ^ s2);
        p += 48;
        i -= 48;
      } while (i > 48);
      seed ^= s1 ^ s2;
    }
    while (i > 16) {
      seed = wyMix(read8(p) ^ kWyP1, read8(p + 8) ^ seed);
      i -= 16;
      p += 16;
    }
    a = read8(p + i - 16);
    b = read8(p + i - 8);
  }
  a ^= kWyP1;
  b ^= seed;
  __uint128_t r = __uint128_t(a) * b;
  return wyMix(uint64_t(r) ^ kWyP0 ^ len, uint64_t(r >> 64) ^ kWyP1);
}

bool isMemComparable(const mgo_type* t) {
  switch (t->kind) {
    case MGO_BOOL: case MGO_INT: case MGO_INT8: case MGO_INT16: case MGO_INT32: case MGO_INT64:
    case MGO_UINT: case MGO_UINT8: case MGO_UINT16: case MGO_UINT32: case MGO_UINT64:
    case MGO_UINTPTR: case MGO_POINTER: case MGO_CHAN: case MGO_UNSAFE_POINTER:
      return true;
    case MGO_ARRAY:
      return t->len == 0 || isMemComparable(t->elem);
    case MGO_STRUCT: {
      uint64_t end = 0;
      for (uint64_t i = 0; i < t->len; ++i) {
        const mgo_field& f = t->fields[i];
        if (f.offset != end || isBlank(f) || !isMemComparable(f.type)) return false;
        end = f.offset + f.type->size;
      }
      return end == t->size;
    }
    default:
      return false;
  }
}

uint64_t hashValue(const mgo_type* t, const void* v, uint64_t seed) {
  auto* p = static_cast<const uint8_t*>(v);
  switch (t->kind) {
    case MGO_BOOL: case MGO_INT8: case MGO_UINT8:
      return hash32(*p, seed);
    case MGO_INT16: case MGO_UINT16: {
      uint16_t x;
      std::memcpy(&x, p, 2);
      return hash32(x, seed);
    }
    case MGO_INT32: case MGO_UINT32:
      return hash32(uint32_t(read4(p)), seed);
    case MGO_INT: case MGO_INT64: case MGO_UINT: case MGO_UINT64: case MGO_UINTPTR:
    case MGO_POINTER: case MGO_CHAN: case MGO_UNSAFE_POINTER:
      return hash64(read8(p), seed);
    case MGO_FLOAT32: {
      float f;
      std::memcpy(&f, p, 4);
      return hashFloat64(double(f), seed);
    }
    case MGO_FLOAT64: {
      double d;
      std::memcpy(&d, p, 8);
      return hashFloat64(d, seed);
    }
    case MGO_COMPLEX64: {
      float re, im;
      std::memcpy(&re, p, 4);
      std::memcpy(&im, p + 4, 4);
      return hashFloat64(double(im), hashFloat64(double(re), seed));
    }
    case MGO_COMPLEX128: {
      double re, im;
      std::memcpy(&re, p, 8);
      std::memcpy(&im, p + 8, 8);
      return hashFloat64(im, hashFloat64(re, seed));
    }
    case MGO_STRING: {
      auto* s = static_cast<const mgo_string*>(v);
      return hashBytes(s->ptr, uint64_t(s->len), seed);
    }
    case MGO_INTERFACE: {
      auto* e = static_cast<const mgo_eface*>(v);
      if (!e->type) return hash64(0, seed);
      if (!(e->type->flags & MGO_TFLAG_COMPARABLE)) unhashable(e->type);
      return hashValue(e->type, e->data, hash64(reinterpret_cast<uintptr_t>(e->type), seed));
    }
    case MGO_ARRAY: {
      uint64_t h = seed;
      for (uint64_t i = 0; i < t->len; ++i) h = hashValue(t->elem, p + i * t->elem->size, h);
      return h;
    }
    case MGO_STRUCT: {
      uint64_t h = seed;
      for (uint64_t i = 0; i < t->len; ++i) {
        const mgo_field& f = t->fields[i];
        if (!isBlank(f)) h = hashValue(f.type, p + f.offset, h);
      }
      return h;
    }
    default:
      unhashable(t);
  }
}

bool equalValues(const mgo_type* t, const void* a, const void* b) {
  auto* x = static_cast<const uint8_t*>(a);
  auto* y = static_cast<const uint8_t*>(b);
  switch (t->kind) {
    case MGO_FLOAT32: {
      float u, v;
      std::memcpy(&u, x, 4);
      std::memcpy(&v, y, 4);
      return u == v;
    }
    case MGO_FLOAT64: {
      double u, v;
      std::memcpy(&u, x, 8);
      std::memcpy(&v, y, 8);
      return u == v;
    }
    case MGO_COMPLEX64: {
      float u[2], v[2];
      std::memcpy(u, x, 8);
      std::memcpy(v, y, 8);
      return u[0] == v[0] && u[1] == v[1];
    }
    case MGO_COMPLEX128: {
      double u[2], v[2];
      std::memcpy(u, x, 16);
      std::memcpy(v, y, 16);
      return u[0] == v[0] && u[1] == v[1];
    }
    case MGO_STRING: {
      auto* s = static_cast<const mgo_string*>(a);
      auto* r = static_cast<const mgo_string*>(b);
      return s->len == r->len && (s->ptr == r->ptr || std::memcmp(s->ptr, r->ptr, size_t(s->len)) == 0);
    }
    case MGO_INTERFACE: {
      auto* s = static_cast<const mgo_eface*>(a);
      auto* r = static_cast<const mgo_eface*>(b);
      if (s->type != r->type) return false;
      if (!s->type) return true;
      if (!(s->type->flags & MGO_TFLAG_COMPARABLE)) uncomparable(s->type);
      return equalValues(s->type, s->data, r->data);
    }
    case MGO_ARRAY: {
      uint64_t size = t->elem->size;
      for (uint64_t i = 0; i < t->len; ++i)
        if (!equalValues(t->elem, x + i * size, y + i * size)) return false;
      return true;
    }
    case MGO_STRUCT: {
      for (uint64_t i = 0; i < t->len; ++i) {
        const mgo_field& f = t->fields[i];
        if (!isBlank(f) && !equalValues(f.type, x + f.offset, y + f.offset)) return false;
      }
      return true;
    }
    case MGO_BOOL: case MGO_INT8: case MGO_UINT8:
      return *x == *y;
    case MGO_INT16: case MGO_UINT16:
      return std::memcmp(x, y, 2) == 0;
    case MGO_INT32: case MGO_UINT32:
      return read4(x) == read4(y);
    case MGO_INT: case MGO_INT64: case MGO_UINT: case MGO_UINT64: case MGO_UINTPTR:
    case MGO_POINTER: case MGO_CHAN: case MGO_UNSAFE_POINTER:
      return read8(x) == read8(y);
    default:
      uncomparable(t);
  }
}

}  // namespace mgo::rt

extern "C" bool mgo_equal(const mgo_type* t, const void* a, const void* b) {
  return mgo::rt::equalValues(t, a, b);
}
