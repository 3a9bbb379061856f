// strconv_ftoa.cpp — Go's strconv.AppendFloat (ftoa.go) for the formats 'b' 'e' 'E' 'f' 'g' 'G'
// 'x' 'X', precision -1 (shortest decimal that round-trips) or >= 0, float64 and float32.
//
// Decimal digit generation is std::to_chars, which is exact (correct rounding, ties to even on
// exactly representable halves) and shortest-round-trip like Go's Ryu/bigFtoa paths; this file
// then lays the digits out exactly as Go's formatDigits / fmtE / fmtF do. 'b' and 'x' work on the
// mantissa/exponent bits as Go's fmtB / fmtX.
// Invariant: digit sequences handed to the layout functions have no trailing zeros, and zero is
// nd == 0, dp == 0 (Go's decimalSlice convention).
#include <charconv>
#include <cmath>
#include <cstring>

#include "strconv_internal.h"

namespace mgo::rt {

namespace {

struct DecimalDigits {
  const char* d;  // significant digits
  int nd;         // number of digits
  int dp;         // decimal point: value = 0.d[0..nd) * 10^dp
};

// Decimal digits of |a| (as float32 when bitSize == 32): the shortest round-trip digits when
// sigDigits < 0, else exactly rounded to sigDigits significant digits. Storage is in scratch.
DecimalDigits decimalDigits(ByteBuffer& scratch, double a, int bitSize, int sigDigits) {
  size_t room = sigDigits < 0 ? 64 : size_t(sigDigits) + 32;
  char* start = scratch.reserve(room);
  std::to_chars_result r;
  if (bitSize == 32) {
    float f = float(a);
    r = sigDigits < 0 ? std::to_chars(start, start + room, f, std::chars_format::scientific)
                      : std::to_chars(start, start + room, f, std::chars_format::scientific, sigDigits - 1);
  } else {
    r = sigDigits < 0 ? std::to_chars(start, start + room, a, std::chars_format::scientific)
                      : std::to_chars(start, start + room, a, std::chars_format::scientific, sigDigits - 1);
  }
  // "d.ddde+XX": compact the digits in place, then read the exponent.
  int nd = 0;
  const char* p = start;
  for (; p < r.ptr && *p != 'e'; ++p)
    if (*p >= '0' && *p <= '9') start[nd++] = *p;
  int exp = 0;
  bool negExp = false;
  if (p < r.ptr) ++p;  // 'e'
  if (p < r.ptr && (*p == '-' || *p == '+')) negExp = *p++ == '-';
  for (; p < r.ptr; ++p) exp = exp * 10 + (*p - '0');
  if (negExp) exp = -exp;
  while (nd > 0 && start[nd - 1] == '0') --nd;
  if (nd == 0) return DecimalDigits{start, 0, 0};
  return DecimalDigits{start, nd, exp + 1};
}

// %e: -d.ddddde±dd
void fmtE(ByteBuffer& out, bool neg, const DecimalDigits& d, int prec, char fmt) {
  if (neg) out.push('-');
  out.push(d.nd != 0 ? d.d[0] : '0');
  if (prec > 0) {
    out.push('.');
    int i = 1;
    int m = d.nd < prec + 1 ? d.nd : prec + 1;
    if (i < m) {
      out.append(d.d + i, size_t(m - i));
      i = m;
    }
    if (i <= prec) out.appendRepeated('0', size_t(prec - i + 1));
  }
  out.push(fmt);
  int exp = d.nd == 0 ? 0 : d.dp - 1;
  if (exp < 0) {
    out.push('-');
    exp = -exp;
  } else {
    out.push('+');
  }
  if (exp < 10) {
    out.push('0');
    out.push(char('0' + exp));
  } else if (exp < 100) {
    out.push(char('0' + exp / 10));
    out.push(char('0' + exp % 10));
  } else {
    out.push(char('0' + exp / 100));
    out.push(char('0' + (exp / 10) % 10));
    out.push(char('0' + exp % 10));
  }
}

// %f: -ddddddd.ddddd
void fmtF(ByteBuffer& out, bool neg, const DecimalDigits& d, int prec) {
  if (neg) out.push('-');
  if (d.dp > 0) {
    int m = d.nd < d.dp ? d.nd : d.dp;
    out.append(d.d, size_t(m));
    if (m < d.dp) out.appendRepeated('0', size_t(d.dp - m));
  } else {
    out.push('0');
  }
  if (prec > 0) {
    out.push('.');
    for (int i = 0; i < prec; ++i) {
      int j = d.dp + i;
      out.push(j >= 0 && j < d.nd ? d.d[j] : '0');
    }
  }
}

// Go's formatDigits for 'e' 'E' 'f' 'g' 'G'.
void formatDigits(ByteBuffer& out, bool shortest, bool neg, const DecimalDigits& d, int prec, char fmt) {
  switch (fmt) {
    case 'e': case 'E':
      fmtE(out, neg, d, prec, fmt);
      return;
    case 'f':
      fmtF(out, neg, d, prec);
      return;
    case 'g': case 'G': {
      int eprec = prec;
      if (eprec > d.nd && d.nd >= d.dp) eprec = d.nd;
      if (shortest) eprec = 6;
      int exp = d.dp - 1;
      if (exp < -4 || exp >= eprec) {
        if (prec > d.nd) prec = d.nd;
        fmtE(out, neg, d, prec - 1, char(fmt + 'e' - 'g'));
        return;
      }
      if (prec > d.dp) prec = d.nd;
      fmtF(out, neg, d, prec - d.dp > 0 ? prec - d.dp : 0);
      return;
    }
  }
  out.push('%');
  out.push(fmt);
}

struct FloatBits {
  bool neg;
  uint64_t mant;
  int exp;       // unbiased exponent as Go's genericFtoa computes it (before subtracting mantbits)
  int mantbits;
  bool special;  // Inf or NaN
  bool nan;
};

FloatBits decompose(double v, int bitSize) {
  uint64_t bits;
  int mantbits, expbits, bias;
  if (bitSize == 32) {
    float f = float(v);
    uint32_t b;
    std::memcpy(&b, &f, 4);
    bits = b;
    mantbits = 23, expbits = 8, bias = -127;
  } else {
    std::memcpy(&bits, &v, 8);
    mantbits = 52, expbits = 11, bias = -1023;
  }
  FloatBits fb;
  fb.neg = (bits >> (expbits + mantbits)) != 0;
  int exp = int(bits >> mantbits) & ((1 << expbits) - 1);
  fb.mant = bits & ((uint64_t(1) << mantbits) - 1);
  fb.mantbits = mantbits;
  fb.special = exp == (1 << expbits) - 1;
  fb.nan = fb.special && fb.mant != 0;
  if (exp == 0) exp++;
  else fb.mant |= uint64_t(1) << mantbits;
  fb.exp = exp + bias;
  return fb;
}

// %b: -ddddddddp±ddd
void fmtB(ByteBuffer& out, const FloatBits& fb) {
  if (fb.neg) out.push('-');
  appendUint(out, fb.mant, 10);
  out.push('p');
  int exp = fb.exp - fb.mantbits;
  if (exp >= 0) out.push('+');
  appendInt(out, exp, 10);
}

// %x: -0x1.yyyyyyyyp±ddd or -0x0p+0.
void fmtX(ByteBuffer& out, int prec, char fmt, const FloatBits& fb) {
  uint64_t mant = fb.mant;
  int exp = fb.exp;
  if (mant == 0) exp = 0;
  mant <<= 60 - fb.mantbits;
  while (mant != 0 && (mant & (uint64_t(1) << 60)) == 0) {
    mant <<= 1;
    exp--;
  }
  if (prec >= 0 && prec < 15) {
    unsigned shift = unsigned(prec * 4);
    uint64_t extra = (mant << shift) & ((uint64_t(1) << 60) - 1);
    mant >>= 60 - shift;
    if ((extra | (mant & 1)) > (uint64_t(1) << 59)) mant++;
    mant <<= 60 - shift;
    if (mant & (uint64_t(1) << 61)) {
      mant >>= 1;
      exp++;
    }
  }
  const char* hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
  if (fb.neg) out.push('-');
  out.push('0');
  out.push(fmt);
  out.push(char('0' + ((mant >> 60) & 1)));
  mant <<= 4;
  if (prec < 0 && mant != 0) {
    out.push('.');
    while (mant != 0) {
      out.push(hex[(mant >> 60) & 15]);
      mant <<= 4;
    }
  } else if (prec > 0) {
    out.push('.');
    for (int i = 0; i < prec; ++i) {
      out.push(hex[(mant >> 60) & 15]);
      mant <<= 4;
    }
  }
  out.push(fmt == 'X' ? 'P' : 'p');
  if (exp < 0) {
    out.push('-');
    exp = -exp;
  } else {
    out.push('+');
  }
  if (exp < 100) {
    out.push(char('0' + exp / 10));
    out.push(char('0' + exp % 10));
  } else if (exp < 1000) {
    out.push(char('0' + exp / 100));
    out.push(char('0' + (exp / 10) % 10));
    out.push(char('0' + exp % 10));
  } else {
    out.push(char('0' + exp / 1000));
    out.push(char('0' + (exp / 100) % 10));
    out.push(char('0' + (exp / 10) % 10));
    out.push(char('0' + exp % 10));
  }
}

}  // namespace

void appendFloat(ByteBuffer& out, double v, char fmt, int prec, int bitSize) {
  FloatBits fb = decompose(v, bitSize);
  if (fb.special) {
    if (fb.nan) out.append("NaN", 3);
    else if (fb.neg) out.append("-Inf", 4);
    else out.append("+Inf", 4);
    return;
  }
  if (fmt == 'b') {
    fmtB(out, fb);
    return;
  }
  if (fmt == 'x' || fmt == 'X') {
    fmtX(out, prec, fmt, fb);
    return;
  }
  double a = std::fabs(v);
  if (bitSize == 32) a = double(float(a));
  bool shortest = prec < 0;
  if (fmt == 'f' && !shortest) {
    // Exact fixed-point digits straight from to_chars (Go's bigFtoa rounds the same way).
    size_t room = 330 + size_t(prec);
    if (fb.neg) out.push('-');
    char* start = out.reserve(room);
    std::to_chars_result r = bitSize == 32
        ? std::to_chars(start, start + room, float(a), std::chars_format::fixed, prec)
        : std::to_chars(start, start + room, a, std::chars_format::fixed, prec);
    out.commit(size_t(r.ptr - start));
    return;
  }
  ByteBuffer scratch;
  DecimalDigits digs;
  if (shortest) {
    digs = decimalDigits(scratch, a, bitSize, -1);
    switch (fmt) {
      case 'e': case 'E': prec = digs.nd - 1 > 0 ? digs.nd - 1 : 0; break;
      case 'f': prec = digs.nd - digs.dp > 0 ? digs.nd - digs.dp : 0; break;
      case 'g': case 'G': prec = digs.nd; break;
    }
  } else {
    int sig;
    switch (fmt) {
      case 'e': case 'E': sig = prec + 1; break;
      case 'g': case 'G':
        if (prec == 0) prec = 1;
        sig = prec;
        break;
      default: sig = 1; break;
    }
    digs = decimalDigits(scratch, a, bitSize, sig);
  }
  formatDigits(out, shortest, fb.neg, digs, prec, fmt);
}

}  // namespace mgo::rt
