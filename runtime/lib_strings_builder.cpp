// lib_strings_builder.cpp — the runtime intrinsic of strings.Builder
// (runtime/golib/strings/builder.go): String() returns the buffer's bytes as a string without
// copying, as Go's unsafe conversion does.
//
// Invariant: sound because a Builder never modifies bytes it has written (appends go beyond len,
// Reset drops the buffer), so the string stays immutable; the string's pointer keeps the buffer
// alive (interior pointers are roots, abi.h).
#include "abi.h"

extern "C" {

mgo_string mgo_strings_bytesAsString(const uint8_t* p, int64_t len, int64_t /*cap*/) {
  return mgo_string{len ? p : nullptr, len};
}

}  // extern "C"
