// lib_fmt.cpp — the runtime intrinsics of the mini-Go half of package fmt
// (runtime/golib/fmt/*.go: Errorf, Fprint, Fprintln, Fprintf): formatting into a new []byte, and
// Errorf's formatting, which also reports which operand %w wrapped.
//
// Invariants: the []any operands arrive as a slice (ptr, len, cap) of mgo_eface; results are GC
// heap copies (no-scan), returned through the slice out-pointer as abi.h prescribes.
#include <cstring>

#include "abi.h"
#include "fmt_internal.h"

using namespace mgo::rt;

namespace {

void toBytes(const Printer& p, mgo_slice* out) {
  int64_t n = int64_t(p.buf.size());
  void* bytes = n ? mgo_alloc_bytes(uint64_t(n), true) : nullptr;
  if (n) std::memcpy(bytes, p.buf.data(), size_t(n));
  *out = mgo_slice{bytes, n, n};
}

}  // namespace

extern "C" {

void mgo_fmt_formatPrint(mgo_slice* out, const mgo_eface* args, int64_t n, int64_t /*cap*/) {
  Printer p;
  p.doPrint(args, n);
  toBytes(p, out);
}

void mgo_fmt_formatPrintln(mgo_slice* out, const mgo_eface* args, int64_t n, int64_t /*cap*/) {
  Printer p;
  p.doPrintln(args, n);
  toBytes(p, out);
}

void mgo_fmt_formatPrintf(mgo_slice* out, const uint8_t* fp, int64_t flen, const mgo_eface* args, int64_t n,
                          int64_t /*cap*/) {
  Printer p;
  p.doPrintf(fp, flen, args, n);
  toBytes(p, out);
}

// fmt.Errorf's text; *wrapped = the index of the operand %w wrapped, or -1.
mgo_string mgo_fmt_errorfText(const uint8_t* fp, int64_t flen, const mgo_eface* args, int64_t n, int64_t /*cap*/,
                              int64_t* wrapped) {
  Printer p;
  p.wrapErrs = true;
  p.doPrintf(fp, flen, args, n);
  *wrapped = -1;
  if (p.wrappedData)
    for (int64_t i = 0; i < n; ++i)
      if (args[i].data == p.wrappedData) *wrapped = i;
  return p.buf.toGoString();
}

}  // extern "C"
