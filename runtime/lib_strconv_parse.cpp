// lib_strconv_parse.cpp — the runtime intrinsic of strconv.ParseFloat
// (runtime/golib/strconv/atof.go): the correctly rounded value of a floating-point literal whose
// syntax Go's readFloat has already accepted (decimal or hexadecimal with a p exponent, digits
// possibly separated by underscores).
//
// Invariants: glibc's strtod/strtof round correctly (IEEE round-half-even), as Go's eiselLemire /
// decimal / atofHex paths do, so the results are Go's; overflow gives ±Inf (the caller reports
// ErrRange), underflow gives a denormal or ±0 without error, as in Go. Parsing uses the C locale
// (the runtime never calls setlocale). strtod needs up to ~1.3 KB of stack for long inputs (measured
// on glibc 2.36), more than a small goroutine segment keeps for libc, so it runs under deep_stack().
#include <cstdlib>
#include <cstring>

#include "abi.h"
#include "stack.h"

extern "C" {

double mgo_strconv_parseFloatText(const uint8_t* p, int64_t len, int64_t bitSize) {
  char small[128];
  char* buf = len < int64_t(sizeof small) ? small : static_cast<char*>(std::malloc(size_t(len) + 1));
  if (!buf) std::abort();
  size_t n = 0;
  for (int64_t i = 0; i < len; ++i)
    if (p[i] != '_') buf[n++] = char(p[i]);
  buf[n] = 0;
  double v = 0;
  mgo::sched::deep_stack([&] { v = bitSize == 32 ? double(std::strtof(buf, nullptr)) : std::strtod(buf, nullptr); });
  if (buf != small) std::free(buf);
  return v;
}

}  // extern "C"
