// lib_unicode_categories.cpp — the runtime half of package unicode (runtime/golib/unicode): its
// body-less functions, mgo_unicode_<Name>, with Go 1.19's results: the category predicates over
// the generated tables (lib_unicode_category_tables.cpp), case mapping and IsSpace from
// lib_unicode.cpp (which package strings uses too).
//
// Invariant: for Latin-1, Go answers from its `properties` table; those answers equal table
// membership except where noted (IsControl, IsPrint's U+00A0), which is coded explicitly here.
#include "lib_unicode_categories.h"
#include "unicode_internal.h"

using namespace mgo::rt::unicode;

extern "C" {

bool mgo_unicode_IsUpper(int32_t r) { return inTable(kUpperTable, r); }
bool mgo_unicode_IsLower(int32_t r) { return inTable(kLowerTable, r); }
bool mgo_unicode_IsTitle(int32_t r) { return inTable(kTitleTable, r); }
bool mgo_unicode_IsLetter(int32_t r) { return inTable(kLetterTable, r); }
bool mgo_unicode_IsMark(int32_t r) { return inTable(kMarkTable, r); }
bool mgo_unicode_IsNumber(int32_t r) { return inTable(kNumberTable, r); }
bool mgo_unicode_IsDigit(int32_t r) {
  if (r >= 0 && r <= 0xFF) return r >= '0' && r <= '9';
  return inTable(kDigitTable, r);
}
bool mgo_unicode_IsPunct(int32_t r) { return inTable(kPunctTable, r); }
bool mgo_unicode_IsSymbol(int32_t r) { return inTable(kSymbolTable, r); }
bool mgo_unicode_IsSpace(int32_t r) { return isSpace(r); }
bool mgo_unicode_IsControl(int32_t r) {  // only C0 and C1 (Go: Latin-1 pC)
  return (r >= 0 && r < 0x20) || (r >= 0x7F && r < 0xA0);
}

// L, M, N, P, S: what IsGraphic and IsPrint share.
static bool visible(int32_t r) {
  return inTable(kLetterTable, r) || inTable(kMarkTable, r) || inTable(kNumberTable, r) ||
         inTable(kPunctTable, r) || inTable(kSymbolTable, r);
}

bool mgo_unicode_IsGraphic(int32_t r) { return visible(r) || inTable(kZsTable, r); }
bool mgo_unicode_IsPrint(int32_t r) { return r == ' ' || visible(r); }

int32_t mgo_unicode_ToUpper(int32_t r) { return toUpper(r); }
int32_t mgo_unicode_ToLower(int32_t r) { return toLower(r); }
int32_t mgo_unicode_ToTitle(int32_t r) { return toTitle(r); }
int32_t mgo_unicode_SimpleFold(int32_t r) { return simpleFold(r); }
int32_t mgo_unicode_To(int64_t c, int32_t r) {
  if (c < 0 || c > 2) return 0xFFFD;  // Go: ReplacementChar for a bad case
  return toCase(Case(c), r);
}

}  // extern "C"
