// map_internal.h — hashing and equality of Go values by type descriptor (hash.cpp), shared by
// map.cpp and mgo_equal.
// Invariants: equalValues(t, a, b) implies hashValue(t, a, s) == hashValue(t, b, s), except that
// a NaN (never equal to anything) hashes randomly, as in Go. Values of a dynamic type that is
// not comparable panic like Go ("hash of unhashable type T", "comparing uncomparable type T").
#pragma once
#include <cstdint>
#include <cstring>

#include "abi.h"

namespace mgo::rt {

constexpr uint64_t kWyP0 = 0xa0761d6478bd642fULL;
constexpr uint64_t kWyP1 = 0xe7037ed1a0b428dbULL;
constexpr uint64_t kWyP2 = 0x8ebc6af09c88c6e3ULL;
constexpr uint64_t kWyP3 = 0x589965cc75374cc3ULL;

// 64x64 -> 128-bit multiply, halves folded (wyhash's mixer).
inline uint64_t wyMix(uint64_t a, uint64_t b) {
  __uint128_t r = __uint128_t(a) * b;
  return uint64_t(r) ^ uint64_t(r >> 64);
}

inline uint64_t hash64(uint64_t v, uint64_t seed) { return wyMix(v ^ seed ^ kWyP0, kWyP1 ^ seed); }
inline uint64_t hash32(uint32_t v, uint64_t seed) { return wyMix(uint64_t(v) ^ seed ^ kWyP0, kWyP1 ^ seed); }

uint64_t hashBytes(const void* data, uint64_t n, uint64_t seed);       // wyhash (final v4 layout)
uint64_t hashValue(const mgo_type* t, const void* v, uint64_t seed);   // by kind, recursively
bool equalValues(const mgo_type* t, const void* a, const void* b);

// True if == on t is plain byte equality of t->size bytes (integers, pointers, channels, bools,
// and arrays / padding-free structs of those): such keys hash and compare with memcmp.
bool isMemComparable(const mgo_type* t);

uint64_t nanHash();   // a fresh random hash for a NaN key

}  // namespace mgo::rt
