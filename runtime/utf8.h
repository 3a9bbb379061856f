// utf8.h — UTF-8 encoding and decoding exactly as Go's unicode/utf8 (invalid input decodes to
// U+FFFD with width 1; surrogates and values above U+10FFFF encode as U+FFFD).
#pragma once
#include <cstdint>

namespace mgo::rt {

constexpr int32_t kRuneError = 0xFFFD;

// Decodes the rune starting at p[0] (n > 0 bytes available); sets *width (1..4).
inline int32_t decodeRune(const uint8_t* p, int64_t n, int* width) {
  uint8_t c0 = p[0];
  if (c0 < 0x80) { *width = 1; return c0; }
  auto cont = [&](int64_t i) { return i < n && (p[i] & 0xC0) == 0x80; };
  if (c0 >= 0xC2 && c0 <= 0xDF) {
    if (cont(1)) { *width = 2; return int32_t(c0 & 0x1F) << 6 | (p[1] & 0x3F); }
  } else if (c0 >= 0xE0 && c0 <= 0xEF) {
    uint8_t lo = c0 == 0xE0 ? 0xA0 : 0x80, hi = c0 == 0xED ? 0x9F : 0xBF;
    if (n > 1 && p[1] >= lo && p[1] <= hi && cont(2)) {
      *width = 3;
      return int32_t(c0 & 0x0F) << 12 | int32_t(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
    }
  } else if (c0 >= 0xF0 && c0 <= 0xF4) {
    uint8_t lo = c0 == 0xF0 ? 0x90 : 0x80, hi = c0 == 0xF4 ? 0x8F : 0xBF;
    if (n > 1 && p[1] >= lo && p[1] <= hi && cont(2) && cont(3)) {
      *width = 4;
      return int32_t(c0 & 0x07) << 18 | int32_t(p[1] & 0x3F) << 12 | int32_t(p[2] & 0x3F) << 6 | (p[3] & 0x3F);
    }
  }
  *width = 1;
  return kRuneError;
}

// Encodes r into out (>= 4 bytes); returns the number of bytes.
inline int encodeRune(int64_t r, uint8_t* out) {
  if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = kRuneError;
  if (r < 0x80) { out[0] = uint8_t(r); return 1; }
  if (r < 0x800) { out[0] = uint8_t(0xC0 | (r >> 6)); out[1] = uint8_t(0x80 | (r & 0x3F)); return 2; }
  if (r < 0x10000) {
    out[0] = uint8_t(0xE0 | (r >> 12)); out[1] = uint8_t(0x80 | ((r >> 6) & 0x3F)); out[2] = uint8_t(0x80 | (r & 0x3F));
    return 3;
  }
  out[0] = uint8_t(0xF0 | (r >> 18)); out[1] = uint8_t(0x80 | ((r >> 12) & 0x3F));
  out[2] = uint8_t(0x80 | ((r >> 6) & 0x3F)); out[3] = uint8_t(0x80 | (r & 0x3F));
  return 4;
}

inline int runeLen(int64_t r) {
  uint8_t tmp[4];
  return encodeRune(r, tmp);
}

}  // namespace mgo::rt
