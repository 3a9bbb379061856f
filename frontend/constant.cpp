// constant.cpp — exact constant values (see constant.h): construction, literal parsing,
// conversions, representability and Go's printing of constant values (go/constant's String()).
//
// Invariants: integer values are signed APSInts of at least 64 bits, trimmed to their significant
// width after every operation (so widths stay small); floats are exact reduced fractions when
// numerator and denominator fit 4096 bits (float_ then holds the quad approximation), else IEEE
// quad APFloats; conversions to float32/float64 round the exact fraction once.
#include "frontend/constant.h"

#include <cctype>
#include <cmath>
#include <cstdio>

#include <llvm/ADT/SmallString.h>
#include <llvm/Support/Error.h>

#include "frontend/diagnostics.h"
#include "frontend/types.h"

namespace mgo::types {

using llvm::APFloat;
using llvm::APInt;
using llvm::APSInt;

namespace {

const llvm::fltSemantics& quad() { return APFloat::IEEEquad(); }

APSInt trimmed(const APInt& v) {
  unsigned bits = std::max(64u, v.getSignificantBits());
  return APSInt(v.sextOrTrunc(bits), /*isUnsigned=*/false);
}

APInt extended(const APSInt& v, unsigned bits) { return v.sext(std::max(bits, v.getBitWidth())); }

APFloat intToFloat(const APSInt& v) {
  APFloat f(quad());
  f.convertFromAPInt(v, /*IsSigned=*/true, APFloat::rmNearestTiesToEven);
  return f;
}

// Exact integer value of an integral float; `ok` false if f is not an integer (or inf/NaN).
APSInt floatToInt(const APFloat& f, bool& ok) {
  ok = false;
  if (!f.isFinite()) return APSInt(APInt(64, 0), false);
  if (f.isZero()) {
    ok = true;
    return APSInt(APInt(64, 0), false);
  }
  int exp = ilogb(f);
  unsigned bits = static_cast<unsigned>(std::max(exp, 0)) + 3;
  APSInt result(bits, /*isUnsigned=*/false);
  bool exact = false;
  f.convertToInteger(result, APFloat::rmTowardZero, &exact);
  ok = exact;
  return trimmed(result);
}

void appendUtf8(std::string& out, uint32_t r) {
  if (r < 0x80) {
    out += static_cast<char>(r);
  } else if (r < 0x800) {
    out += static_cast<char>(0xC0 | (r >> 6));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else if (r < 0x10000) {
    out += static_cast<char>(0xE0 | (r >> 12));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (r >> 18));
    out += static_cast<char>(0x80 | ((r >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  }
}

// Decodes one UTF-8 sequence at s[i]; returns the rune (0xFFFD on error) and sets `size`.
uint32_t decodeUtf8(const std::string& s, size_t i, size_t& size) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = b(i);
  size = 1;
  if (c < 0x80) return c;
  int n = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
  if (n == 0 || i + static_cast<size_t>(n) > s.size()) return 0xFFFD;
  uint32_t r = c & (0x7F >> n);
  for (int k = 1; k < n; ++k) {
    unsigned char cc = b(i + static_cast<size_t>(k));
    if ((cc & 0xC0) != 0x80) return 0xFFFD;
    r = (r << 6) | (cc & 0x3F);
  }
  if ((n == 3 && (r < 0x800 || (r >= 0xD800 && r <= 0xDFFF))) || (n == 4 && (r < 0x10000 || r > 0x10FFFF)))
    return 0xFFFD;
  size = static_cast<size_t>(n);
  return r;
}

int hexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Parses one (possibly escaped) character of a rune or interpreted string literal at text[i].
// `isByte` is set for \x and octal escapes (a single byte, not a UTF-8 encoded rune).
bool unquoteChar(const std::string& text, size_t& i, char quote, uint32_t& value, bool& isByte,
                 std::string& error) {
  isByte = false;
  if (text[i] != '\\') {
    size_t size;
    value = decodeUtf8(text, i, size);
    i += size;
    return true;
  }
  if (i + 1 >= text.size()) {
    error = "invalid escape";
    return false;
  }
  char c = text[i + 1];
  i += 2;
  switch (c) {
    case 'a': value = 7; return true;
    case 'b': value = 8; return true;
    case 'f': value = 12; return true;
    case 'n': value = 10; return true;
    case 'r': value = 13; return true;
    case 't': value = 9; return true;
    case 'v': value = 11; return true;
    case '\\': value = '\\'; return true;
    case '\'':
    case '"':
      if (c != quote) {
        error = "unknown escape sequence";
        return false;
      }
      value = static_cast<uint32_t>(c);
      return true;
    case 'x':
    case 'u':
    case 'U': {
      int n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
      uint32_t v = 0;
      for (int k = 0; k < n; ++k) {
        if (i >= text.size() || hexDigit(text[i]) < 0) {
          error = "invalid escape";
          return false;
        }
        v = v * 16 + static_cast<uint32_t>(hexDigit(text[i++]));
      }
      if (c == 'x') {
        isByte = true;
      } else if (v > 0x10FFFF || (v >= 0xD800 && v < 0xE000)) {
        error = "escape sequence is invalid Unicode code point";
        return false;
      }
      value = v;
      return true;
    }
    default:
      if (c >= '0' && c <= '7') {
        uint32_t v = static_cast<uint32_t>(c - '0');
        for (int k = 0; k < 2; ++k) {
          if (i >= text.size() || text[i] < '0' || text[i] > '7') {
            error = "invalid escape";
            return false;
          }
          v = v * 8 + static_cast<uint32_t>(text[i++] - '0');
        }
        if (v > 255) {
          error = "octal escape value > 255";
          return false;
        }
        isByte = true;
        value = v;
        return true;
      }
      error = "unknown escape sequence";
      return false;
  }
}

// Go's strconv.IsPrint, approximated outside Latin-1 (all assigned-looking code points printable).
bool isPrintRune(uint32_t r) {
  if (r < 0x20 || r == 0x7F) return false;
  if (r < 0x7F) return true;
  if (r < 0xA1) return false;  // C1 controls and NBSP
  if (r == 0xAD) return false;  // soft hyphen
  if (r >= 0xD800 && r < 0xE000) return false;
  if (r >= 0xE000 && r < 0xF900) return false;  // private use
  if (r == 0xFEFF || r == 0xFFFD + 1 || r == 0xFFFE || r == 0xFFFF) return false;
  if (r >= 0x2028 && r <= 0x202E) return false;
  if (r >= 0x200B && r <= 0x200F) return false;
  if (r >= 0x2060 && r <= 0x206F) return false;
  return r <= 0x10FFFF;
}

// %.6g / %g formatting as Go's fmt does ("1e+100", "0.1", "1.5").
std::string goFormatG(double x, int prec) {
  char buf[64];
  if (prec < 0)
    std::snprintf(buf, sizeof buf, "%.17g", x);
  else
    std::snprintf(buf, sizeof buf, "%.*g", prec, x);
  std::string s = buf;
  if (prec < 0) {
    // Shortest representation that round-trips (Go's %g with no precision).
    for (int p = 1; p <= 17; ++p) {
      std::snprintf(buf, sizeof buf, "%.*g", p, x);
      if (std::strtod(buf, nullptr) == x) {
        s = buf;
        break;
      }
    }
  }
  // C prints exponents with at least two digits, as Go does ("1e+06"); nothing to adjust.
  return s;
}


// ---------------------------------------------------------------------------------------------
// Exact rationals (go/constant's ratVal): numerator signed, denominator positive, reduced.
// ---------------------------------------------------------------------------------------------
constexpr unsigned kMaxRatBits = 4096;

APInt trimSigned(const APInt& v) {
  unsigned bits = std::max(64u, v.getSignificantBits());
  return v.sextOrTrunc(bits);
}

void reduceRat(APInt& n, APInt& d) {
  unsigned w = std::max(n.getBitWidth(), d.getBitWidth()) + 1;
  APInt a = n.sext(w);
  APInt b = d.sext(w);
  bool neg = a.isNegative();
  if (neg) a.negate();
  if (a.isZero()) {
    n = APInt(64, 0);
    d = APInt(64, 1);
    return;
  }
  APInt g = llvm::APIntOps::GreatestCommonDivisor(a, b);
  if (!g.isOne()) {
    a = a.udiv(g);
    b = b.udiv(g);
  }
  if (neg) a.negate();
  n = trimSigned(a);
  d = trimSigned(b);
}

bool ratFits(const APInt& n, const APInt& d) {
  return n.getSignificantBits() <= kMaxRatBits + 1 && d.getActiveBits() <= kMaxRatBits;
}

// n/d correctly rounded (once) to the floating-point format `sem`.
APFloat ratToFloat(const APInt& n, const APInt& d, const llvm::fltSemantics& sem) {
  if (n.isZero()) return APFloat::getZero(sem);
  bool neg = n.isNegative();
  unsigned w = std::max(n.getBitWidth(), d.getBitWidth()) + 2;
  APInt a = n.sext(w);
  if (neg) a.negate();
  APInt b = d.sext(w);
  int k = static_cast<int>(a.getActiveBits()) - static_cast<int>(b.getActiveBits());
  int sh = 200 - k;  // q = floor(a * 2^sh / b) has about 200 significant bits
  unsigned w2 = w + static_cast<unsigned>(std::abs(sh)) + 2;
  a = a.zext(w2);
  b = b.zext(w2);
  if (sh >= 0)
    a <<= static_cast<unsigned>(sh);
  else
    b <<= static_cast<unsigned>(-sh);
  APInt q, r;
  APInt::udivrem(a, b, q, r);
  if (!r.isZero()) q.setBit(0);  // sticky bit: far below any rounding position
  llvm::SmallString<128> hex;
  q.toString(hex, 16, /*Signed=*/false);
  std::string text = std::string(neg ? "-" : "") + "0x" + std::string(hex.str()) + "p" + std::to_string(-sh);
  APFloat f(sem);
  auto st = f.convertFromString(text, APFloat::rmNearestTiesToEven);
  if (!st) llvm::consumeError(st.takeError());
  return f;
}

// The exact value of a finite float as a reduced fraction (false if it does not fit).
bool floatToRat(APFloat f, APInt& n, APInt& d) {
  if (!f.isFinite()) return false;
  bool lost;
  f.convert(APFloat::IEEEquad(), APFloat::rmNearestTiesToEven, &lost);
  if (f.isZero()) {
    n = APInt(64, 0);
    d = APInt(64, 1);
    return true;
  }
  int scale = 112 - ilogb(f);
  if (std::abs(scale) > static_cast<int>(kMaxRatBits) + 120) return false;
  APFloat m = scalbn(f, scale, APFloat::rmNearestTiesToEven);  // an integer of at most 113 bits
  APSInt mi(130, /*isUnsigned=*/false);
  bool exact = false;
  m.convertToInteger(mi, APFloat::rmTowardZero, &exact);
  if (scale >= 0) {
    n = mi;
    d = APInt(static_cast<unsigned>(scale) + 2, 0);
    d.setBit(static_cast<unsigned>(scale));
  } else {
    n = mi.sext(130 + static_cast<unsigned>(-scale));
    n <<= static_cast<unsigned>(-scale);
    d = APInt(64, 1);
  }
  reduceRat(n, d);
  return ratFits(n, d);
}

APInt powInt(unsigned base, unsigned exp) {
  unsigned bits = exp * (base == 10 ? 4 : 1) + 8;
  APInt r(bits, 1), b(bits, base);
  for (unsigned i = 0; i < exp; ++i) r *= b;
  return r;
}

// Exact value of a Go floating-point literal (underscores removed); false if out of range.
bool parseFloatExact(const std::string& text, APInt& n, APInt& d) {
  bool hex = text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X');
  std::string mant;
  long long frac = 0, exp = 0;
  bool seenDot = false;
  size_t i = hex ? 2 : 0;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (c == '.') {
      seenDot = true;
      continue;
    }
    if ((hex && (c == 'p' || c == 'P')) || (!hex && (c == 'e' || c == 'E'))) break;
    if (hexDigit(c) < 0 || (!hex && hexDigit(c) > 9)) return false;
    mant += c;
    if (seenDot) ++frac;
  }
  if (i < text.size()) {
    std::string e = text.substr(i + 1);
    if (e.empty() || e.size() > 8) return false;
    for (size_t k = 0; k < e.size(); ++k)
      if (!(std::isdigit(static_cast<unsigned char>(e[k])) || (k == 0 && (e[k] == '+' || e[k] == '-')))) return false;
    exp = std::stoll(e);
  }
  if (mant.empty()) return false;
  APInt m(static_cast<unsigned>(mant.size()) * 4 + 4, mant, hex ? 16 : 10);
  long long p = hex ? exp - 4 * frac : exp - frac;  // value = m * base^p (base 2 or 10)
  if (std::llabs(p) > (hex ? 4200 : 1300)) return false;
  APInt scale = powInt(hex ? 2 : 10, static_cast<unsigned>(std::llabs(p)));
  if (p >= 0) {
    unsigned w = m.getBitWidth() + scale.getBitWidth() + 1;
    n = m.zext(w) * scale.zext(w);
    d = APInt(64, 1);
  } else {
    n = m.zext(m.getBitWidth() + 1);
    d = scale.zext(scale.getBitWidth() + 1);
  }
  reduceRat(n, d);
  return ratFits(n, d);
}

}  // namespace

std::string quoteGoString(const std::string& s) {
  static const char* hex = "0123456789abcdef";
  std::string out = "\"";
  for (size_t i = 0; i < s.size();) {
    size_t size;
    uint32_t r = decodeUtf8(s, i, size);
    if (r == 0xFFFD && size == 1 && static_cast<unsigned char>(s[i]) >= 0x80) {
      unsigned char b = static_cast<unsigned char>(s[i]);
      out += "\\x";
      out += hex[b >> 4];
      out += hex[b & 15];
      i += 1;
      continue;
    }
    i += size;
    if (r == '"' || r == '\\') {
      out += '\\';
      out += static_cast<char>(r);
      continue;
    }
    if (isPrintRune(r)) {
      appendUtf8(out, r);
      continue;
    }
    switch (r) {
      case 7: out += "\\a"; break;
      case 8: out += "\\b"; break;
      case 12: out += "\\f"; break;
      case 10: out += "\\n"; break;
      case 13: out += "\\r"; break;
      case 9: out += "\\t"; break;
      case 11: out += "\\v"; break;
      default:
        if (r < 0x20 || r == 0x7F) {
          out += "\\x";
          out += hex[r >> 4];
          out += hex[r & 15];
        } else if (r < 0x10000) {
          char buf[16];
          std::snprintf(buf, sizeof buf, "\\u%04x", r);
          out += buf;
        } else {
          char buf[16];
          std::snprintf(buf, sizeof buf, "\\U%08x", r);
          out += buf;
        }
    }
  }
  return out + "\"";
}

// ---------------------------------------------------------------------------------------------
// Construction and accessors
// ---------------------------------------------------------------------------------------------
ConstValue ConstValue::makeBool(bool b) {
  ConstValue v;
  v.kind_ = Kind::Bool;
  v.bool_ = b;
  return v;
}

ConstValue ConstValue::makeString(std::string s) {
  ConstValue v;
  v.kind_ = Kind::String;
  v.string_ = std::move(s);
  return v;
}

ConstValue ConstValue::makeInt(int64_t i) { return makeInt(APSInt(APInt(64, static_cast<uint64_t>(i), true), false)); }

ConstValue ConstValue::makeUint(uint64_t u) { return makeInt(APSInt(APInt(65, u, false), false)); }

ConstValue ConstValue::makeInt(APSInt i) {
  ConstValue v;
  v.kind_ = Kind::Int;
  v.int_ = i.isUnsigned() ? trimmed(i.zext(i.getBitWidth() + 1)) : trimmed(i);
  return v;
}

ConstValue ConstValue::makeFloat(APFloat f) {
  ConstValue v;
  v.kind_ = Kind::Float;
  bool lost = false;
  f.convert(quad(), APFloat::rmNearestTiesToEven, &lost);
  if (f.isZero() && f.isNegative()) f = APFloat::getZero(quad());  // constants have no -0
  v.float_ = f;
  v.exact_ = floatToRat(f, v.num_, v.den_);
  return v;
}

ConstValue ConstValue::makeRatio(APInt num, APInt den) {
  if (den.isNegative()) {
    den = den.sext(den.getBitWidth() + 1);
    den.negate();
    num = num.sext(num.getBitWidth() + 1);
    num.negate();
  }
  reduceRat(num, den);
  ConstValue v;
  v.kind_ = Kind::Float;
  v.float_ = ratToFloat(num, den, quad());
  if (ratFits(num, den)) {
    v.exact_ = true;
    v.num_ = num;
    v.den_ = den;
  }
  return v;
}

int ConstValue::sign() const {
  switch (kind_) {
    case Kind::Int: return int_.isNegative() ? -1 : int_.isZero() ? 0 : 1;
    case Kind::Float:
      if (exact_) return num_.isNegative() ? -1 : num_.isZero() ? 0 : 1;
      return float_.isZero() ? 0 : float_.isNegative() ? -1 : 1;
    default: return 0;
  }
}

ConstValue ConstValue::makeFloat(double d) { return makeFloat(APFloat(d)); }

bool ConstValue::boolVal() const {
  MGO_ASSERT(kind_ == Kind::Bool, "not a bool constant");
  return bool_;
}

const std::string& ConstValue::stringVal() const {
  MGO_ASSERT(kind_ == Kind::String, "not a string constant");
  return string_;
}

const APSInt& ConstValue::intVal() const {
  MGO_ASSERT(kind_ == Kind::Int, "not an int constant");
  return int_;
}

const APFloat& ConstValue::floatVal() const {
  MGO_ASSERT(kind_ == Kind::Float, "not a float constant");
  return float_;
}

// ---------------------------------------------------------------------------------------------
// Literals
// ---------------------------------------------------------------------------------------------
ConstValue ConstValue::fromLiteral(ast::LitKind kind, const std::string& text, std::string& error) {
  error.clear();
  switch (kind) {
    case ast::LitKind::Int: {
      std::string digits;
      for (char c : text)
        if (c != '_') digits += c;
      unsigned radix = 10;
      size_t start = 0;
      if (digits.size() > 1 && digits[0] == '0') {
        char p = static_cast<char>(digits[1] | 0x20);
        if (p == 'x') radix = 16, start = 2;
        else if (p == 'b') radix = 2, start = 2;
        else if (p == 'o') radix = 8, start = 2;
        else radix = 8, start = 1;
      }
      std::string body = digits.substr(start);
      if (body.empty()) {
        error = "invalid integer literal";
        return ConstValue();
      }
      for (char c : body) {
        int d = hexDigit(c);
        if (d < 0 || static_cast<unsigned>(d) >= radix) {
          error = "invalid digit in integer literal";
          return ConstValue();
        }
      }
      unsigned bits = static_cast<unsigned>(body.size()) * 4 + 2;
      APInt v(bits, body, static_cast<uint8_t>(radix));
      return makeInt(APSInt(v, false));
    }
    case ast::LitKind::Float: {
      std::string digits;
      for (char c : text)
        if (c != '_') digits += c;
      APInt num, den;
      if (parseFloatExact(digits, num, den)) return makeRatio(num, den);
      // Out of the exact range: IEEE quad (APFloat parses hex floats with an exponent).
      APFloat f(quad());
      auto status = f.convertFromString(digits, APFloat::rmNearestTiesToEven);
      if (!status) {
        llvm::consumeError(status.takeError());
        error = "invalid floating-point literal";
        return ConstValue();
      }
      return makeFloat(f);
    }
    case ast::LitKind::Imag:
      error = "unsupported: complex numbers";
      return ConstValue();
    case ast::LitKind::Char: {
      if (text.size() < 3 || text.front() != '\'' || text.back() != '\'') {
        error = "invalid rune literal";
        return ConstValue();
      }
      std::string inner = text.substr(1, text.size() - 2);
      size_t i = 0;
      uint32_t value;
      bool isByte;
      if (!unquoteChar(inner, i, '\'', value, isByte, error)) return ConstValue();
      if (i != inner.size()) {
        error = "more than one character in rune literal";
        return ConstValue();
      }
      return makeInt(static_cast<int64_t>(value));
    }
    case ast::LitKind::String: {
      if (text.size() >= 2 && text.front() == '`' && text.back() == '`') {
        std::string out;
        for (size_t i = 1; i + 1 < text.size(); ++i)
          if (text[i] != '\r') out += text[i];
        return makeString(std::move(out));
      }
      if (text.size() < 2 || text.front() != '"' || text.back() != '"') {
        error = "invalid string literal";
        return ConstValue();
      }
      std::string inner = text.substr(1, text.size() - 2);
      std::string out;
      for (size_t i = 0; i < inner.size();) {
        uint32_t value;
        bool isByte;
        if (inner[i] != '\\') {  // copy raw bytes unchanged (even invalid UTF-8)
          out += inner[i++];
          continue;
        }
        if (!unquoteChar(inner, i, '"', value, isByte, error)) return ConstValue();
        if (isByte)
          out += static_cast<char>(value);
        else
          appendUtf8(out, value);
      }
      return makeString(std::move(out));
    }
  }
  error = "invalid literal";
  return ConstValue();
}

// ---------------------------------------------------------------------------------------------
// Conversions
// ---------------------------------------------------------------------------------------------
ConstValue ConstValue::toInt(bool& exact) const {
  exact = true;
  if (kind_ == Kind::Int) return *this;
  if (kind_ != Kind::Float) {
    exact = false;
    return ConstValue();
  }
  if (exact_) {
    // As go/constant.ToInt for ratVal: only exact integers.
    if (den_.isOne()) return makeInt(APSInt(num_, false));
    exact = false;
    return ConstValue();
  }
  bool ok;
  APSInt i = floatToInt(float_, ok);
  if (ok) return makeInt(i);
  // As go/constant.ToInt: accept values that are integers up to a little rounding error.
  if (float_.isFinite() && std::abs(ilogb(float_)) < 4096) {
    for (auto mode : {APFloat::rmTowardZero, APFloat::rmTowardPositive, APFloat::rmTowardNegative}) {
      APFloat t = float_;
      // Round to 109 significant bits (quad has 113).
      int exp = ilogb(t);
      APFloat scale = scalbn(APFloat(quad(), 1), 108 - exp, APFloat::rmNearestTiesToEven);
      t.multiply(scale, APFloat::rmNearestTiesToEven);
      t.roundToIntegral(mode);
      t.divide(scale, APFloat::rmNearestTiesToEven);
      APSInt r = floatToInt(t, ok);
      if (ok) return makeInt(r);
    }
  }
  exact = false;
  return ConstValue();
}

ConstValue ConstValue::toFloat() const {
  if (kind_ == Kind::Float) return *this;
  if (kind_ == Kind::Int) {
    if (int_.getSignificantBits() <= kMaxRatBits) return makeRatio(int_, APInt(64, 1));
    return makeFloat(intToFloat(int_));
  }
  return ConstValue();
}

int64_t ConstValue::toInt64() const {
  if (kind_ == Kind::Int) return static_cast<int64_t>(int_.trunc(64).getZExtValue());
  if (kind_ == Kind::Float) {
    bool exact;
    ConstValue i = toInt(exact);
    if (i.kind_ == Kind::Int) return i.toInt64();
    return static_cast<int64_t>(toDouble());
  }
  if (kind_ == Kind::Bool) return bool_ ? 1 : 0;
  return 0;
}

uint64_t ConstValue::toUint64() const { return static_cast<uint64_t>(toInt64()); }

double ConstValue::toDouble() const {
  if (kind_ == Kind::Float && exact_) return ratToFloat(num_, den_, APFloat::IEEEdouble()).convertToDouble();
  if (kind_ == Kind::Float) {
    APFloat f = float_;
    bool lost;
    f.convert(APFloat::IEEEdouble(), APFloat::rmNearestTiesToEven, &lost);
    return f.convertToDouble();
  }
  if (kind_ == Kind::Int) return toFloat().toDouble();
  return 0;
}

float ConstValue::toFloat32() const {
  if (kind_ == Kind::Float && exact_) return ratToFloat(num_, den_, APFloat::IEEEsingle()).convertToFloat();
  if (kind_ == Kind::Float) {
    APFloat f = float_;
    bool lost;
    f.convert(APFloat::IEEEsingle(), APFloat::rmNearestTiesToEven, &lost);
    return f.convertToFloat();
  }
  if (kind_ == Kind::Int) return toFloat().toFloat32();
  return 0;
}

ConstValue::Repr ConstValue::representation(const Type* type, ConstValue* rounded) const {
  if (kind_ == Kind::Unknown) {
    if (rounded) *rounded = *this;
    return Repr::Ok;
  }
  const Type* u = type->underlying();
  types::Kind k = u->kind();
  bool numericValue = kind_ == Kind::Int || kind_ == Kind::Float;
  auto fail = [&](bool targetIsInteger) {
    if (!numericValue || !isNumeric(u)) return Repr::Invalid;
    return kind_ == Kind::Float && targetIsInteger ? Repr::Truncated : Repr::Overflows;
  };
  if (isInteger(u)) {
    bool exact;
    ConstValue iv = toInt(exact);
    if (iv.kind_ != Kind::Int) return fail(true);
    const APSInt& x = iv.int_;
    unsigned sbits = x.getSignificantBits();  // bits as a signed number
    bool neg = x.isNegative();
    bool ok;
    switch (k) {
      case types::Kind::Int8: ok = sbits <= 8; break;
      case types::Kind::Int16: ok = sbits <= 16; break;
      case types::Kind::Int32: ok = sbits <= 32; break;
      case types::Kind::Int:
      case types::Kind::Int64: ok = sbits <= 64; break;
      case types::Kind::Uint8: ok = !neg && x.getActiveBits() <= 8; break;
      case types::Kind::Uint16: ok = !neg && x.getActiveBits() <= 16; break;
      case types::Kind::Uint32: ok = !neg && x.getActiveBits() <= 32; break;
      case types::Kind::Uint:
      case types::Kind::Uint64:
      case types::Kind::Uintptr: ok = !neg && x.getActiveBits() <= 64; break;
      default: ok = true; break;  // untyped int / rune
    }
    if (!ok) return fail(true);
    if (rounded) *rounded = iv;
    return Repr::Ok;
  }
  if (isFloat(u)) {
    ConstValue fv = toFloat();
    if (fv.kind_ != Kind::Float) return fail(false);
    if (k == types::Kind::UntypedFloat) {
      if (rounded) *rounded = fv;
      return Repr::Ok;
    }
    const llvm::fltSemantics& sem = k == types::Kind::Float32 ? APFloat::IEEEsingle() : APFloat::IEEEdouble();
    APFloat f = fv.float_;
    if (fv.exact_) {
      f = ratToFloat(fv.num_, fv.den_, sem);
    } else {
      bool lost;
      f.convert(sem, APFloat::rmNearestTiesToEven, &lost);
    }
    if (f.isInfinity()) return fail(false);
    if (rounded) *rounded = makeFloat(f);
    return Repr::Ok;
  }
  if (isBoolean(u)) {
    if (kind_ != Kind::Bool) return Repr::Invalid;
  } else if (isString(u)) {
    if (kind_ != Kind::String) return Repr::Invalid;
  } else {
    return Repr::Invalid;
  }
  if (rounded) *rounded = *this;
  return Repr::Ok;
}

bool ConstValue::representable(const Type* basicType) const {
  return representation(basicType, nullptr) == Repr::Ok;
}

// ---------------------------------------------------------------------------------------------
// Printing (go/constant's Value.String)
// ---------------------------------------------------------------------------------------------
std::string ConstValue::toString() const {
  switch (kind_) {
    case Kind::Unknown:
      return "unknown";
    case Kind::Bool:
      return bool_ ? "true" : "false";
    case Kind::String: {
      std::string s = quoteGoString(string_);
      // Shorten to 72 runes as go/constant does.
      size_t runes = 0, i = 0, cut = std::string::npos;
      while (i < s.size()) {
        if (runes == 69) cut = i;
        size_t size;
        decodeUtf8(s, i, size);
        i += size;
        ++runes;
      }
      if (runes > 72 && cut != std::string::npos) s = s.substr(0, cut) + "...";
      return s;
    }
    case Kind::Int: {
      llvm::SmallString<64> buf;
      int_.toString(buf, 10, /*Signed=*/true);
      return std::string(buf.str());
    }
    case Kind::Float: {
      if (float_.isInfinity()) return float_.isNegative() ? "-Inf" : "+Inf";
      double x = toDouble();
      bool inRange = float_.isZero() == (x == 0) && !std::isinf(x);
      if (inRange) {
        std::string s = goFormatG(x, 6);
        bool isInt = exact_ ? den_.isOne() : float_.isInteger();
        if (!isInt && s.find('.') == std::string::npos) s = goFormatG(x, -1);
        return s;
      }
      // Out of float64 range: mantissa * 10^e by approximation, as go/constant does.
      int exp2 = ilogb(float_) + 1;  // f = mant * 2^exp2 with 0.5 <= |mant| < 1
      APFloat mantF = scalbn(float_, -exp2, APFloat::rmNearestTiesToEven);
      bool lost;
      mantF.convert(APFloat::IEEEdouble(), APFloat::rmNearestTiesToEven, &lost);
      double m = mantF.convertToDouble();
      double d = static_cast<double>(exp2) * (std::log(2.0) / std::log(10.0));
      int64_t e = static_cast<int64_t>(d);
      m *= std::pow(10.0, d - static_cast<double>(e));
      double am = std::fabs(m);
      if (am < 1 - 0.5e-6) {
        m *= 10;
        e--;
      } else if (am >= 10) {
        m /= 10;
        e++;
      }
      char buf[64];
      std::snprintf(buf, sizeof buf, "e%+lld", static_cast<long long>(e));
      return goFormatG(m, 6) + buf;
    }
  }
  return "unknown";
}

// ---------------------------------------------------------------------------------------------
// Operations
// ---------------------------------------------------------------------------------------------
namespace {

bool isIntegerType(const Type* t) { return t && isInteger(t); }

// Brings x and y to the same representation (Int if both are Int, else Float).
void match(ConstValue& x, ConstValue& y) {
  if (x.kind() == y.kind()) return;
  if (x.kind() == ConstValue::Kind::Int && y.kind() == ConstValue::Kind::Float) x = x.toFloat();
  else if (x.kind() == ConstValue::Kind::Float && y.kind() == ConstValue::Kind::Int) y = y.toFloat();
}

}  // namespace

// Operations on exact (rational) float constants; friend of ConstValue.
struct ConstOps {
  static bool ratBinary(ast::Op op, const ConstValue& x, const ConstValue& y, ConstValue& out, bool& divByZero) {
    unsigned w = x.num_.getBitWidth() + x.den_.getBitWidth() + y.num_.getBitWidth() + y.den_.getBitWidth() + 4;
    APInt xn = x.num_.sext(w), xd = x.den_.sext(w), yn = y.num_.sext(w), yd = y.den_.sext(w);
    switch (op) {
      case ast::Op::Add: out = ConstValue::makeRatio(xn * yd + yn * xd, xd * yd); return true;
      case ast::Op::Sub: out = ConstValue::makeRatio(xn * yd - yn * xd, xd * yd); return true;
      case ast::Op::Mul: out = ConstValue::makeRatio(xn * yn, xd * yd); return true;
      case ast::Op::Quo:
        if (yn.isZero()) {
          divByZero = true;
          return false;
        }
        out = ConstValue::makeRatio(xn * yd, xd * yn);
        return true;
      default: return false;
    }
  }
  static ConstValue negate(const ConstValue& x) {
    APInt n = x.num_.sext(x.num_.getBitWidth() + 1);
    n.negate();
    return ConstValue::makeRatio(n, x.den_);
  }
  static int ratCompare(const ConstValue& x, const ConstValue& y) {
    unsigned w = x.num_.getBitWidth() + x.den_.getBitWidth() + y.num_.getBitWidth() + y.den_.getBitWidth() + 4;
    APInt a = x.num_.sext(w) * y.den_.sext(w);
    APInt b = y.num_.sext(w) * x.den_.sext(w);
    return a.slt(b) ? -1 : a == b ? 0 : 1;
  }
};

ConstValue constBinaryOp(ast::Op op, const ConstValue& xin, const ConstValue& yin, const Type* type,
                         bool& divByZero) {
  divByZero = false;
  if (xin.isUnknown() || yin.isUnknown()) return ConstValue();
  ConstValue x = xin, y = yin;
  using K = ConstValue::Kind;
  if (x.kind() == K::Bool && y.kind() == K::Bool) {
    if (op == ast::Op::LAnd) return ConstValue::makeBool(x.boolVal() && y.boolVal());
    if (op == ast::Op::LOr) return ConstValue::makeBool(x.boolVal() || y.boolVal());
    return ConstValue();
  }
  if (x.kind() == K::String && y.kind() == K::String) {
    if (op == ast::Op::Add) return ConstValue::makeString(x.stringVal() + y.stringVal());
    return ConstValue();
  }
  // Integer division for integer types; exact division for untyped/float types.
  if (op == ast::Op::Quo && !isIntegerType(type)) {
    x = x.toFloat();
    y = y.toFloat();
  }
  match(x, y);
  if (x.kind() == K::Int) {
    const APSInt& a = x.intVal();
    const APSInt& b = y.intVal();
    unsigned w = std::max(a.getBitWidth(), b.getBitWidth());
    switch (op) {
      case ast::Op::Add: return ConstValue::makeInt(APSInt(extended(a, w + 1) + extended(b, w + 1), false));
      case ast::Op::Sub: return ConstValue::makeInt(APSInt(extended(a, w + 1) - extended(b, w + 1), false));
      case ast::Op::Mul:
        return ConstValue::makeInt(APSInt(extended(a, 2 * w) * extended(b, 2 * w), false));
      case ast::Op::Quo:
      case ast::Op::Rem: {
        if (b.isZero()) {
          divByZero = true;
          return ConstValue();
        }
        APInt aa = extended(a, w + 1), bb = extended(b, w + 1);
        return ConstValue::makeInt(APSInt(op == ast::Op::Quo ? aa.sdiv(bb) : aa.srem(bb), false));
      }
      case ast::Op::And: return ConstValue::makeInt(APSInt(extended(a, w) & extended(b, w), false));
      case ast::Op::Or: return ConstValue::makeInt(APSInt(extended(a, w) | extended(b, w), false));
      case ast::Op::Xor: return ConstValue::makeInt(APSInt(extended(a, w) ^ extended(b, w), false));
      case ast::Op::AndNot: return ConstValue::makeInt(APSInt(extended(a, w) & ~extended(b, w), false));
      default: return ConstValue();
    }
  }
  if (x.kind() == K::Float && x.isExactFloat() && y.isExactFloat()) {
    ConstValue r;
    if (ConstOps::ratBinary(op, x, y, r, divByZero)) return r;
    if (divByZero) return ConstValue();
  }
  if (x.kind() == K::Float) {
    APFloat a = x.floatVal();
    const APFloat& b = y.floatVal();
    switch (op) {
      case ast::Op::Add: a.add(b, APFloat::rmNearestTiesToEven); break;
      case ast::Op::Sub: a.subtract(b, APFloat::rmNearestTiesToEven); break;
      case ast::Op::Mul: a.multiply(b, APFloat::rmNearestTiesToEven); break;
      case ast::Op::Quo:
        if (b.isZero()) {
          divByZero = true;
          return ConstValue();
        }
        a.divide(b, APFloat::rmNearestTiesToEven);
        break;
      default: return ConstValue();
    }
    return ConstValue::makeFloat(a);
  }
  return ConstValue();
}

ConstValue constUnaryOp(ast::Op op, const ConstValue& x, const Type* type) {
  using K = ConstValue::Kind;
  if (x.isUnknown()) return x;
  switch (op) {
    case ast::Op::Add:
      return x;
    case ast::Op::Sub:
      if (x.kind() == K::Int) {
        const APSInt& a = x.intVal();
        return ConstValue::makeInt(APSInt(-extended(a, a.getBitWidth() + 1), false));
      }
      if (x.kind() == K::Float) {
        if (x.isExactFloat()) return ConstOps::negate(x);
        APFloat f = x.floatVal();
        f.changeSign();
        return ConstValue::makeFloat(f);
      }
      return ConstValue();
    case ast::Op::Xor: {
      if (x.kind() != K::Int) return ConstValue();
      APInt a = x.intVal();
      // For unsigned typed operands ^x flips exactly the type's bits (Go spec).
      const Type* u = type ? type->underlying() : nullptr;
      if (u && isUnsigned(u)) {
        unsigned bits = 64;
        switch (u->kind()) {
          case Kind::Uint8: bits = 8; break;
          case Kind::Uint16: bits = 16; break;
          case Kind::Uint32: bits = 32; break;
          default: bits = 64; break;
        }
        APInt v = a.zextOrTrunc(bits);
        v.flipAllBits();
        return ConstValue::makeInt(APSInt(v.zext(bits + 1), false));
      }
      a.flipAllBits();
      return ConstValue::makeInt(APSInt(a, false));
    }
    case ast::Op::Not:
      if (x.kind() == K::Bool) return ConstValue::makeBool(!x.boolVal());
      return ConstValue();
    default:
      return ConstValue();
  }
}

ConstValue constShift(ast::Op op, const ConstValue& x, uint64_t shift) {
  if (x.kind() != ConstValue::Kind::Int) return ConstValue();
  const APSInt& a = x.intVal();
  if (op == ast::Op::Shl) {
    unsigned w = a.getBitWidth() + static_cast<unsigned>(shift) + 1;
    return ConstValue::makeInt(APSInt(extended(a, w).shl(static_cast<unsigned>(shift)), false));
  }
  if (op == ast::Op::Shr) {
    unsigned s = shift >= a.getBitWidth() ? a.getBitWidth() - 1 : static_cast<unsigned>(shift);
    return ConstValue::makeInt(APSInt(a.ashr(s), false));
  }
  return ConstValue();
}

bool constCompare(ast::Op op, const ConstValue& xin, const ConstValue& yin) {
  using K = ConstValue::Kind;
  ConstValue x = xin, y = yin;
  match(x, y);
  int cmp = 0;
  if (x.kind() == K::Bool && y.kind() == K::Bool) {
    bool eq = x.boolVal() == y.boolVal();
    if (op == ast::Op::Eql) return eq;
    if (op == ast::Op::Neq) return !eq;
    return false;
  }
  if (x.kind() == K::String && y.kind() == K::String) {
    cmp = x.stringVal().compare(y.stringVal());
  } else if (x.kind() == K::Int && y.kind() == K::Int) {
    unsigned w = std::max(x.intVal().getBitWidth(), y.intVal().getBitWidth());
    APInt a = extended(x.intVal(), w), b = extended(y.intVal(), w);
    cmp = a.slt(b) ? -1 : a == b ? 0 : 1;
  } else if (x.kind() == K::Float && y.kind() == K::Float && x.isExactFloat() && y.isExactFloat()) {
    cmp = ConstOps::ratCompare(x, y);
  } else if (x.kind() == K::Float && y.kind() == K::Float) {
    auto r = x.floatVal().compare(y.floatVal());
    cmp = r == APFloat::cmpLessThan ? -1 : r == APFloat::cmpEqual ? 0 : 1;
  } else {
    return false;
  }
  switch (op) {
    case ast::Op::Eql: return cmp == 0;
    case ast::Op::Neq: return cmp != 0;
    case ast::Op::Lss: return cmp < 0;
    case ast::Op::Leq: return cmp <= 0;
    case ast::Op::Gtr: return cmp > 0;
    case ast::Op::Geq: return cmp >= 0;
    default: return false;
  }
}

}  // namespace mgo::types
