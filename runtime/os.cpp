// os.cpp — package os: Exit and Args.
// Invariant: os.Exit flushes nothing but the runtime's own buffers and does not run deferred
// calls (Go semantics); os.Args is built once, in the GC heap, reachable from a registered root.
#include <cstring>

#include "abi.h"
#include "runtime_internal.h"

namespace mgo::rt {
extern int savedArgc;
extern char** savedArgv;
}  // namespace mgo::rt

using namespace mgo::rt;

namespace {
mgo_slice argsSlice;
bool argsBuilt = false;
}  // namespace

extern "C" {

void mgo_os_Exit(int64_t code) { mgo_runtime_exit(int(code)); }

void mgo_os_Args(mgo_slice* out) {
  if (!argsBuilt) {
    argsBuilt = true;
    mgo_gc_register_root(&argsSlice, sizeof argsSlice);
    auto* strings = static_cast<mgo_string*>(mgo_alloc_bytes(uint64_t(savedArgc) * sizeof(mgo_string), false));
    for (int i = 0; i < savedArgc; ++i) {
      size_t n = std::strlen(savedArgv[i]);
      auto* bytes = static_cast<uint8_t*>(mgo_alloc_bytes(n, true));
      std::memcpy(bytes, savedArgv[i], n);
      strings[i] = mgo_string{bytes, int64_t(n)};
    }
    argsSlice = mgo_slice{strings, savedArgc, savedArgc};
  }
  *out = argsSlice;
}

}  // extern "C"
