// strconv_quote.cpp — strconv.Quote / QuoteRune as Go's strconv/quote.go: \a \b \f \n \r \t \v,
// \\ and the quote escaped; invalid UTF-8 bytes as \xNN; non-printable runes as \uXXXX or
// \UXXXXXXXX; printable runes kept (or escaped when asciiOnly).
// isPrintRune approximates unicode.IsPrint with the ranges that matter for text: controls,
// C1 controls, surrogates, noncharacters, U+00AD and unassigned planes are not printable.
// Known gap: unassigned code points inside assigned blocks are treated as printable.
#include <cstdio>

#include "fmt_internal.h"
#include "utf8.h"

namespace mgo::rt {

bool isPrintRune(int32_t r) {
  if (r < 0x20 || r == 0x7F) return false;
  if (r >= 0x80 && r < 0xA0) return false;
  if (r == 0xAD) return false;
  if (r >= 0xD800 && r <= 0xDFFF) return false;
  if (r > 0x10FFFF) return false;
  if ((r & 0xFFFE) == 0xFFFE) return false;
  if (r >= 0xE000 && r <= 0xF8FF) return false;     // private use
  if (r >= 0xF0000) return false;                    // private use planes
  if (r >= 0x2028 && r <= 0x202E) return false;      // separators / bidi controls
  if (r >= 0x200B && r <= 0x200F) return false;
  if (r >= 0x2060 && r <= 0x206F) return false;
  if (r == 0xFEFF) return false;
  if (r >= 0xFFF0 && r <= 0xFFF8) return false;
  if (r >= 0xE0000 && r <= 0xE0FFF) return false;
  if (r >= 0x30000 && r < 0xE0000 && r > 0x3134F) return false;
  return true;
}

namespace {

void appendEscapedRune(std::string& out, int32_t r, char quote, bool asciiOnly) {
  char tmp[16];
  if (r == quote || r == '\\') {
    out += '\\';
    out += char(r);
    return;
  }
  if (asciiOnly ? (r < 0x80 && isPrintRune(r)) : isPrintRune(r)) {
    uint8_t enc[4];
    int n = encodeRune(r, enc);
    out.append(reinterpret_cast<char*>(enc), size_t(n));
    return;
  }
  switch (r) {
    case '\a': out += "\\a"; return;
    case '\b': out += "\\b"; return;
    case '\f': out += "\\f"; return;
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    case '\v': out += "\\v"; return;
  }
  if (r < ' ' || r == 0x7F) {
    std::snprintf(tmp, sizeof tmp, "\\x%02x", unsigned(r));
  } else if (r < 0x10000) {
    std::snprintf(tmp, sizeof tmp, "\\u%04x", unsigned(r));
  } else {
    std::snprintf(tmp, sizeof tmp, "\\U%08x", unsigned(r));
  }
  out += tmp;
}

}  // namespace

std::string quoteString(const uint8_t* p, int64_t n, bool asciiOnly) {
  std::string out = "\"";
  for (int64_t i = 0; i < n;) {
    int w;
    int32_t r = decodeRune(p + i, n - i, &w);
    if (w == 1 && r == kRuneError) {
      char tmp[8];
      std::snprintf(tmp, sizeof tmp, "\\x%02x", unsigned(p[i]));
      out += tmp;
      i += 1;
      continue;
    }
    appendEscapedRune(out, r, '"', asciiOnly);
    i += w;
  }
  out += '"';
  return out;
}

std::string quoteRune(int32_t r, bool asciiOnly) {
  if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = kRuneError;
  std::string out = "'";
  appendEscapedRune(out, r, '\'', asciiOnly);
  out += '\'';
  return out;
}

}  // namespace mgo::rt
