// lib_strconv.cpp — package strconv formatting functions (abi.h) with Go's output.
#include <string>

#include "fmt_internal.h"
#include "sched_api.h"

using namespace mgo::rt;

namespace {

std::string formatBits(uint64_t u, int base, bool negative) {
  static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  std::string s;
  do {
    s.insert(s.begin(), digits[u % uint64_t(base)]);
    u /= uint64_t(base);
  } while (u);
  if (negative) s.insert(s.begin(), '-');
  return s;
}

void checkBase(int64_t base) {
  if (base < 2 || base > 36) mgo_runtime_panic_string("strconv: illegal AppendInt/FormatInt base");
}

}  // namespace

extern "C" {

mgo_string mgo_strconv_Itoa(int64_t v) {
  return toGoString(formatBits(v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v), 10, v < 0));
}
mgo_string mgo_strconv_FormatInt(int64_t v, int64_t base) {
  checkBase(base);
  return toGoString(formatBits(v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v), int(base), v < 0));
}
mgo_string mgo_strconv_FormatUint(uint64_t v, int64_t base) {
  checkBase(base);
  return toGoString(formatBits(v, int(base), false));
}
mgo_string mgo_strconv_FormatFloat(double v, uint8_t fmt, int64_t prec, int64_t bitsize) {
  return toGoString(formatFloat(v, char(fmt), int(prec), int(bitsize)));
}
mgo_string mgo_strconv_FormatBool(bool v) { return toGoString(v ? "true" : "false"); }
mgo_string mgo_strconv_Quote(const uint8_t* s, int64_t slen) { return toGoString(quoteString(s, slen)); }
mgo_string mgo_strconv_QuoteRune(int32_t r) { return toGoString(quoteRune(r)); }

}  // extern "C"
