// strconv_float.cpp — Go's strconv.FormatFloat (ftoa.go) for the formats 'e' 'E' 'f' 'g' 'G'
// with precision -1 (shortest round-trip) or >= 0, for float64 and float32.
//
// Digit generation is std::to_chars (exact and shortest, as Go's Ryu-based ftoa); this file only
// lays the digits out as Go does (formatDigits / fmtE / fmtF), so results are byte-identical.
#include <charconv>
#include <cmath>
#include <cstring>
#include <string>

#include "fmt_internal.h"

namespace mgo::rt {

namespace {

struct Digits {
  std::string d;  // significant decimal digits, no trailing zeros ("" for zero)
  int dp = 0;     // decimal point position: value = 0.d * 10^dp
};

// Scientific digits of |v| with `precision` digits after the point, or shortest when < 0.
Digits decimalDigits(double v, int bitSize, int precision) {
  char buf[512];
  std::to_chars_result r;
  if (bitSize == 32) {
    float f = float(v);
    r = precision < 0 ? std::to_chars(buf, buf + sizeof buf, f, std::chars_format::scientific)
                      : std::to_chars(buf, buf + sizeof buf, f, std::chars_format::scientific, precision);
  } else {
    r = precision < 0 ? std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific)
                      : std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific, precision);
  }
  std::string s(buf, r.ptr);
  Digits out;
  size_t e = s.find('e');
  int exponent = std::atoi(s.c_str() + e + 1);
  for (size_t i = 0; i < e; ++i)
    if (s[i] >= '0' && s[i] <= '9') out.d += s[i];
  while (!out.d.empty() && out.d.back() == '0') out.d.pop_back();
  size_t lead = 0;
  while (lead < out.d.size() && out.d[lead] == '0') ++lead;  // only for zero
  if (lead == out.d.size()) {
    out.d.clear();
    out.dp = 0;
    return out;
  }
  out.dp = exponent + 1;
  return out;
}

void appendExponent(std::string& out, int exp, char fmt) {
  out += fmt;
  if (exp < 0) {
    out += '-';
    exp = -exp;
  } else {
    out += '+';
  }
  if (exp < 10) {
    out += '0';
    out += char('0' + exp);
  } else if (exp < 100) {
    out += char('0' + exp / 10);
    out += char('0' + exp % 10);
  } else {
    out += char('0' + exp / 100);
    out += char('0' + (exp / 10) % 10);
    out += char('0' + exp % 10);
  }
}

// %e: -d.ddddde±dd
void fmtE(std::string& out, bool neg, const Digits& digs, int prec, char fmt) {
  if (neg) out += '-';
  int nd = int(digs.d.size());
  out += nd == 0 ? '0' : digs.d[0];
  if (prec > 0) {
    out += '.';
    int i = 1;
    int m = nd < prec + 1 ? nd : prec + 1;
    if (i < m) {
      out.append(digs.d, size_t(i), size_t(m - i));
      i = m;
    }
    for (; i <= prec; ++i) out += '0';
  }
  int exp = nd == 0 ? 0 : digs.dp - 1;
  appendExponent(out, exp, fmt);
}

// %f: -ddddd.ddddd
void fmtF(std::string& out, bool neg, const Digits& digs, int prec) {
  if (neg) out += '-';
  int nd = int(digs.d.size());
  if (digs.dp > 0) {
    int m = nd < digs.dp ? nd : digs.dp;
    out.append(digs.d, 0, size_t(m));
    for (; m < digs.dp; ++m) out += '0';
  } else {
    out += '0';
  }
  if (prec > 0) {
    out += '.';
    for (int i = 1; i <= prec; ++i) {
      int j = digs.dp + i - 1;
      out += (j >= 0 && j < nd) ? digs.d[size_t(j)] : '0';
    }
  }
}

}  // namespace

std::string formatFloat(double v, char fmt, int prec, int bitSize) {
  if (std::isnan(v)) return "NaN";
  if (std::isinf(v)) return v > 0 ? "+Inf" : "-Inf";
  bool neg = std::signbit(v);
  double a = std::fabs(v);
  std::string out;
  bool shortest = prec < 0;
  switch (fmt) {
    case 'f': {
      if (!shortest) {
        // Exact fixed-point rounding: let to_chars do it, keep Go's sign handling (-0 prints -0).
        char buf[1100];
        std::to_chars_result r = bitSize == 32
            ? std::to_chars(buf, buf + sizeof buf, float(a), std::chars_format::fixed, prec)
            : std::to_chars(buf, buf + sizeof buf, a, std::chars_format::fixed, prec);
        if (neg) out += '-';
        out.append(buf, r.ptr);
        return out;
      }
      Digits digs = decimalDigits(a, bitSize, -1);
      int p = int(digs.d.size()) - digs.dp;
      fmtF(out, neg, digs, p > 0 ? p : 0);
      return out;
    }
    case 'e': case 'E': {
      Digits digs = decimalDigits(a, bitSize, prec);
      int p = shortest ? (int(digs.d.size()) - 1 > 0 ? int(digs.d.size()) - 1 : 0) : prec;
      fmtE(out, neg, digs, p, fmt);
      return out;
    }
    case 'g': case 'G': {
      int digitsWanted = prec == 0 ? 1 : prec;
      Digits digs = decimalDigits(a, bitSize, shortest ? -1 : digitsWanted - 1);
      int nd = int(digs.d.size());
      if (shortest) prec = nd;
      int eprec = prec;
      if (eprec > nd && nd >= digs.dp) eprec = nd;
      if (shortest) eprec = 6;
      int exp = digs.dp - 1;
      if (nd == 0) exp = 0;
      if (exp < -4 || exp >= eprec) {
        if (prec > nd) prec = nd;
        fmtE(out, neg, digs, prec - 1 > 0 ? prec - 1 : 0, fmt == 'g' ? 'e' : 'E');
        return out;
      }
      if (prec > digs.dp) prec = nd;
      int p = prec - digs.dp;
      fmtF(out, neg, digs, p > 0 ? p : 0);
      return out;
    }
    default:
      return std::string("%") + fmt;
  }
}

}  // namespace mgo::rt
