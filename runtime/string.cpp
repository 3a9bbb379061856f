// string.cpp — Go string operations: concatenation, comparison, conversions to and from byte and
// rune slices, and UTF-8 decoding for `for range` over strings.
// Invariants: strings are immutable {ptr, len}; new string bytes come from the GC heap as noscan
// objects (one-byte strings point into a static table); a zero-length result has ptr == nullptr or any valid pointer (never dereferenced).
#include <cstring>

#include "abi.h"
#include "sizeclasses.h"
#include "utf8.h"

using namespace mgo::rt;

namespace {

uint8_t* allocBytes(int64_t n) { return static_cast<uint8_t*>(mgo_alloc_bytes(uint64_t(n), true)); }

// One-byte strings point into this table instead of allocating (Go's staticuint64s trick).
constexpr struct ByteTable {
  uint8_t bytes[256];
  constexpr ByteTable() : bytes() {
    for (int i = 0; i < 256; i++) bytes[i] = uint8_t(i);
  }
} kSingleBytes;

}  // namespace

extern "C" {

mgo_string mgo_string_concat(const mgo_string* parts, int64_t n) {
  int64_t total = 0;
  int64_t nonEmpty = 0;
  const mgo_string* only = nullptr;
  for (int64_t i = 0; i < n; ++i) {
    total += parts[i].len;
    if (parts[i].len) { ++nonEmpty; only = &parts[i]; }
  }
  if (nonEmpty == 0) return mgo_string{nullptr, 0};
  if (nonEmpty == 1) return *only;  // Go also returns the operand itself
  uint8_t* out = allocBytes(total);
  int64_t at = 0;
  for (int64_t i = 0; i < n; ++i) {
    if (parts[i].len) std::memcpy(out + at, parts[i].ptr, size_t(parts[i].len));
    at += parts[i].len;
  }
  return mgo_string{out, total};
}

int64_t mgo_string_compare(const uint8_t* ap, int64_t alen, const uint8_t* bp, int64_t blen) {
  int64_t n = alen < blen ? alen : blen;
  int c = n ? std::memcmp(ap, bp, size_t(n)) : 0;
  if (c) return c < 0 ? -1 : 1;
  return alen < blen ? -1 : (alen > blen ? 1 : 0);
}

bool mgo_string_equal(const uint8_t* ap, int64_t alen, const uint8_t* bp, int64_t blen) {
  return alen == blen && (alen == 0 || ap == bp || std::memcmp(ap, bp, size_t(alen)) == 0);
}

mgo_string mgo_string_from_rune(int64_t r) {
  if (r >= 0 && r < 0x80) return mgo_string{&kSingleBytes.bytes[r], 1};
  uint8_t tmp[4];
  int n = encodeRune(r, tmp);
  uint8_t* out = allocBytes(n);
  std::memcpy(out, tmp, size_t(n));
  return mgo_string{out, n};
}

mgo_string mgo_string_from_bytes(const uint8_t* p, int64_t len, int64_t) {
  if (len == 0) return mgo_string{nullptr, 0};
  if (len == 1) return mgo_string{&kSingleBytes.bytes[p[0]], 1};
  uint8_t* out = allocBytes(len);
  std::memcpy(out, p, size_t(len));
  return mgo_string{out, len};
}

mgo_string mgo_string_from_runes(const int32_t* p, int64_t len, int64_t) {
  int64_t total = 0;
  for (int64_t i = 0; i < len; ++i) total += runeLen(p[i]);
  if (total == 0) return mgo_string{nullptr, 0};
  uint8_t* out = allocBytes(total);
  int64_t at = 0;
  for (int64_t i = 0; i < len; ++i) at += encodeRune(p[i], out + at);
  return mgo_string{out, total};
}

void mgo_bytes_from_string(mgo_slice* out, const uint8_t* p, int64_t len) {
  // Capacity follows the malloc size class, as Go's rawbyteslice does.
  int64_t cap = int64_t(roundUpSize(uint64_t(len)));
  uint8_t* bytes = cap ? allocBytes(cap) : nullptr;
  if (len) std::memcpy(bytes, p, size_t(len));
  out->ptr = bytes;
  out->len = len;
  out->cap = cap;
}

void mgo_runes_from_string(mgo_slice* out, const uint8_t* p, int64_t len) {
  int64_t count = 0;
  for (int64_t i = 0; i < len;) {
    int w;
    decodeRune(p + i, len - i, &w);
    i += w;
    ++count;
  }
  int64_t cap = int64_t(roundUpSize(uint64_t(count) * 4) / 4);  // Go's rawruneslice
  auto* runes = cap ? static_cast<int32_t*>(mgo_alloc_bytes(uint64_t(cap) * 4, true)) : nullptr;
  int64_t k = 0;
  for (int64_t i = 0; i < len;) {
    int w;
    runes[k++] = decodeRune(p + i, len - i, &w);
    i += w;
  }
  out->ptr = runes;
  out->len = count;
  out->cap = cap;
}

int32_t mgo_string_decode_rune(const uint8_t* p, int64_t len, int64_t i, int64_t* next) {
  int w;
  int32_t r = decodeRune(p + i, len - i, &w);
  *next = i + w;
  return r;
}

}  // extern "C"
