// sync_atomic.cpp — package sync/atomic: Add, Load, Store, CompareAndSwap, Swap for int32, int64,
// uint32, uint64 (and uintptr == uint64). All sequentially consistent, like Go's.
// codegen may equally lower these calls to LLVM atomic instructions (atomicrmw/cmpxchg seq_cst);
// these out-of-line versions define the semantics. A nil pointer faults (SIGSEGV), as in Go.
#include "abi.h"

#define MGO_ATOMIC_FUNCS(Name, T)                                                             \
  T mgo_atomic_Add##Name(T* p, T delta) { return __atomic_add_fetch(p, delta, __ATOMIC_SEQ_CST); } \
  T mgo_atomic_Load##Name(T* p) { return __atomic_load_n(p, __ATOMIC_SEQ_CST); }              \
  void mgo_atomic_Store##Name(T* p, T v) { __atomic_store_n(p, v, __ATOMIC_SEQ_CST); }        \
  T mgo_atomic_Swap##Name(T* p, T v) { return __atomic_exchange_n(p, v, __ATOMIC_SEQ_CST); }  \
  bool mgo_atomic_CompareAndSwap##Name(T* p, T old, T nw) {                                   \
    return __atomic_compare_exchange_n(p, &old, nw, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST); \
  }

extern "C" {
MGO_ATOMIC_FUNCS(Int32, int32_t)
MGO_ATOMIC_FUNCS(Int64, int64_t)
MGO_ATOMIC_FUNCS(Uint32, uint32_t)
MGO_ATOMIC_FUNCS(Uint64, uint64_t)
}
