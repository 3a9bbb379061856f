// hash.cpp — hashing and equality of Go values driven by their type descriptors, for map keys
// and for == on composite values (mgo_equal).
//
// Invariants (Go spec "Comparison operators"): equal values hash equally; floats compare by IEEE
// (+0 == -0, NaN != NaN: NaN gets a fresh random hash so each NaN key is a new entry); strings by
// bytes; arrays element-wise; structs field-wise, skipping padding and blank fields; interfaces
// by dynamic type then value.
#include <cstring>

#include "abi.h"
#include "map_internal.h"

namespace mgo::rt {

namespace {

inline uint64_t mix(uint64_t a, uint64_t b) {
  __uint128_t product = __uint128_t(a ^ 0xa0761d6478bd642fULL) * (b ^ 0xe7037ed1a0b428dbULL);
  return uint64_t(product) ^ uint64_t(product >> 64);
}

uint64_t nanCounter = 0x9E3779B97F4A7C15ULL;

}  // namespace

uint64_t hashBytes(const void* data, uint64_t n, uint64_t seed) {
  auto* p = static_cast<const uint8_t*>(data);
  uint64_t h = seed ^ (n * 0x8ebc6af09c88c6e3ULL);
  while (n >= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    h = mix(h, w);
    p += 8;
    n -= 8;
  }
  if (n) {
    uint64_t w = 0;
    std::memcpy(&w, p, n);
    h = mix(h, w ^ (uint64_t(n) << 56));
  }
  return mix(h, 0x589965cc75374cc3ULL);
}

uint64_t hashValue(const mgo_type* t, const void* v, uint64_t seed) {
  switch (t->kind) {
    case MGO_FLOAT32: {
      float f;
      std::memcpy(&f, v, 4);
      if (f != f) return mix(seed, nanCounter += 0x9E3779B97F4A7C15ULL);
      if (f == 0) f = 0;  // -0 hashes like +0
      return hashBytes(&f, 4, seed);
    }
    case MGO_FLOAT64: {
      double d;
      std::memcpy(&d, v, 8);
      if (d != d) return mix(seed, nanCounter += 0x9E3779B97F4A7C15ULL);
      if (d == 0) d = 0;
      return hashBytes(&d, 8, seed);
    }
    case MGO_STRING: {
      auto* s = static_cast<const mgo_string*>(v);
      return hashBytes(s->ptr, uint64_t(s->len), seed);
    }
    case MGO_INTERFACE: {
      auto* e = static_cast<const mgo_eface*>(v);
      if (!e->type) return mix(seed, 0);
      return hashValue(e->type, e->data, mix(seed, reinterpret_cast<uintptr_t>(e->type)));
    }
    case MGO_ARRAY: {
      uint64_t h = seed;
      for (uint64_t i = 0; i < t->len; ++i)
        h = hashValue(t->elem, static_cast<const uint8_t*>(v) + i * t->elem->size, h);
      return h;
    }
    case MGO_STRUCT: {
      uint64_t h = seed;
      for (uint64_t i = 0; i < t->len; ++i) {
        const mgo_field& f = t->fields[i];
        if (f.name[0] == '_' && f.name[1] == 0) continue;
        h = hashValue(f.type, static_cast<const uint8_t*>(v) + f.offset, h);
      }
      return h;
    }
    default:
      return hashBytes(v, t->size, seed);
  }
}

bool equalValues(const mgo_type* t, const void* a, const void* b) {
  switch (t->kind) {
    case MGO_FLOAT32: {
      float x, y;
      std::memcpy(&x, a, 4);
      std::memcpy(&y, b, 4);
      return x == y;
    }
    case MGO_FLOAT64: {
      double x, y;
      std::memcpy(&x, a, 8);
      std::memcpy(&y, b, 8);
      return x == y;
    }
    case MGO_STRING: {
      auto* x = static_cast<const mgo_string*>(a);
      auto* y = static_cast<const mgo_string*>(b);
      return mgo_string_equal(x->ptr, x->len, y->ptr, y->len);
    }
    case MGO_INTERFACE: {
      auto* x = static_cast<const mgo_eface*>(a);
      auto* y = static_cast<const mgo_eface*>(b);
      if (x->type != y->type) return false;
      if (!x->type) return true;
      return equalValues(x->type, x->data, y->data);
    }
    case MGO_ARRAY: {
      for (uint64_t i = 0; i < t->len; ++i) {
        uint64_t off = i * t->elem->size;
        if (!equalValues(t->elem, static_cast<const uint8_t*>(a) + off, static_cast<const uint8_t*>(b) + off))
          return false;
      }
      return true;
    }
    case MGO_STRUCT: {
      for (uint64_t i = 0; i < t->len; ++i) {
        const mgo_field& f = t->fields[i];
        if (f.name[0] == '_' && f.name[1] == 0) continue;
        if (!equalValues(f.type, static_cast<const uint8_t*>(a) + f.offset, static_cast<const uint8_t*>(b) + f.offset))
          return false;
      }
      return true;
    }
    default:
      return std::memcmp(a, b, t->size) == 0;
  }
}

}  // namespace mgo::rt

extern "C" bool mgo_equal(const mgo_type* t, const void* a, const void* b) {
  return mgo::rt::equalValues(t, a, b);
}
