// unicode_internal.h — the parts of Go's package unicode that package strings needs: case mapping
// (unicode.ToUpper / ToLower / ToTitle over the full Unicode 13 CaseRanges table), SimpleFold and
// IsSpace, all with Go 1.19's exact results. Tables: unicode_tables.cpp; code: lib_unicode.cpp.
#pragma once
#include <cstddef>
#include <cstdint>

namespace mgo::rt::unicode {

constexpr int32_t kMaxRune = 0x10FFFF;
constexpr int32_t kUpperLower = kMaxRune + 1;  // delta marking an alternating Upper/Lower run
enum Case { kUpperCase = 0, kLowerCase = 1, kTitleCase = 2 };

struct CaseRange {
  uint32_t lo;
  uint32_t hi;
  int32_t delta[3];  // indexed by Case
};
struct FoldPair {
  uint16_t from;
  uint16_t to;
};

extern const CaseRange kCaseRanges[];
extern const size_t kCaseRangesLen;
extern const FoldPair kCaseOrbit[];
extern const size_t kCaseOrbitLen;

int32_t toCase(Case c, int32_t r);  // unicode.To
int32_t toUpper(int32_t r);
int32_t toLower(int32_t r);
int32_t toTitle(int32_t r);
int32_t simpleFold(int32_t r);
bool isSpace(int32_t r);

}  // namespace mgo::rt::unicode
