// sync_atomic.cpp — package sync/atomic: Add, Load, Store, CompareAndSwap, Swap for int32, int64,
// uint32, uint64 and uintptr (== uint64), and the methods of Go 1.19's atomic types Int32, Int64,
// Uint32, Uint64, Uintptr (a struct holding just the value: the receiver points at it) and Bool
// (a uint32 0/1). All sequentially consistent, like Go's.
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

// Methods of the typed atomics: atomic.Int64.Add(d) is mgo_atomic_Int64_Add(&x, d) (abi.h naming of
// library methods: mgo_<pkg>_<Type>_<Method>, receiver pointer first).
#define MGO_ATOMIC_METHODS(Name, T)                                                            \
  T mgo_atomic_##Name##_Add(T* p, T delta) { return __atomic_add_fetch(p, delta, __ATOMIC_SEQ_CST); } \
  T mgo_atomic_##Name##_Load(T* p) { return __atomic_load_n(p, __ATOMIC_SEQ_CST); }            \
  void mgo_atomic_##Name##_Store(T* p, T v) { __atomic_store_n(p, v, __ATOMIC_SEQ_CST); }      \
  T mgo_atomic_##Name##_Swap(T* p, T v) { return __atomic_exchange_n(p, v, __ATOMIC_SEQ_CST); } \
  bool mgo_atomic_##Name##_CompareAndSwap(T* p, T old, T nw) {                                 \
    return __atomic_compare_exchange_n(p, &old, nw, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST); \
  }

extern "C" {
MGO_ATOMIC_FUNCS(Int32, int32_t)
MGO_ATOMIC_FUNCS(Int64, int64_t)
MGO_ATOMIC_FUNCS(Uint32, uint32_t)
MGO_ATOMIC_FUNCS(Uint64, uint64_t)
MGO_ATOMIC_FUNCS(Uintptr, uint64_t)
MGO_ATOMIC_METHODS(Int32, int32_t)
MGO_ATOMIC_METHODS(Int64, int64_t)
MGO_ATOMIC_METHODS(Uint32, uint32_t)
MGO_ATOMIC_METHODS(Uint64, uint64_t)
MGO_ATOMIC_METHODS(Uintptr, uint64_t)

bool mgo_atomic_Bool_Load(uint32_t* p) { return __atomic_load_n(p, __ATOMIC_SEQ_CST) != 0; }
void mgo_atomic_Bool_Store(uint32_t* p, bool v) { __atomic_store_n(p, uint32_t(v), __ATOMIC_SEQ_CST); }
bool mgo_atomic_Bool_Swap(uint32_t* p, bool v) { return __atomic_exchange_n(p, uint32_t(v), __ATOMIC_SEQ_CST) != 0; }
bool mgo_atomic_Bool_CompareAndSwap(uint32_t* p, bool old, bool nw) {
  uint32_t o = old;
  return __atomic_compare_exchange_n(p, &o, uint32_t(nw), false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}
}
