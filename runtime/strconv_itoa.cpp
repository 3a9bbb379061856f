// strconv_itoa.cpp — Go's strconv integer formatting (itoa.go formatBits): any base 2..36 with
// lower-case digits, a leading '-' for negative signed values (math.MinInt64 included).
#include "strconv_internal.h"

namespace mgo::rt {

namespace {
const char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";

void appendBits(ByteBuffer& out, uint64_t u, int base, bool negative) {
  char buf[65];  // 64 binary digits + sign
  int i = int(sizeof buf);
  if (base == 10) {
    do {
      buf[--i] = char('0' + u % 10);
      u /= 10;
    } while (u);
  } else if ((base & (base - 1)) == 0) {
    int shift = __builtin_ctz(unsigned(base));
    uint64_t mask = uint64_t(base) - 1;
    do {
      buf[--i] = kDigits[u & mask];
      u >>= shift;
    } while (u);
  } else {
    do {
      buf[--i] = kDigits[u % uint64_t(base)];
      u /= uint64_t(base);
    } while (u);
  }
  if (negative) buf[--i] = '-';
  out.append(buf + i, sizeof buf - size_t(i));
}
}  // namespace

int formatUintDecimal(char (&buf)[24], uint64_t v) {
  int i = 24;
  do {
    buf[--i] = char('0' + v % 10);
    v /= 10;
  } while (v);
  return i;
}

void appendInt(ByteBuffer& out, int64_t v, int base) {
  bool negative = v < 0;
  appendBits(out, negative ? uint64_t(0) - uint64_t(v) : uint64_t(v), base, negative);
}

void appendUint(ByteBuffer& out, uint64_t v, int base) { appendBits(out, v, base, false); }

}  // namespace mgo::rt
