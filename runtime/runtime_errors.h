// runtime_errors.h — constructors of the values run-time panics carry (runtime_errors.cpp).
// Each returns an interface value whose data is a fresh GC allocation.
#pragma once
#include <cstdint>
#include <string>

#include "abi.h"

namespace mgo::rt {

// Go's boundsErrorCode.
enum class BoundsCode : uint8_t {
  Index = 0, SliceAlen, SliceAcap, SliceB, Slice3Alen, Slice3Acap, Slice3B, Slice3C, Convert
};

struct BoundsErrorValue {  // Go's runtime.boundsError layout
  int64_t x;
  int64_t y;
  bool is_signed;
  uint8_t code;
};

mgo_eface boundsErrorValue(int64_t x, int64_t y, BoundsCode code);
mgo_eface errorStringValue(const std::string& message);   // without the "runtime error: " prefix
mgo_eface plainErrorValue(const std::string& message);
mgo_eface stringValue(const std::string& message);        // panic("...") by the runtime (sync, strings)
mgo_eface typeAssertionErrorValue(mgo_string message);
// A fixed-message error of kind `which` (MGO_RTYPE_ERROR_STRING / _PLAIN_ERROR) boxed in static
// storage: no allocation, as Go's divideError / memoryError are package variables. `box` must be
// static (MGO_STATIC_ERROR makes one per call site).
mgo_eface staticErrorValue(int which, const mgo_string* box);
#define MGO_STATIC_ERROR(which, text)                                                                \
  ([] {                                                                                              \
    static const mgo_string box{reinterpret_cast<const uint8_t*>(text), int64_t(sizeof(text) - 1)}; \
    return ::mgo::rt::staticErrorValue(which, &box);                                                 \
  }())

}  // namespace mgo::rt
