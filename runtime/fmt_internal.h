// fmt_internal.h — shared pieces of the fmt implementation (fmt_print.cpp, fmt_format.cpp,
// strconv_float.cpp, lib_strconv.cpp).
#pragma once
#include <cstdint>
#include <string>

#include "abi.h"

namespace mgo::rt {

// strconv.FormatFloat(v, fmt, prec, bitSize) for fmt in e E f g G.
std::string formatFloat(double v, char fmt, int prec, int bitSize);
// strconv.Quote / QuoteRune (ASCII-only = false).
std::string quoteString(const uint8_t* p, int64_t n, bool asciiOnly = false);
std::string quoteRune(int32_t r, bool asciiOnly = false);
bool isPrintRune(int32_t r);

// Formats args with a Go format string, as fmt.Sprintf.
std::string sprintf(const uint8_t* format, int64_t flen, const mgo_eface* args, int64_t n);
// fmt.Sprint (addSpaceBetweenNonStrings) and fmt.Sprintln.
std::string sprint(const mgo_eface* args, int64_t n, bool println);

inline mgo_string toGoString(const std::string& s) {
  if (s.empty()) return mgo_string{nullptr, 0};
  auto* bytes = static_cast<uint8_t*>(mgo_alloc_bytes(s.size(), true));
  for (size_t i = 0; i < s.size(); ++i) bytes[i] = uint8_t(s[i]);
  return mgo_string{bytes, int64_t(s.size())};
}

}  // namespace mgo::rt
