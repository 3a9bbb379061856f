// slice.cpp — make, append growth and copy for slices, exactly as Go 1.19's runtime/slice.go
// (growslice's capacity rule is observable through cap(): tests compare it with Go).
// Invariant: new backing arrays are zeroed GC objects, noscan when the element type has no
// pointers; zero-size arrays share one non-nil address (Go's zerobase, from mgo_alloc_bytes(0)).
#include <cstring>

#include "abi.h"
#include "sched_api.h"
#include "sizeclasses.h"

using namespace mgo::rt;

namespace {

constexpr uint64_t kMaxAlloc = uint64_t(1) << 48;   // Go's maxAlloc on 64-bit Linux

bool noscan(const mgo_type* elem) { return (elem->flags & MGO_TFLAG_NOPOINTERS) != 0; }

[[noreturn]] void growsliceOverflow() { mgo_runtime_panic_plain("runtime error: growslice: cap out of range"); }

}  // namespace

extern "C" {

void mgo_growslice(mgo_slice* out, const mgo_type* elem, void* oldptr, int64_t oldlen,
                   int64_t oldcap, int64_t newlen) {
  uint64_t size = elem->size;
  if (newlen < oldcap) growsliceOverflow();
  if (size == 0) {
    *out = mgo_slice{mgo_alloc_bytes(0, true), oldlen, newlen};
    return;
  }
  int64_t newcap = oldcap;
  int64_t doublecap = newcap + newcap;
  if (newlen > doublecap) {
    newcap = newlen;
  } else {
    constexpr int64_t threshold = 256;
    if (oldcap < threshold) {
      newcap = doublecap;
    } else {
      while (0 < newcap && newcap < newlen) newcap += (newcap + 3 * threshold) / 4;
      if (newcap <= 0) newcap = newlen;
    }
  }
  uint64_t capmem = 0;
  if (__builtin_mul_overflow(uint64_t(newcap), size, &capmem) || capmem > kMaxAlloc) growsliceOverflow();
  capmem = roundUpSize(capmem);
  newcap = int64_t(capmem / size);
  void* p = mgo_alloc_bytes(capmem, noscan(elem));
  if (oldlen) std::memcpy(p, oldptr, uint64_t(oldlen) * size);
  *out = mgo_slice{p, oldlen, newcap};
}

int64_t mgo_slice_copy(void* dst, int64_t dstlen, const void* src, int64_t srclen, int64_t elemsize) {
  int64_t n = dstlen < srclen ? dstlen : srclen;
  if (n <= 0) return 0;
  if (elemsize > 0 && dst != src) std::memmove(dst, src, uint64_t(n) * uint64_t(elemsize));
  return n;
}

void mgo_make_slice(mgo_slice* out, const mgo_type* elem, int64_t len, int64_t cap) {
  uint64_t mem = 0;
  bool overflow = __builtin_mul_overflow(uint64_t(cap), elem->size, &mem);
  if (overflow || mem > kMaxAlloc || len < 0 || len > cap) {
    uint64_t lenmem = 0;
    if (__builtin_mul_overflow(uint64_t(len), elem->size, &lenmem) || lenmem > kMaxAlloc || len < 0)
      mgo_panic_makeslice_len();
    mgo_panic_makeslice_cap();
  }
  *out = mgo_slice{mgo_alloc_bytes(mem, noscan(elem)), len, cap};
}

}  // extern "C"
