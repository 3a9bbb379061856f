// fmt_format.cpp — Go 1.19's fmt/format.go: the primitive formatters behind every verb (padding
// by rune count, integers in any base with precision / zero padding / sign / 0x 0b 0o prefixes,
// %U, %c, %q, strings with precision, %x of bytes, floats with the sign, zero-padding and '#'
// rules of fmtFloat). Each function ports the Go function of the same name line by line.
// Invariant: flags are restored on exit exactly where Go restores them (oldZero etc.).
#include "fmt_internal.h"
#include "utf8.h"

namespace mgo::rt {

const char kLowerDigits[] = "0123456789abcdefx";
const char kUpperDigits[] = "0123456789ABCDEFX";

int64_t runeCount(const uint8_t* s, int64_t n) {
  int64_t count = 0;
  for (int64_t i = 0; i < n; ++count) {
    if (s[i] < 0x80) {
      ++i;
      continue;
    }
    int w;
    decodeRune(s + i, n - i, &w);
    i += w;
  }
  return count;
}

void Formatter::writePadding(int n) {
  if (n <= 0) return;
  buf.appendRepeated(f.zero ? '0' : ' ', size_t(n));
}

void Formatter::pad(const char* s, size_t n) {
  if (!f.widPresent || wid == 0) {
    buf.append(s, n);
    return;
  }
  int width = wid - int(runeCount(reinterpret_cast<const uint8_t*>(s), int64_t(n)));
  if (!f.minus) {
    writePadding(width);
    buf.append(s, n);
  } else {
    buf.append(s, n);
    writePadding(width);
  }
}

void Formatter::pad(const char* s) { pad(s, std::strlen(s)); }

void Formatter::fmtBoolean(bool v) { v ? pad("true", 4) : pad("false", 5); }

void Formatter::fmtUnicode(uint64_t u) {
  int precision = 4;
  if (f.precPresent && prec > 4) precision = prec;
  ByteBuffer tmp;
  size_t size = size_t(2 + precision + 2 + 4 + 1 + 16);
  char* start = tmp.reserve(size);
  size_t i = size;
  if (f.sharp && u <= 0x10FFFF && isPrint(int32_t(u))) {
    start[--i] = '\'';
    uint8_t enc[4];
    int n = encodeRune(int64_t(u), enc);
    i -= size_t(n);
    std::memcpy(start + i, enc, size_t(n));
    start[--i] = '\'';
    start[--i] = ' ';
  }
  while (u >= 16) {
    start[--i] = kUpperDigits[u & 0xF];
    precision--;
    u >>= 4;
  }
  start[--i] = kUpperDigits[u];
  precision--;
  while (precision > 0) {
    start[--i] = '0';
    precision--;
  }
  start[--i] = '+';
  start[--i] = 'U';
  bool oldZero = f.zero;
  f.zero = false;
  pad(start + i, size - i);
  f.zero = oldZero;
}

void Formatter::fmtInteger(uint64_t u, int base, bool isSigned, int32_t verb, const char* digits) {
  bool negative = isSigned && int64_t(u) < 0;
  if (negative) u = uint64_t(0) - u;
  // Width/precision are bounded by 1e6 (doPrintf's tooLarge), so this fits comfortably.
  char small[68];
  ByteBuffer big;
  char* out = small;
  size_t size = sizeof small;
  if (f.widPresent || f.precPresent) {
    size_t width = size_t(3 + wid + prec);
    if (width > size) {
      out = big.reserve(width);
      size = width;
    }
  }
  int precision = 0;
  if (f.precPresent) {
    precision = prec;
    if (precision == 0 && u == 0) {
      bool oldZero = f.zero;
      f.zero = false;
      writePadding(wid);
      f.zero = oldZero;
      return;
    }
  } else if (f.zero && f.widPresent) {
    precision = wid;
    if (negative || f.plus || f.space) precision--;
  }
  size_t i = size;
  switch (base) {
    case 10:
      while (u >= 10) {
        uint64_t next = u / 10;
        out[--i] = char('0' + u - next * 10);
        u = next;
      }
      break;
    case 16:
      while (u >= 16) {
        out[--i] = digits[u & 0xF];
        u >>= 4;
      }
      break;
    case 8:
      while (u >= 8) {
        out[--i] = char('0' + (u & 7));
        u >>= 3;
      }
      break;
    case 2:
      while (u >= 2) {
        out[--i] = char('0' + (u & 1));
        u >>= 1;
      }
      break;
  }
  out[--i] = digits[u];
  while (i > 0 && precision > int(size - i)) out[--i] = '0';
  if (f.sharp) {
    switch (base) {
      case 2:
        out[--i] = 'b';
        out[--i] = '0';
        break;
      case 8:
        if (out[i] != '0') out[--i] = '0';
        break;
      case 16:
        out[--i] = digits[16];
        out[--i] = '0';
        break;
    }
  }
  if (verb == 'O') {
    out[--i] = 'o';
    out[--i] = '0';
  }
  if (negative) out[--i] = '-';
  else if (f.plus) out[--i] = '+';
  else if (f.space) out[--i] = ' ';
  bool oldZero = f.zero;
  f.zero = false;
  pad(out + i, size - i);
  f.zero = oldZero;
}

// Go's truncate: at most prec runes when a precision is present.
static int64_t truncatedLength(const Formatter& fm, const uint8_t* s, int64_t n) {
  if (!fm.f.precPresent) return n;
  int64_t remaining = fm.prec;
  for (int64_t i = 0; i < n;) {
    if (--remaining < 0) return i;
    int w = 1;
    if (s[i] >= 0x80) decodeRune(s + i, n - i, &w);
    i += w;
  }
  return n;
}

void Formatter::fmtS(const uint8_t* s, int64_t n) {
  n = truncatedLength(*this, s, n);
  pad(reinterpret_cast<const char*>(s), size_t(n));
}

void Formatter::fmtSbx(const uint8_t* s, int64_t n, const char* digits) {
  int64_t length = n;
  if (f.precPresent && prec < length) length = prec;
  int64_t width = 2 * length;
  if (width > 0) {
    if (f.space) {
      if (f.sharp) width *= 2;
      width += length - 1;
    } else if (f.sharp) {
      width += 2;
    }
  } else {
    if (f.widPresent) writePadding(wid);
    return;
  }
  if (f.widPresent && wid > width && !f.minus) writePadding(int(wid - width));
  if (f.sharp) {
    buf.push('0');
    buf.push(digits[16]);
  }
  for (int64_t i = 0; i < length; ++i) {
    if (f.space && i > 0) {
      buf.push(' ');
      if (f.sharp) {
        buf.push('0');
        buf.push(digits[16]);
      }
    }
    uint8_t c = s[i];
    buf.push(digits[c >> 4]);
    buf.push(digits[c & 0xF]);
  }
  if (f.widPresent && wid > width && f.minus) writePadding(int(wid - width));
}

void Formatter::fmtQ(const uint8_t* s, int64_t n) {
  n = truncatedLength(*this, s, n);
  ByteBuffer tmp;
  if (f.sharp && canBackquote(s, n)) {
    tmp.push('`');
    tmp.append(s, n);
    tmp.push('`');
  } else {
    appendQuote(tmp, s, n, /*asciiOnly=*/f.plus);
  }
  pad(tmp.data(), tmp.size());
}

void Formatter::fmtC(uint64_t c) {
  int32_t r = c > 0x10FFFF ? kRuneError : int32_t(c);
  uint8_t enc[4];
  int w = encodeRune(r, enc);
  pad(reinterpret_cast<const char*>(enc), size_t(w));
}

void Formatter::fmtQc(uint64_t c) {
  int32_t r = c > 0x10FFFF ? kRuneError : int32_t(c);
  ByteBuffer tmp;
  appendQuoteRune(tmp, r, /*asciiOnly=*/f.plus);
  pad(tmp.data(), tmp.size());
}

void Formatter::fmtFloat(double v, int size, int32_t verb, int precision) {
  if (f.precPresent) precision = prec;
  ByteBuffer numBuf;
  numBuf.push('+');
  appendFloat(numBuf, v, char(verb), precision, size);
  char* num = numBuf.data();
  size_t len = numBuf.size();
  if (num[1] == '-' || num[1] == '+') {
    num++;
    len--;
  } else {
    num[0] = '+';
  }
  if (f.space && num[0] == '+' && !f.plus) num[0] = ' ';
  if (num[1] == 'I' || num[1] == 'N') {
    bool oldZero = f.zero;
    f.zero = false;
    if (num[1] == 'N' && !f.space && !f.plus) {
      num++;
      len--;
    }
    pad(num, len);
    f.zero = oldZero;
    return;
  }
  ByteBuffer sharpBuf;  // the number rebuilt with a forced point and restored zeros
  if (f.sharp && verb != 'b') {
    int digits = 0;
    if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') {
      digits = precision;
      if (digits == -1) digits = 6;
    }
    char tail[8];
    size_t tailLen = 0;
    bool hasDecimalPoint = false, sawNonzeroDigit = false;
    for (size_t i = 1; i < len; ++i) {
      char c = num[i];
      if (c == '.') {
        hasDecimalPoint = true;
        continue;
      }
      if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
        tailLen = len - i;
        if (tailLen > sizeof tail) tailLen = sizeof tail;
        std::memcpy(tail, num + i, tailLen);
        len = i;
        break;
      }
      if (c != '0') sawNonzeroDigit = true;
      if (sawNonzeroDigit) digits--;
    }
    sharpBuf.append(num, len);
    if (!hasDecimalPoint) {
      if (len == 2 && num[1] == '0') digits--;
      sharpBuf.push('.');
    }
    if (digits > 0) sharpBuf.appendRepeated('0', size_t(digits));
    sharpBuf.append(tail, tailLen);
    num = sharpBuf.data();
    len = sharpBuf.size();
  }
  if (f.plus || num[0] != '+') {
    if (f.zero && f.widPresent && wid > int(len)) {
      buf.push(num[0]);
      writePadding(wid - int(len));
      buf.append(num + 1, len - 1);
      return;
    }
    pad(num, len);
    return;
  }
  pad(num + 1, len - 1);
}

}  // namespace mgo::rt
