// fmt_format.cpp — the formatting engine of package fmt, ported from Go 1.19's fmt/print.go and
// fmt/format.go: flags, width, precision, every verb on every mini-Go type, default formats
// (%v, %+v), and Go's error forms (%!d(string=hi), %!s(MISSING), %!(EXTRA int=3)).
//
// Values arrive as mgo_eface {type descriptor, pointer to the value}; composite values are walked
// through their descriptors (fields with offsets, elements, map iteration sorted by key as Go's
// internal/fmtsort does).
// Invariant: the output depends only on the values (never on addresses) except for %p, pointers
// printed as values, and maps/funcs printed as addresses — exactly where Go prints addresses too.
#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "fmt_internal.h"
#include "utf8.h"

namespace mgo::rt {

namespace {

const char* const kLowerDigits = "0123456789abcdefx";
const char* const kUpperDigits = "0123456789ABCDEFX";

struct Flags {
  bool minus = false, plus = false, sharp = false, space = false, zero = false;
  bool plusV = false, sharpV = false;
  bool widPresent = false, precPresent = false;
  int wid = 0, prec = 0;
};

int64_t readSigned(const mgo_type* t, const void* p) {
  switch (t->kind) {
    case MGO_INT8: return *static_cast<const int8_t*>(p);
    case MGO_INT16: return *static_cast<const int16_t*>(p);
    case MGO_INT32: return *static_cast<const int32_t*>(p);
    default: return *static_cast<const int64_t*>(p);
  }
}
uint64_t readUnsigned(const mgo_type* t, const void* p) {
  switch (t->kind) {
    case MGO_UINT8: return *static_cast<const uint8_t*>(p);
    case MGO_UINT16: return *static_cast<const uint16_t*>(p);
    case MGO_UINT32: return *static_cast<const uint32_t*>(p);
    default: return *static_cast<const uint64_t*>(p);
  }
}
bool isSignedKind(uint8_t k) { return k >= MGO_INT && k <= MGO_INT64; }
bool isUnsignedKind(uint8_t k) { return k >= MGO_UINT && k <= MGO_UINTPTR; }

class Printer {
 public:
  std::string buf;
  Flags f;

  void writePadding(int n) {
    if (n <= 0) return;
    buf.append(size_t(n), f.zero && !f.minus ? '0' : ' ');
  }
  void pad(const std::string& s) {
    if (!f.widPresent || f.wid == 0) {
      buf += s;
      return;
    }
    int width = f.wid - runeCount(s);
    if (!f.minus) {
      writePadding(width);
      buf += s;
    } else {
      buf += s;
      bool z = f.zero;
      f.zero = false;
      writePadding(width);
      f.zero = z;
    }
  }
  static int runeCount(const std::string& s) {
    int n = 0;
    for (size_t i = 0; i < s.size();) {
      int w;
      decodeRune(reinterpret_cast<const uint8_t*>(s.data()) + i, int64_t(s.size() - i), &w);
      i += size_t(w);
      ++n;
    }
    return n;
  }

  void fmtInteger(uint64_t u, int base, bool isSigned, char verb, const char* digits) {
    bool negative = isSigned && int64_t(u) < 0;
    if (negative) u = -u;
    int prec = 0;
    if (f.precPresent) {
      prec = f.prec;
      if (prec == 0 && u == 0) {
        bool z = f.zero;
        f.zero = false;
        writePadding(f.wid);
        f.zero = z;
        return;
      }
    } else if (f.zero && f.widPresent) {
      prec = f.wid;
      if (negative || f.plus || f.space) prec--;
    }
    std::string s;
    do {
      s += digits[u % uint64_t(base)];
      u /= uint64_t(base);
    } while (u);
    while (int(s.size()) < prec) s += '0';
    if (f.sharp) {
      if (base == 2) s += "b0";
      else if (base == 8 && s.back() != '0') s += '0';
      else if (base == 16) { s += digits[16]; s += '0'; }
    }
    if (verb == 'O') s += "o0";
    if (negative) s += '-';
    else if (f.plus) s += '+';
    else if (f.space) s += ' ';
    std::reverse(s.begin(), s.end());
    bool z = f.zero;
    f.zero = false;
    pad(s);
    f.zero = z;
  }

  void fmtUnicode(uint64_t u) {
    char tmp[32];
    std::snprintf(tmp, sizeof tmp, "U+%04llX", static_cast<unsigned long long>(u));
    std::string s = tmp;
    if (f.sharp && u <= 0x10FFFF && isPrintRune(int32_t(u))) {
      uint8_t enc[4];
      int n = encodeRune(int64_t(u), enc);
      s += " '";
      s.append(reinterpret_cast<char*>(enc), size_t(n));
      s += "'";
    }
    bool z = f.zero;
    f.zero = false;
    pad(s);
    f.zero = z;
  }

  void fmtC(uint64_t c) {
    uint8_t enc[4];
    int n = encodeRune(c > 0x10FFFF ? 0xFFFD : int64_t(c), enc);
    pad(std::string(reinterpret_cast<char*>(enc), size_t(n)));
  }

  void fmtQc(uint64_t c) {
    int32_t r = c > 0x10FFFF ? 0xFFFD : int32_t(c);
    pad(quoteRune(r, f.plus));
  }

  void fmtFloat(double v, int size, char verb, int prec) {
    if (f.precPresent) prec = f.prec;
    std::string num = formatFloat(v, verb, prec, size);
    if (num[0] == '-' || num[0] == '+') {
    } else {
      num = "+" + num;
    }
    if (f.space && num[0] == '+' && !f.plus) num[0] = ' ';
    if (num[1] == 'I' || num[1] == 'N') {
      bool z = f.zero;
      f.zero = false;
      if (num[1] == 'N' && !f.space && !f.plus) num = num.substr(1);
      pad(num);
      f.zero = z;
      return;
    }
    if (f.sharp && verb != 'b') {
      int digits = 0;
      if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') digits = prec == -1 ? 6 : prec;
      std::string tail;
      bool hasPoint = false, sawNonzero = false;
      for (size_t i = 1; i < num.size(); ++i) {
        char c = num[i];
        if (c == '.') { hasPoint = true; continue; }
        if (c == 'e' || c == 'E') { tail = num.substr(i); num.resize(i); break; }
        if (c != '0') sawNonzero = true;
        if (sawNonzero) digits--;
      }
      if (!hasPoint) {
        if (num.size() == 2 && num[1] == '0') digits--;
        num += '.';
      }
      while (digits > 0) { num += '0'; digits--; }
      num += tail;
    }
    if (f.plus || num[0] != '+') {
      if (f.zero && f.widPresent && f.wid > int(num.size())) {
        buf += num[0];
        writePadding(f.wid - int(num.size()));
        buf.append(num, 1, std::string::npos);
        return;
      }
      pad(num);
      return;
    }
    pad(num.substr(1));
  }

  void fmtBytesHex(const uint8_t* p, int64_t n, const char* digits) {
    // %x / %X on strings and byte slices; flags: space separates, sharp adds 0x.
    std::string s;
    for (int64_t i = 0; i < n; ++i) {
      if (f.space && i > 0) s += ' ';
      if (f.sharp && (f.space || i == 0)) { s += '0'; s += digits[16]; }
      s += digits[p[i] >> 4];
      s += digits[p[i] & 0xF];
    }
    pad(s);
  }

  void fmtString(const uint8_t* p, int64_t n, char verb) {
    if (f.precPresent) {
      // Truncate to prec runes.
      int64_t i = 0;
      for (int r = 0; i < n && r < f.prec; ++r) {
        int w;
        decodeRune(p + i, n - i, &w);
        i += w;
      }
      n = i;
    }
    switch (verb) {
      case 'v': case 's':
        pad(std::string(reinterpret_cast<const char*>(p), size_t(n)));
        return;
      case 'x': fmtBytesHex(p, n, kLowerDigits); return;
      case 'X': fmtBytesHex(p, n, kUpperDigits); return;
      case 'q':
        if (f.sharp && canBackquote(p, n)) {
          pad("`" + std::string(reinterpret_cast<const char*>(p), size_t(n)) + "`");
        } else {
          pad(quoteString(p, n, f.plus));
        }
        return;
    }
  }

  static bool canBackquote(const uint8_t* p, int64_t n) {
    for (int64_t i = 0; i < n;) {
      int w;
      int32_t r = decodeRune(p + i, n - i, &w);
      if (w > 1) {
        if (r == 0xFEFF) return false;
        i += w;
        continue;
      }
      if (r == kRuneError) return false;
      if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F) return false;
      i += w;
    }
    return true;
  }

  void fmtPointer(uintptr_t u, char verb) {
    switch (verb) {
      case 'v':
        if (u == 0) {
          pad("<nil>");
        } else {
          bool sharp = f.sharp;
          f.sharp = true;
          fmtInteger(u, 16, false, 'v', kLowerDigits);
          f.sharp = sharp;
        }
        return;
      case 'p': {
        bool sharp = f.sharp;
        f.sharp = !f.sharp;
        fmtInteger(u, 16, false, 'v', kLowerDigits);
        f.sharp = sharp;
        return;
      }
      case 'b': case 'o': case 'd': case 'x': case 'X': {
        bool sharp = f.sharp;
        f.sharp = verb != 'd' ? true : f.sharp;
        fmtInteger(u, verb == 'b' ? 2 : verb == 'o' ? 8 : verb == 'd' ? 10 : 16, false, verb,
                   verb == 'X' ? kUpperDigits : kLowerDigits);
        f.sharp = sharp;
        return;
      }
    }
    badVerb(verb, nullptr, nullptr);
  }

  void badVerb(char verb, const mgo_type* t, const void* data) {
    buf += "%!";
    appendRune(verb);
    buf += '(';
    if (t) {
      buf += t->name;
      buf += '=';
      Flags saved = f;
      f = Flags{};
      printValue(t, data, 'v', 0);
      f = saved;
    } else {
      buf += "<nil>";
    }
    buf += ')';
  }

  void appendRune(int32_t r) {
    uint8_t enc[4];
    int n = encodeRune(r, enc);
    buf.append(reinterpret_cast<char*>(enc), size_t(n));
  }

  // printArg: the top-level dispatch of fmt.(*pp).printArg.
  void printArg(const mgo_eface& arg, char verb) {
    if (!arg.type) {
      if (verb == 'T' || verb == 'v') pad("<nil>");
      else badVerb(verb, nullptr, nullptr);
      return;
    }
    if (verb == 'T') {
      std::string name = arg.type->name;
      pad(name);
      return;
    }
    if (verb == 'p') {
      uint8_t k = arg.type->kind;
      if (k == MGO_POINTER || k == MGO_MAP || k == MGO_FUNC || k == MGO_CHAN || k == MGO_UNSAFE_POINTER) {
        fmtPointer(*static_cast<const uintptr_t*>(arg.data), 'p');
      } else if (k == MGO_SLICE) {
        fmtPointer(reinterpret_cast<uintptr_t>(static_cast<const mgo_slice*>(arg.data)->ptr), 'p');
      } else {
        badVerb(verb, arg.type, arg.data);
      }
      return;
    }
    printValue(arg.type, arg.data, verb, 0);
  }

  void printValue(const mgo_type* t, const void* data, char verb, int depth) {
    uint8_t k = t->kind;
    if (k == MGO_BOOL) {
      if (verb == 't' || verb == 'v') pad(*static_cast<const uint8_t*>(data) ? "true" : "false");
      else badVerb(verb, t, data);
      return;
    }
    if (isSignedKind(k) || isUnsignedKind(k)) {
      bool isSigned = isSignedKind(k);
      uint64_t u = isSigned ? uint64_t(readSigned(t, data)) : readUnsigned(t, data);
      switch (verb) {
        case 'v':
          if (f.sharpV && !isSigned) {
            bool sharp = f.sharp;
            f.sharp = true;
            fmtInteger(u, 16, false, verb, kLowerDigits);
            f.sharp = sharp;
          } else {
            fmtInteger(u, 10, isSigned, verb, kLowerDigits);
          }
          return;
        case 'd': fmtInteger(u, 10, isSigned, verb, kLowerDigits); return;
        case 'b': fmtInteger(u, 2, isSigned, verb, kLowerDigits); return;
        case 'o': case 'O': fmtInteger(u, 8, isSigned, verb, kLowerDigits); return;
        case 'x': fmtInteger(u, 16, isSigned, verb, kLowerDigits); return;
        case 'X': fmtInteger(u, 16, isSigned, verb, kUpperDigits); return;
        case 'c': fmtC(u); return;
        case 'q': fmtQc(u); return;
        case 'U': fmtUnicode(u); return;
        default: badVerb(verb, t, data); return;
      }
    }
    if (k == MGO_FLOAT32 || k == MGO_FLOAT64) {
      double v = k == MGO_FLOAT32 ? double(*static_cast<const float*>(data)) : *static_cast<const double*>(data);
      int size = k == MGO_FLOAT32 ? 32 : 64;
      switch (verb) {
        case 'v': fmtFloat(v, size, 'g', -1); return;
        case 'b': case 'g': case 'G': case 'x': case 'X': fmtFloat(v, size, verb, -1); return;
        case 'f': case 'e': case 'E': fmtFloat(v, size, verb, 6); return;
        case 'F': fmtFloat(v, size, 'f', 6); return;
        default: badVerb(verb, t, data); return;
      }
    }
    if (k == MGO_STRING) {
      auto* s = static_cast<const mgo_string*>(data);
      if (verb == 'v' && f.sharpV) {
        pad(quoteString(s->ptr, s->len));
        return;
      }
      if (verb == 'v' || verb == 's' || verb == 'x' || verb == 'X' || verb == 'q') fmtString(s->ptr, s->len, verb);
      else badVerb(verb, t, data);
      return;
    }
    switch (k) {
      case MGO_MAP: {
        auto* m = *static_cast<mgo_map* const*>(data);
        if (f.sharpV) {
          buf += t->name;
          if (!m) { buf += "(nil)"; return; }
          buf += '{';
        } else {
          buf += "map[";
        }
        std::vector<std::pair<void*, void*>> entries;
        mgo_map_iter it;
        mgo_map_iter_init(t, m, &it);
        void* key;
        void* val;
        while (mgo_map_iter_next(&it, &key, &val)) entries.emplace_back(key, val);
        const mgo_type* kt = t->key;
        std::stable_sort(entries.begin(), entries.end(),
                         [&](const auto& a, const auto& b) { return compareKeys(kt, a.first, b.first) < 0; });
        for (size_t i = 0; i < entries.size(); ++i) {
          if (i > 0) buf += f.sharpV ? ", " : " ";
          printValue(kt, entries[i].first, verb, depth + 1);
          buf += ':';
          printValue(t->elem, entries[i].second, verb, depth + 1);
        }
        buf += f.sharpV ? '}' : ']';
        return;
      }
      case MGO_STRUCT: {
        if (f.sharpV) buf += t->name;
        buf += '{';
        for (uint64_t i = 0; i < t->len; ++i) {
          const mgo_field& field = t->fields[i];
          if (i > 0) buf += f.sharpV ? ", " : " ";
          if (f.plusV || f.sharpV) {
            buf += field.name;
            buf += ':';
          }
          printValue(field.type, static_cast<const uint8_t*>(data) + field.offset, verb, depth + 1);
        }
        buf += '}';
        return;
      }
      case MGO_INTERFACE: {
        auto* e = static_cast<const mgo_eface*>(data);
        if (!e->type) {
          if (f.sharpV) { buf += t->name; buf += "(nil)"; }
          else pad("<nil>");
          return;
        }
        printValue(e->type, e->data, verb, depth + 1);
        return;
      }
      case MGO_ARRAY: case MGO_SLICE: {
        const uint8_t* base;
        int64_t n;
        if (k == MGO_ARRAY) {
          base = static_cast<const uint8_t*>(data);
          n = int64_t(t->len);
        } else {
          auto* s = static_cast<const mgo_slice*>(data);
          base = static_cast<const uint8_t*>(s->ptr);
          n = s->len;
        }
        if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && t->elem->kind == MGO_UINT8) {
          fmtString(base, n, verb);
          return;
        }
        if (f.sharpV) {
          buf += t->name;
          if (k == MGO_SLICE && !static_cast<const mgo_slice*>(data)->ptr) { buf += "(nil)"; return; }
          buf += '{';
          for (int64_t i = 0; i < n; ++i) {
            if (i > 0) buf += ", ";
            printValue(t->elem, base + uint64_t(i) * t->elem->size, verb, depth + 1);
          }
          buf += '}';
          return;
        }
        buf += '[';
        for (int64_t i = 0; i < n; ++i) {
          if (i > 0) buf += ' ';
          printValue(t->elem, base + uint64_t(i) * t->elem->size, verb, depth + 1);
        }
        buf += ']';
        return;
      }
      case MGO_POINTER: {
        const void* target = *static_cast<void* const*>(data);
        if (depth == 0 && target) {
          uint8_t ek = t->elem->kind;
          if (ek == MGO_ARRAY || ek == MGO_SLICE || ek == MGO_STRUCT || ek == MGO_MAP) {
            buf += '&';
            printValue(t->elem, target, verb, depth + 1);
            return;
          }
        }
        fmtPointerValue(t, data, verb);
        return;
      }
      case MGO_CHAN: case MGO_FUNC: case MGO_UNSAFE_POINTER:
        fmtPointerValue(t, data, verb);
        return;
    }
    badVerb(verb, t, data);
  }

  void fmtPointerValue(const mgo_type* t, const void* data, char verb) {
    uintptr_t u = *static_cast<const uintptr_t*>(data);
    if (f.sharpV) {
      buf += '(';
      buf += t->name;
      buf += ")(";
      if (u == 0) buf += "nil";
      else {
        Flags saved = f;
        f = Flags{};
        f.sharp = true;
        fmtInteger(u, 16, false, 'v', kLowerDigits);
        f = saved;
      }
      buf += ')';
      return;
    }
    if (verb == 'v' || verb == 'p' || verb == 'b' || verb == 'o' || verb == 'd' || verb == 'x' || verb == 'X') {
      fmtPointer(u, verb);
      return;
    }
    badVerb(verb, t, data);
  }

  // internal/fmtsort ordering for map keys.
  static int compareKeys(const mgo_type* t, const void* a, const void* b) {
    uint8_t k = t->kind;
    if (isSignedKind(k)) {
      int64_t x = readSigned(t, a), y = readSigned(t, b);
      return x < y ? -1 : x > y;
    }
    if (isUnsignedKind(k)) {
      uint64_t x = readUnsigned(t, a), y = readUnsigned(t, b);
      return x < y ? -1 : x > y;
    }
    switch (k) {
      case MGO_STRING: {
        auto* x = static_cast<const mgo_string*>(a);
        auto* y = static_cast<const mgo_string*>(b);
        return int(mgo_string_compare(x->ptr, x->len, y->ptr, y->len));
      }
      case MGO_FLOAT32: case MGO_FLOAT64: {
        double x = k == MGO_FLOAT32 ? *static_cast<const float*>(a) : *static_cast<const double*>(a);
        double y = k == MGO_FLOAT32 ? *static_cast<const float*>(b) : *static_cast<const double*>(b);
        if (x < y) return -1;
        if (x > y) return 1;
        if (x != x) return y != y ? 0 : -1;  // NaN sorts first
        if (y != y) return 1;
        return 0;
      }
      case MGO_BOOL: {
        bool x = *static_cast<const uint8_t*>(a), y = *static_cast<const uint8_t*>(b);
        return x == y ? 0 : (!x ? -1 : 1);
      }
      case MGO_POINTER: case MGO_CHAN: case MGO_UNSAFE_POINTER: {
        uintptr_t x = *static_cast<const uintptr_t*>(a), y = *static_cast<const uintptr_t*>(b);
        return x < y ? -1 : x > y;
      }
      case MGO_STRUCT:
        for (uint64_t i = 0; i < t->len; ++i) {
          const mgo_field& field = t->fields[i];
          int c = compareKeys(field.type, static_cast<const uint8_t*>(a) + field.offset,
                              static_cast<const uint8_t*>(b) + field.offset);
          if (c) return c;
        }
        return 0;
      case MGO_ARRAY:
        for (uint64_t i = 0; i < t->len; ++i) {
          uint64_t off = i * t->elem->size;
          int c = compareKeys(t->elem, static_cast<const uint8_t*>(a) + off, static_cast<const uint8_t*>(b) + off);
          if (c) return c;
        }
        return 0;
      case MGO_INTERFACE: {
        auto* x = static_cast<const mgo_eface*>(a);
        auto* y = static_cast<const mgo_eface*>(b);
        if (!x->type || !y->type) return !x->type ? (!y->type ? 0 : -1) : 1;
        if (x->type != y->type) return x->type < y->type ? -1 : 1;
        return compareKeys(x->type, x->data, y->data);
      }
    }
    return 0;
  }
};

bool isStringArg(const mgo_eface& a) { return a.type && a.type->kind == MGO_STRING; }

}  // namespace

std::string sprint(const mgo_eface* args, int64_t n, bool println) {
  Printer p;
  for (int64_t i = 0; i < n; ++i) {
    if (i > 0) {
      if (println) p.buf += ' ';
      else if (!isStringArg(args[i]) && !isStringArg(args[i - 1])) p.buf += ' ';
    }
    p.f = Flags{};
    p.printArg(args[i], 'v');
  }
  if (println) p.buf += '\n';
  return p.buf;
}

std::string sprintf(const uint8_t* format, int64_t end, const mgo_eface* args, int64_t n) {
  Printer p;
  int64_t argNum = 0;
  bool reordered = false;
  for (int64_t i = 0; i < end;) {
    int64_t lasti = i;
    while (i < end && format[i] != '%') ++i;
    if (i > lasti) p.buf.append(reinterpret_cast<const char*>(format + lasti), size_t(i - lasti));
    if (i >= end) break;
    ++i;  // skip %
    p.f = Flags{};
    for (; i < end; ++i) {
      char c = char(format[i]);
      if (c == '#') p.f.sharp = true;
      else if (c == '0') p.f.zero = !p.f.minus;
      else if (c == '+') p.f.plus = true;
      else if (c == '-') { p.f.minus = true; p.f.zero = false; }
      else if (c == ' ') p.f.space = true;
      else break;
    }
    // width
    if (i < end && format[i] == '*') {
      ++i;
      if (argNum < n && args[argNum].type && isSignedKind(args[argNum].type->kind)) {
        int64_t w = readSigned(args[argNum].type, args[argNum].data);
        p.f.wid = int(w);
        p.f.widPresent = true;
        if (w < 0) { p.f.minus = true; p.f.wid = int(-w); p.f.zero = false; }
      } else {
        p.buf += "%!(BADWIDTH)";
      }
      ++argNum;
    } else {
      int64_t start = i;
      int w = 0;
      while (i < end && format[i] >= '0' && format[i] <= '9') w = w * 10 + (format[i++] - '0');
      if (i > start) { p.f.wid = w; p.f.widPresent = true; }
    }
    // precision
    if (i + 1 <= end && i < end && format[i] == '.') {
      ++i;
      if (i < end && format[i] == '*') {
        ++i;
        if (argNum < n && args[argNum].type && isSignedKind(args[argNum].type->kind)) {
          int64_t pr = readSigned(args[argNum].type, args[argNum].data);
          p.f.prec = int(pr);
          p.f.precPresent = pr >= 0;
        } else {
          p.buf += "%!(BADPREC)";
        }
        ++argNum;
      } else {
        int pr = 0;
        while (i < end && format[i] >= '0' && format[i] <= '9') pr = pr * 10 + (format[i++] - '0');
        p.f.prec = pr;
        p.f.precPresent = true;
      }
    }
    if (!p.f.minus && p.f.widPresent) {}  // zero flag stays
    if (i >= end) {
      p.buf += "%!(NOVERB)";
      break;
    }
    int w;
    int32_t verb = decodeRune(format + i, end - i, &w);
    i += w;
    if (verb == '%') {
      p.buf += '%';
      continue;
    }
    if (argNum >= n) {
      p.buf += "%!";
      p.appendRune(verb);
      p.buf += "(MISSING)";
      continue;
    }
    if (verb == 'w') verb = 'v';
    if (verb == 'v') {
      if (p.f.sharp) { p.f.sharp = false; p.f.sharpV = true; }
      if (p.f.plus) { p.f.plus = false; p.f.plusV = true; }
    }
    if (verb > 0x7F) {
      p.badVerb('?', args[argNum].type, args[argNum].data);
    } else {
      p.printArg(args[argNum], char(verb));
    }
    ++argNum;
  }
  if (!reordered && argNum < n) {
    p.f = Flags{};
    p.buf += "%!(EXTRA ";
    for (int64_t a = argNum; a < n; ++a) {
      if (a > argNum) p.buf += ", ";
      if (!args[a].type) {
        p.buf += "<nil>";
      } else {
        p.buf += args[a].type->name;
        p.buf += '=';
        p.printArg(args[a], 'v');
      }
    }
    p.buf += ')';
  }
  return p.buf;
}

}  // namespace mgo::rt
