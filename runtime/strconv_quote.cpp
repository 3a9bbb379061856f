// strconv_quote.cpp — Go's strconv quoting (quote.go): Quote / QuoteToASCII / QuoteToGraphic,
// QuoteRune*, CanBackquote, IsPrint and IsGraphic over the Unicode 13 tables of
// strconv_isprint.cpp. Escapes: \a \b \f \n \r \t \v, \\ and the quote character, \xNN for bytes
// of invalid UTF-8 and controls below U+0080, \uXXXX / \UXXXXXXXX for other non-printable runes.
#include "strconv_internal.h"
#include "utf8.h"

namespace mgo::rt {

namespace {

const char kLowerHex[] = "0123456789abcdef";

template <class T>
size_t lowerBound(const T* a, size_t n, T x) {
  size_t i = 0, j = n;
  while (i < j) {
    size_t h = i + (j - i) / 2;
    if (a[h] < x) i = h + 1;
    else j = h;
  }
  return i;
}

bool isInGraphicList(int32_t r) {
  if (r > 0xFFFF) return false;
  uint16_t rr = uint16_t(r);
  size_t i = lowerBound(isprint::isGraphic, isprint::isGraphicLen, rr);
  return i < isprint::isGraphicLen && isprint::isGraphic[i] == rr;
}

bool validRune(int32_t r) { return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= 0x10FFFF); }

void appendEscapedRune(ByteBuffer& out, int32_t r, char quote, bool asciiOnly, bool graphicOnly) {
  if (r == quote || r == '\\') {
    out.push('\\');
    out.push(char(r));
    return;
  }
  if (asciiOnly) {
    if (r < 0x80 && isPrint(r)) {
      out.push(char(r));
      return;
    }
  } else if (isPrint(r) || (graphicOnly && isInGraphicList(r))) {
    uint8_t enc[4];
    out.append(enc, encodeRune(r, enc));
    return;
  }
  switch (r) {
    case '\a': out.append("\\a", 2); return;
    case '\b': out.append("\\b", 2); return;
    case '\f': out.append("\\f", 2); return;
    case '\n': out.append("\\n", 2); return;
    case '\r': out.append("\\r", 2); return;
    case '\t': out.append("\\t", 2); return;
    case '\v': out.append("\\v", 2); return;
  }
  if (r < ' ' || r == 0x7F) {
    out.append("\\x", 2);
    out.push(kLowerHex[(r >> 4) & 0xF]);
    out.push(kLowerHex[r & 0xF]);
    return;
  }
  if (!validRune(r)) r = 0xFFFD;
  if (r < 0x10000) {
    out.append("\\u", 2);
    for (int s = 12; s >= 0; s -= 4) out.push(kLowerHex[(r >> s) & 0xF]);
  } else {
    out.append("\\U", 2);
    for (int s = 28; s >= 0; s -= 4) out.push(kLowerHex[(r >> s) & 0xF]);
  }
}

}  // namespace

bool isPrint(int32_t r) {
  if (r <= 0xFF) {
    if (r >= 0x20 && r <= 0x7E) return true;
    if (r >= 0xA1 && r <= 0xFF) return r != 0xAD;
    return false;
  }
  using namespace isprint;
  if (r < 0x10000) {
    uint16_t rr = uint16_t(r);
    size_t i = lowerBound(isPrint16, isPrint16Len, rr);
    if (i >= isPrint16Len || rr < isPrint16[i & ~size_t(1)] || isPrint16[i | 1] < rr) return false;
    size_t j = lowerBound(isNotPrint16, isNotPrint16Len, rr);
    return j >= isNotPrint16Len || isNotPrint16[j] != rr;
  }
  uint32_t rr = uint32_t(r);
  size_t i = lowerBound(isPrint32, isPrint32Len, rr);
  if (i >= isPrint32Len || rr < isPrint32[i & ~size_t(1)] || isPrint32[i | 1] < rr) return false;
  if (r >= 0x20000) return true;
  uint16_t low = uint16_t(r - 0x10000);
  size_t j = lowerBound(isNotPrint32, isNotPrint32Len, low);
  return j >= isNotPrint32Len || isNotPrint32[j] != low;
}

bool isGraphic(int32_t r) { return isPrint(r) || isInGraphicList(r); }

void appendQuote(ByteBuffer& out, const uint8_t* s, int64_t n, bool asciiOnly, bool graphicOnly) {
  out.reserve(size_t(n) + 2);
  out.push('"');
  for (int64_t i = 0; i < n;) {
    uint8_t c = s[i];
    if (c < 0x80) {
      if (c >= 0x20 && c != 0x7F && c != '"' && c != '\\') out.push(char(c));
      else appendEscapedRune(out, c, '"', asciiOnly, graphicOnly);
      ++i;
      continue;
    }
    int width;
    int32_t r = decodeRune(s + i, n - i, &width);
    if (width == 1 && r == kRuneError) {
      out.append("\\x", 2);
      out.push(kLowerHex[c >> 4]);
      out.push(kLowerHex[c & 0xF]);
      ++i;
      continue;
    }
    appendEscapedRune(out, r, '"', asciiOnly, graphicOnly);
    i += width;
  }
  out.push('"');
}

void appendQuoteRune(ByteBuffer& out, int32_t r, bool asciiOnly, bool graphicOnly) {
  out.push('\'');
  if (!validRune(r)) r = kRuneError;
  appendEscapedRune(out, r, '\'', asciiOnly, graphicOnly);
  out.push('\'');
}

bool canBackquote(const uint8_t* s, int64_t n) {
  for (int64_t i = 0; i < n;) {
    int width;
    int32_t r = decodeRune(s + i, n - i, &width);
    i += width;
    if (width > 1) {
      if (r == 0xFEFF) return false;
      continue;
    }
    if (r == kRuneError) return false;
    if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F) return false;
  }
  return true;
}

}  // namespace mgo::rt
