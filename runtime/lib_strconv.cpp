// lib_strconv.cpp — package strconv's formatting functions (abi.h) with Go 1.19's output and
// panics; the algorithms live in strconv_itoa.cpp, strconv_ftoa.cpp and strconv_quote.cpp.
// Results are fresh no-scan GC strings (empty results are {nullptr, 0}).
#include "sched_api.h"
#include "strconv_internal.h"

using namespace mgo::rt;

namespace {

mgo_string smallDecimal(uint64_t v, bool negative) {
  char buf[24];
  int i = formatUintDecimal(buf, v);
  if (negative) buf[--i] = '-';
  auto* p = static_cast<uint8_t*>(mgo_alloc_bytes(size_t(24 - i), true));
  std::memcpy(p, buf + i, size_t(24 - i));
  return mgo_string{p, int64_t(24 - i)};
}

void checkBase(int64_t base) {
  if (base < 2 || base > 36) mgo_runtime_panic_string("strconv: illegal AppendInt/FormatInt base");
}

}  // namespace

extern "C" {

mgo_string mgo_strconv_Itoa(int64_t v) {
  return smallDecimal(v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v), v < 0);
}

mgo_string mgo_strconv_FormatInt(int64_t v, int64_t base) {
  checkBase(base);
  if (base == 10) return mgo_strconv_Itoa(v);
  ByteBuffer out;
  appendInt(out, v, int(base));
  return out.toGoString();
}

mgo_string mgo_strconv_FormatUint(uint64_t v, int64_t base) {
  checkBase(base);
  if (base == 10) return smallDecimal(v, false);
  ByteBuffer out;
  appendUint(out, v, int(base));
  return out.toGoString();
}

mgo_string mgo_strconv_FormatFloat(double v, uint8_t fmt, int64_t prec, int64_t bitsize) {
  if (bitsize != 32 && bitsize != 64) mgo_runtime_panic_string("strconv: illegal AppendFloat/FormatFloat bitSize");
  ByteBuffer out;
  // Precisions beyond int range behave as Go's (huge) precision would: clamp to something the
  // formatter can lay out; any value above ~1100 only adds zeros in Go too.
  int p = prec > 1000000000 ? 1000000000 : (prec < -1 ? -1 : int(prec));
  appendFloat(out, v, char(fmt), p, int(bitsize));
  return out.toGoString();
}

mgo_string mgo_strconv_FormatBool(bool v) {
  static const uint8_t kTrue[] = "true";
  static const uint8_t kFalse[] = "false";
  return v ? mgo_string{kTrue, 4} : mgo_string{kFalse, 5};
}

mgo_string mgo_strconv_Quote(const uint8_t* s, int64_t slen) {
  ByteBuffer out;
  appendQuote(out, s, slen);
  return out.toGoString();
}

mgo_string mgo_strconv_QuoteRune(int32_t r) {
  ByteBuffer out;
  appendQuoteRune(out, r);
  return out.toGoString();
}

mgo_string mgo_strconv_QuoteToASCII(const uint8_t* s, int64_t slen) {
  ByteBuffer out;
  appendQuote(out, s, slen, /*asciiOnly=*/true);
  return out.toGoString();
}

mgo_string mgo_strconv_QuoteRuneToASCII(int32_t r) {
  ByteBuffer out;
  appendQuoteRune(out, r, /*asciiOnly=*/true);
  return out.toGoString();
}

bool mgo_strconv_IsPrint(int32_t r) { return isPrint(r); }
bool mgo_strconv_CanBackquote(const uint8_t* s, int64_t slen) { return canBackquote(s, slen); }

}  // extern "C"
