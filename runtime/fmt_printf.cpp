// fmt_printf.cpp — Go 1.19's doPrintf / doPrint / doPrintln (fmt/print.go) and the C entry points
// of package fmt (abi.h): Print, Println, Printf write to stdout with exactly one write(2) per call
// (the whole output is formatted first), so concurrent calls never interleave; the Sprint family
// copies the result to the GC heap once.
//
// Format parsing follows Go exactly: flags "#0+- ", explicit argument indexes [n], '*' width and
// precision from int arguments (negative width = '-' flag; bad ones print %!(BADWIDTH) /
// %!(BADPREC)), numbers above 1e6 rejected as Go's tooLarge, and the error forms %!v(MISSING),
// %!v(BADINDEX), %!(NOVERB), %!(EXTRA type=value, ...).
#include "fmt_internal.h"
#include "runtime_internal.h"
#include "utf8.h"

namespace mgo::rt {

namespace {

bool tooLarge(int64_t x) { return x > 1000000 || x < -1000000; }

// Go's parsenum: the decimal number at format[start..end), or isnum == false.
struct ParsedNum {
  int num;
  bool isnum;
  int64_t newi;
};
ParsedNum parsenum(const uint8_t* s, int64_t start, int64_t end) {
  ParsedNum r{0, false, start};
  if (start >= end) return ParsedNum{0, false, end};
  for (; r.newi < end && s[r.newi] >= '0' && s[r.newi] <= '9'; ++r.newi) {
    if (tooLarge(r.num)) return ParsedNum{0, false, end};
    r.num = r.num * 10 + (s[r.newi] - '0');
    r.isnum = true;
  }
  return r;
}

// Go's intFromArg: args[argNum] as an int for '*' width / precision.
struct IntArg {
  int num;
  bool isInt;
  int64_t newArgNum;
};
IntArg intFromArg(const mgo_eface* args, int64_t n, int64_t argNum) {
  IntArg r{0, false, argNum};
  if (argNum < n) {
    const mgo_eface& a = args[argNum];
    if (a.type) {
      uint8_t k = a.type->kind;
      int64_t v = 0;
      switch (k) {
        case MGO_INT: case MGO_INT64: v = *static_cast<const int64_t*>(a.data); r.isInt = true; break;
        case MGO_INT32: v = *static_cast<const int32_t*>(a.data); r.isInt = true; break;
        case MGO_INT16: v = *static_cast<const int16_t*>(a.data); r.isInt = true; break;
        case MGO_INT8: v = *static_cast<const int8_t*>(a.data); r.isInt = true; break;
        case MGO_UINT: case MGO_UINT64: case MGO_UINTPTR: {
          uint64_t u = *static_cast<const uint64_t*>(a.data);
          if (int64_t(u) >= 0) {
            v = int64_t(u);
            r.isInt = true;
          }
          break;
        }
        case MGO_UINT32: v = *static_cast<const uint32_t*>(a.data); r.isInt = true; break;
        case MGO_UINT16: v = *static_cast<const uint16_t*>(a.data); r.isInt = true; break;
        case MGO_UINT8: v = *static_cast<const uint8_t*>(a.data); r.isInt = true; break;
      }
      if (r.isInt) {
        if (tooLarge(v)) {
          r.isInt = false;
        } else {
          r.num = int(v);
        }
      }
    }
    r.newArgNum = argNum + 1;
  }
  return r;
}

// Go's parseArgNumber on format[0..len): "[n]" -> (n-1, bytes consumed, ok).
struct ArgIndex {
  int index;
  int64_t wid;
  bool ok;
};
ArgIndex parseArgNumber(const uint8_t* s, int64_t len) {
  if (len < 3) return ArgIndex{0, 1, false};
  for (int64_t i = 1; i < len; ++i) {
    if (s[i] == ']') {
      ParsedNum p = parsenum(s, 1, i);
      if (!p.isnum || p.newi != i) return ArgIndex{0, i + 1, false};
      return ArgIndex{p.num - 1, i + 1, true};
    }
  }
  return ArgIndex{0, 1, false};
}

bool isStringArg(const mgo_eface& a) { return a.type && a.type->kind == MGO_STRING; }

}  // namespace

void Printer::doPrintf(const uint8_t* format, int64_t end, const mgo_eface* args, int64_t n) {
  int64_t argNum = 0;
  bool afterIndex = false;
  reordered = false;

  // Go's argNumber: consumes "[n]" at format[i] if present.
  auto argNumber = [&](int64_t& argNumRef, int64_t& i) -> bool {
    if (end <= i || format[i] != '[') return false;
    reordered = true;
    ArgIndex a = parseArgNumber(format + i, end - i);
    if (a.ok && 0 <= a.index && a.index < n) {
      argNumRef = a.index;
      i += a.wid;
      return true;
    }
    goodArgNum = false;
    i += a.wid;
    return a.ok;
  };

  for (int64_t i = 0; i < end;) {
    goodArgNum = true;
    int64_t lasti = i;
    while (i < end && format[i] != '%') ++i;
    if (i > lasti) buf.append(format + lasti, i - lasti);
    if (i >= end) break;
    ++i;  // '%'
    fmt.clearflags();
    bool simple = false;
    for (; i < end; ++i) {
      uint8_t c = format[i];
      if (c == '#') fmt.f.sharp = true;
      else if (c == '0') fmt.f.zero = !fmt.f.minus;
      else if (c == '+') fmt.f.plus = true;
      else if (c == '-') {
        fmt.f.minus = true;
        fmt.f.zero = false;
      } else if (c == ' ') {
        fmt.f.space = true;
      } else {
        // Fast path: a lower-case verb with no width, precision or index.
        if (c >= 'a' && c <= 'z' && argNum < n) {
          if (c == 'v') {
            fmt.f.sharpV = fmt.f.sharp;
            fmt.f.sharp = false;
            fmt.f.plusV = fmt.f.plus;
            fmt.f.plus = false;
          }
          printArg(args[argNum], c);
          ++argNum;
          ++i;
          simple = true;
        }
        break;
      }
    }
    if (simple) continue;

    afterIndex = argNumber(argNum, i);

    // Width.
    if (i < end && format[i] == '*') {
      ++i;
      IntArg w = intFromArg(args, n, argNum);
      fmt.wid = w.num;
      fmt.f.widPresent = w.isInt;
      argNum = w.newArgNum;
      if (!fmt.f.widPresent) buf.append("%!(BADWIDTH)");
      if (fmt.wid < 0) {
        fmt.wid = -fmt.wid;
        fmt.f.minus = true;
        fmt.f.zero = false;
      }
      afterIndex = false;
    } else {
      ParsedNum w = parsenum(format, i, end);
      fmt.wid = w.num;
      fmt.f.widPresent = w.isnum;
      i = w.newi;
      if (afterIndex && fmt.f.widPresent) goodArgNum = false;
    }

    // Precision.
    if (i + 1 < end && format[i] == '.') {
      ++i;
      if (afterIndex) goodArgNum = false;
      afterIndex = argNumber(argNum, i);
      if (i < end && format[i] == '*') {
        ++i;
        IntArg p = intFromArg(args, n, argNum);
        fmt.prec = p.num;
        fmt.f.precPresent = p.isInt;
        argNum = p.newArgNum;
        if (fmt.prec < 0) {
          fmt.prec = 0;
          fmt.f.precPresent = false;
        }
        if (!fmt.f.precPresent) buf.append("%!(BADPREC)");
        afterIndex = false;
      } else {
        ParsedNum p = parsenum(format, i, end);
        fmt.prec = p.num;
        fmt.f.precPresent = p.isnum;
        i = p.newi;
        if (!fmt.f.precPresent) {
          fmt.prec = 0;
          fmt.f.precPresent = true;
        }
      }
    }

    if (!afterIndex) afterIndex = argNumber(argNum, i);

    if (i >= end) {
      buf.append("%!(NOVERB)");
      break;
    }

    int32_t verb = format[i];
    int size = 1;
    if (verb >= 0x80) verb = decodeRune(format + i, end - i, &size);
    i += size;

    if (verb == '%') {
      buf.push('%');
    } else if (!goodArgNum) {
      buf.append("%!", 2);
      writeRuneTo(buf, verb);
      buf.append("(BADINDEX)");
    } else if (argNum >= n) {
      buf.append("%!", 2);
      writeRuneTo(buf, verb);
      buf.append("(MISSING)");
    } else {
      if (verb == 'v') {
        fmt.f.sharpV = fmt.f.sharp;
        fmt.f.sharp = false;
        fmt.f.plusV = fmt.f.plus;
        fmt.f.plus = false;
      }
      printArg(args[argNum], verb);
      ++argNum;
    }
  }

  if (!reordered && argNum < n) {
    fmt.clearflags();
    buf.append("%!(EXTRA ");
    for (int64_t a = argNum; a < n; ++a) {
      if (a > argNum) buf.append(", ", 2);
      if (!args[a].type) {
        buf.append("<nil>", 5);
      } else {
        buf.append(args[a].type->name);
        buf.push('=');
        printArg(args[a], 'v');
      }
    }
    buf.push(')');
  }
}

void Printer::doPrint(const mgo_eface* args, int64_t n) {
  bool prevString = false;
  for (int64_t i = 0; i < n; ++i) {
    bool isString = isStringArg(args[i]);
    if (i > 0 && !isString && !prevString) buf.push(' ');
    printArg(args[i], 'v');
    prevString = isString;
  }
}

void Printer::doPrintln(const mgo_eface* args, int64_t n) {
  for (int64_t i = 0; i < n; ++i) {
    if (i > 0) buf.push(' ');
    printArg(args[i], 'v');
  }
  buf.push('\n');
}

void writeRuneTo(ByteBuffer& out, int32_t r) {
  if (r >= 0 && r < 0x80) {
    out.push(char(r));
    return;
  }
  uint8_t enc[4];
  out.append(enc, encodeRune(r, enc));
}

}  // namespace mgo::rt

using namespace mgo::rt;

namespace {
int64_t writeOut(const Printer& p) {
  mgo_write_all(1, p.buf.data(), p.buf.size());
  return int64_t(p.buf.size());
}
}  // namespace

extern "C" {

int64_t mgo_fmt_print(const mgo_eface* args, int64_t n) {
  Printer p;
  p.doPrint(args, n);
  return writeOut(p);
}

int64_t mgo_fmt_println(const mgo_eface* args, int64_t n) {
  Printer p;
  p.doPrintln(args, n);
  return writeOut(p);
}

int64_t mgo_fmt_printf(const uint8_t* fp, int64_t flen, const mgo_eface* args, int64_t n) {
  Printer p;
  p.doPrintf(fp, flen, args, n);
  return writeOut(p);
}

mgo_string mgo_fmt_sprint(const mgo_eface* args, int64_t n) {
  Printer p;
  p.doPrint(args, n);
  return p.buf.toGoString();
}

mgo_string mgo_fmt_sprintln(const mgo_eface* args, int64_t n) {
  Printer p;
  p.doPrintln(args, n);
  return p.buf.toGoString();
}

mgo_string mgo_fmt_sprintf(const uint8_t* fp, int64_t flen, const mgo_eface* args, int64_t n) {
  Printer p;
  p.doPrintf(fp, flen, args, n);
  return p.buf.toGoString();
}

}  // extern "C"
