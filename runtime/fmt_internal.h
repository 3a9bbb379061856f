// fmt_internal.h — the pieces of the fmt implementation shared by fmt_format.cpp (Go's
// fmt/format.go: Formatter), fmt_print.cpp (print.go: printArg / printValue over type
// descriptors), fmt_printf.cpp (doPrintf / doPrint / doPrintln and the C entry points) and
// fmt_sort.cpp (internal/fmtsort key order).
//
// Invariants: a Printer formats into its own ByteBuffer (stack storage first, malloc beyond);
// nothing here allocates on the GC heap except a String()/Error() method called through the hook
// in handleMethods and the final copy made by the Sprint family. Those methods run under a
// deferred recover (recover_catch.h), as Go's catchPanic: a panic in them is printed, never
// unwinds through a Printer — except the re-raised nested panic of catchPanic (Go's too), which
// abandons the Printer (its malloc'd buffer leaks; fmt holds no lock while formatting). Values are always read through
// their type descriptors (abi.h): `data` points at the value.
#pragma once
#include <cstddef>
#include <cstdint>

#include "abi.h"
#include "fmt_buffer.h"
#include "strconv_internal.h"

namespace mgo::rt {

struct FmtFlags {
  bool widPresent = false;
  bool precPresent = false;
  bool minus = false;
  bool plus = false;
  bool sharp = false;
  bool space = false;
  bool zero = false;
  bool plusV = false;   // %+v
  bool sharpV = false;  // %#v
};

// Go's fmt.fmt: flags, width, precision and the primitive formatters writing into buf.
class Formatter {
 public:
  explicit Formatter(ByteBuffer& out) : buf(out) {}

  ByteBuffer& buf;
  FmtFlags f;
  int wid = 0;
  int prec = 0;

  void clearflags() { f = FmtFlags{}; }

  void writePadding(int n);
  void pad(const char* s, size_t n);  // pads by rune count
  void pad(const char* s);
  void fmtBoolean(bool v);
  void fmtUnicode(uint64_t u);
  void fmtInteger(uint64_t u, int base, bool isSigned, int32_t verb, const char* digits);
  void fmtS(const uint8_t* s, int64_t n);
  void fmtBs(const uint8_t* s, int64_t n) { fmtS(s, n); }
  void fmtSbx(const uint8_t* s, int64_t n, const char* digits);
  void fmtQ(const uint8_t* s, int64_t n);
  void fmtC(uint64_t c);
  void fmtQc(uint64_t c);
  void fmtFloat(double v, int size, int32_t verb, int prec);
};

extern const char kLowerDigits[];  // "0123456789abcdefx"
extern const char kUpperDigits[];  // "0123456789ABCDEFX"

// Go's fmt.pp: the state of one Print/Sprintf/... call.
class Printer {
 public:
  Printer() : fmt(buf) {}

  ByteBuffer buf;
  Formatter fmt;
  bool erroring = false;    // inside badVerb: never call methods
  bool reordered = false;   // an explicit [n] argument index was used
  bool goodArgNum = true;
  bool wrapErrs = false;               // fmt.Errorf: %w accepts one error operand
  const void* wrappedData = nullptr;   // that operand's data (args[i].data), once %w took it
  bool panicking = false;   // printing the value of a panic caught by catchPanic

  void doPrint(const mgo_eface* args, int64_t n);
  void doPrintln(const mgo_eface* args, int64_t n);
  void doPrintf(const uint8_t* format, int64_t end, const mgo_eface* args, int64_t n);

  void printArg(const mgo_eface& arg, int32_t verb);
  // canInterface is false below unexported struct fields (Go's reflect flagRO): methods of such
  // values are not called, as in Go.
  void printValue(const mgo_type* t, const void* data, int32_t verb, int depth, bool canInterface);
  // Go's catchPanic: the deferred call around a String/Error/GoString `method` of the operand
  // (t, data) printed with verb, run with the recovered panic value err.
  void catchPanic(mgo_eface err, const mgo_type* t, const void* data, int32_t verb, const char* method);

 private:
  bool handleMethods(const mgo_type* t, const void* data, int32_t verb);
  void badVerb(int32_t verb, const mgo_type* t, const void* data);
  void fmtBool(bool v, int32_t verb, const mgo_type* t, const void* data);
  void fmt0x64(uint64_t v, bool leading0x);
  void fmtInteger(uint64_t v, bool isSigned, int32_t verb, const mgo_type* t, const void* data);
  void fmtFloat(double v, int size, int32_t verb, const mgo_type* t, const void* data);
  void fmtComplex(double re, double im, int size, int32_t verb, const mgo_type* t, const void* data);
  void fmtString(const uint8_t* s, int64_t n, int32_t verb, const mgo_type* t, const void* data);
  void fmtBytes(const uint8_t* s, int64_t n, bool isNil, int32_t verb, const char* typeString,
                const mgo_type* t, const void* data);
  void fmtPointer(const mgo_type* t, const void* data, int32_t verb);
  void printMap(const mgo_type* t, const void* data, int32_t verb, int depth, bool canInterface);
  void printList(const mgo_type* t, const uint8_t* base, int64_t n, bool isNilSlice, int32_t verb,
                 int depth, bool canInterface);
};

// Sorts map entries (parallel arrays of key and value pointers) by key in internal/fmtsort's
// order: numbers, strings, bools (false first), pointers by address, structs and arrays
// field-wise, interfaces by (type descriptor address, value); NaN first. Stable.
void sortMapEntries(const mgo_type* keyType, const void** keys, const void** vals, size_t n);

// Appends r as UTF-8 (invalid runes as U+FFFD), as Go's buffer.writeRune.
void writeRuneTo(ByteBuffer& out, int32_t r);

// Number of runes in UTF-8 text (invalid bytes count one each), as utf8.RuneCount.
int64_t runeCount(const uint8_t* s, int64_t n);

}  // namespace mgo::rt
