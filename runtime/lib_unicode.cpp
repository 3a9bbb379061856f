// lib_unicode.cpp — Go 1.19's unicode.To / ToUpper / ToLower / ToTitle / SimpleFold / IsSpace
// (src/unicode/letter.go, graphic.go), over the tables in unicode_tables.cpp.
#include "unicode_internal.h"

namespace mgo::rt::unicode {

int32_t toCase(Case c, int32_t r) {
  size_t lo = 0, hi = kCaseRangesLen;
  while (lo < hi) {
    size_t m = lo + (hi - lo) / 2;
    const CaseRange& cr = kCaseRanges[m];
    if (int32_t(cr.lo) <= r && r <= int32_t(cr.hi)) {
      int32_t delta = cr.delta[c];
      if (delta > kMaxRune) {
        // Alternating Upper/Lower run: even offsets are upper case, odd ones lower case.
        int32_t base = int32_t(cr.lo);
        return base + (((r - base) & ~1) | int32_t(c & 1));
      }
      return r + delta;
    }
    if (r < int32_t(cr.lo)) hi = m;
    else lo = m + 1;
  }
  return r;
}

int32_t toUpper(int32_t r) {
  if (r <= 0x7F) return (r >= 'a' && r <= 'z') ? r - ('a' - 'A') : r;
  return toCase(kUpperCase, r);
}

int32_t toLower(int32_t r) {
  if (r <= 0x7F) return (r >= 'A' && r <= 'Z') ? r + ('a' - 'A') : r;
  return toCase(kLowerCase, r);
}

int32_t toTitle(int32_t r) {
  if (r <= 0x7F) return (r >= 'a' && r <= 'z') ? r - ('a' - 'A') : r;
  return toCase(kTitleCase, r);
}

int32_t simpleFold(int32_t r) {
  if (r < 0 || r > kMaxRune) return r;
  if (r < 0x80) {  // Go's asciiFold
    if (r >= 'A' && r <= 'Z') return r + ('a' - 'A');
    if (r == 'k') return 0x212A;
    if (r == 's') return 0x017F;
    if (r >= 'a' && r <= 'z') return r - ('a' - 'A');
    return r;
  }
  size_t lo = 0, hi = kCaseOrbitLen;
  while (lo < hi) {
    size_t m = lo + (hi - lo) / 2;
    if (int32_t(kCaseOrbit[m].from) < r) lo = m + 1;
    else hi = m;
  }
  if (lo < kCaseOrbitLen && int32_t(kCaseOrbit[lo].from) == r) return kCaseOrbit[lo].to;
  int32_t l = toLower(r);
  if (l != r) return l;
  return toUpper(r);
}

bool isSpace(int32_t r) {
  if (r <= 0xFF) {
    switch (r) {
      case '\t': case '\n': case '\v': case '\f': case '\r': case ' ': case 0x85: case 0xA0: return true;
    }
    return false;
  }
  return r == 0x1680 || (r >= 0x2000 && r <= 0x200A) || r == 0x2028 || r == 0x2029 || r == 0x202F ||
         r == 0x205F || r == 0x3000;
}

}  // namespace mgo::rt::unicode
