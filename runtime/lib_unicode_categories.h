// lib_unicode_categories.h — Go 1.19's unicode category tables (lib_unicode_category_tables.cpp)
// as {lo, hi, stride} ranges, and membership as Go's unicode.Is computes it.
#pragma once
#include <cstddef>
#include <cstdint>

namespace mgo::rt::unicode {

struct Range {
  uint32_t lo;
  uint32_t hi;
  uint32_t stride;
};

struct RangeTable {
  const Range* ranges;  // sorted by lo, non-overlapping
  size_t len;
};

extern const RangeTable kUpperTable, kLowerTable, kTitleTable, kLetterTable, kMarkTable, kNumberTable,
    kDigitTable, kPunctTable, kSymbolTable, kZsTable;

// unicode.Is(table, r): binary search for the range holding r, then the stride.
inline bool inTable(const RangeTable& t, int32_t r) {
  if (r < 0) return false;
  uint32_t u = uint32_t(r);
  size_t lo = 0, hi = t.len;
  while (lo < hi) {
    size_t m = lo + (hi - lo) / 2;
    const Range& rg = t.ranges[m];
    if (rg.lo <= u && u <= rg.hi) return rg.stride == 1 || (u - rg.lo) % rg.stride == 0;
    if (u < rg.lo) hi = m;
    else lo = m + 1;
  }
  return false;
}

}  // namespace mgo::rt::unicode
