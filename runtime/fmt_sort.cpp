// fmt_sort.cpp — the key order fmt prints maps in (Go 1.19's internal/fmtsort): ints and uints
// numerically, strings bytewise, floats numerically with NaN first, bools false < true, pointers
// and channels by address (nil first), structs and arrays element by element, interfaces nil
// first, then by dynamic type (descriptor address here — Go uses its rtype address, so mixed-type
// interface keys may order differently), then by value. The sort is stable (Go uses sort.Stable).
#include <cstring>
#include <utility>

#include "fmt_internal.h"

namespace mgo::rt {

namespace {

template <class T>
int three(T a, T b) { return a < b ? -1 : (a > b ? 1 : 0); }

int floatCompare(double a, double b) {
  if (a != a) return -1;
  if (b != b) return 1;
  return three(a, b);
}

int compareValues(const mgo_type* t, const void* a, const void* b) {
  switch (t->kind) {
    case MGO_INT: case MGO_INT64: return three(*static_cast<const int64_t*>(a), *static_cast<const int64_t*>(b));
    case MGO_INT32: return three(*static_cast<const int32_t*>(a), *static_cast<const int32_t*>(b));
    case MGO_INT16: return three(*static_cast<const int16_t*>(a), *static_cast<const int16_t*>(b));
    case MGO_INT8: return three(*static_cast<const int8_t*>(a), *static_cast<const int8_t*>(b));
    case MGO_UINT: case MGO_UINT64: case MGO_UINTPTR:
      return three(*static_cast<const uint64_t*>(a), *static_cast<const uint64_t*>(b));
    case MGO_UINT32: return three(*static_cast<const uint32_t*>(a), *static_cast<const uint32_t*>(b));
    case MGO_UINT16: return three(*static_cast<const uint16_t*>(a), *static_cast<const uint16_t*>(b));
    case MGO_UINT8: return three(*static_cast<const uint8_t*>(a), *static_cast<const uint8_t*>(b));
    case MGO_STRING: {
      auto* x = static_cast<const mgo_string*>(a);
      auto* y = static_cast<const mgo_string*>(b);
      int64_t n = x->len < y->len ? x->len : y->len;
      int c = n > 0 ? std::memcmp(x->ptr, y->ptr, size_t(n)) : 0;
      if (c != 0) return c < 0 ? -1 : 1;
      return three(x->len, y->len);
    }
    case MGO_FLOAT32: return floatCompare(*static_cast<const float*>(a), *static_cast<const float*>(b));
    case MGO_FLOAT64: return floatCompare(*static_cast<const double*>(a), *static_cast<const double*>(b));
    case MGO_COMPLEX64: {
      auto* x = static_cast<const float*>(a);
      auto* y = static_cast<const float*>(b);
      int c = floatCompare(x[0], y[0]);
      return c != 0 ? c : floatCompare(x[1], y[1]);
    }
    case MGO_COMPLEX128: {
      auto* x = static_cast<const double*>(a);
      auto* y = static_cast<const double*>(b);
      int c = floatCompare(x[0], y[0]);
      return c != 0 ? c : floatCompare(x[1], y[1]);
    }
    case MGO_BOOL: {
      bool x = *static_cast<const uint8_t*>(a) != 0, y = *static_cast<const uint8_t*>(b) != 0;
      return x == y ? 0 : (x ? 1 : -1);
    }
    case MGO_POINTER: case MGO_UNSAFE_POINTER: case MGO_CHAN:
      return three(*static_cast<const uintptr_t*>(a), *static_cast<const uintptr_t*>(b));
    case MGO_STRUCT:
      for (uint64_t i = 0; i < t->len; ++i) {
        const mgo_field& f = t->fields[i];
        int c = compareValues(f.type, static_cast<const uint8_t*>(a) + f.offset,
                              static_cast<const uint8_t*>(b) + f.offset);
        if (c != 0) return c;
      }
      return 0;
    case MGO_ARRAY:
      for (uint64_t i = 0; i < t->len; ++i) {
        uint64_t off = i * t->elem->size;
        int c = compareValues(t->elem, static_cast<const uint8_t*>(a) + off, static_cast<const uint8_t*>(b) + off);
        if (c != 0) return c;
      }
      return 0;
    case MGO_INTERFACE: {
      auto* x = static_cast<const mgo_eface*>(a);
      auto* y = static_cast<const mgo_eface*>(b);
      if (!x->type) return y->type ? -1 : 0;
      if (!y->type) return 1;
      if (x->type != y->type) return three(reinterpret_cast<uintptr_t>(x->type), reinterpret_cast<uintptr_t>(y->type));
      return compareValues(x->type, x->data, y->data);
    }
  }
  return 0;
}

}  // namespace

void sortMapEntries(const mgo_type* keyType, const void** keys, const void** vals, size_t n) {
  // Binary insertion sort for small maps, else a bottom-up merge sort; both stable.
  if (n < 2) return;
  if (n <= 32) {
    for (size_t i = 1; i < n; ++i) {
      const void* k = keys[i];
      const void* v = vals[i];
      size_t lo = 0, hi = i;
      while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (compareValues(keyType, k, keys[mid]) < 0) hi = mid;
        else lo = mid + 1;
      }
      for (size_t j = i; j > lo; --j) {
        keys[j] = keys[j - 1];
        vals[j] = vals[j - 1];
      }
      keys[lo] = k;
      vals[lo] = v;
    }
    return;
  }
  auto** tmp = static_cast<const void**>(std::malloc(2 * n * sizeof(void*)));
  if (!tmp) std::abort();
  const void** tk = tmp;
  const void** tv = tmp + n;
  const void** srcK = keys;
  const void** srcV = vals;
  const void** dstK = tk;
  const void** dstV = tv;
  for (size_t width = 1; width < n; width *= 2) {
    for (size_t lo = 0; lo < n; lo += 2 * width) {
      size_t mid = lo + width < n ? lo + width : n;
      size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
      size_t i = lo, j = mid, o = lo;
      while (i < mid && j < hi) {
        if (compareValues(keyType, srcK[j], srcK[i]) < 0) {
          dstK[o] = srcK[j];
          dstV[o++] = srcV[j++];
        } else {
          dstK[o] = srcK[i];
          dstV[o++] = srcV[i++];
        }
      }
      while (i < mid) {
        dstK[o] = srcK[i];
        dstV[o++] = srcV[i++];
      }
      while (j < hi) {
        dstK[o] = srcK[j];
        dstV[o++] = srcV[j++];
      }
    }
    std::swap(srcK, dstK);
    std::swap(srcV, dstV);
  }
  if (srcK != keys) {
    std::memcpy(keys, srcK, n * sizeof(void*));
    std::memcpy(vals, srcV, n * sizeof(void*));
  }
  std::free(tmp);
}

}  // namespace mgo::rt
