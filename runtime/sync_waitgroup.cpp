// sync_waitgroup.cpp — sync.WaitGroup and sync.Once (Go 1.19's waitgroup.go, once.go).
//
// WaitGroup.state: high 32 bits the counter, low 32 bits the number of waiters; sema parks them.
// Invariants (Go's): Add with a positive delta that starts from zero must happen before Wait;
// when the counter drops to 0 with waiters, state is reset to 0 and each waiter gets one
// semrelease. A negative counter panics with "sync: negative WaitGroup counter".
// Once: done is set (after f returns) with a release store; the fast path is one acquire load.
#include "sync.h"

using namespace mgo::sched;

extern "C" {

void mgo_sync_WaitGroup_Add(mgo_sync_WaitGroup* wg, int64_t delta) {
  uint64_t state = __atomic_add_fetch(&wg->state, uint64_t(delta) << 32, __ATOMIC_ACQ_REL);
  int32_t v = int32_t(state >> 32);
  uint32_t w = uint32_t(state);
  if (v < 0) panic_string("sync: negative WaitGroup counter");
  if (w != 0 && delta > 0 && v == int32_t(delta)) panic_string("sync: WaitGroup misuse: Add called concurrently with Wait");
  if (v > 0 || w == 0) return;
  // Counter is 0 and there are waiters: nobody may touch the group concurrently now.
  if (__atomic_load_n(&wg->state, __ATOMIC_RELAXED) != state)
    panic_string("sync: WaitGroup misuse: Add called concurrently with Wait");
  __atomic_store_n(&wg->state, 0, __ATOMIC_RELAXED);
  for (; w != 0; w--) semrelease(&wg->sema, false);
}

void mgo_sync_WaitGroup_Done(mgo_sync_WaitGroup* wg) { mgo_sync_WaitGroup_Add(wg, -1); }

void mgo_sync_WaitGroup_Wait(mgo_sync_WaitGroup* wg) {
  for (;;) {
    uint64_t state = __atomic_load_n(&wg->state, __ATOMIC_ACQUIRE);
    if (int32_t(state >> 32) == 0) return;
    if (__atomic_compare_exchange_n(&wg->state, &state, state + 1, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED)) {
      semacquire(&wg->sema, false, kWaitSemacquire);
      if (__atomic_load_n(&wg->state, __ATOMIC_ACQUIRE) != 0)
        panic_string("sync: WaitGroup is reused before previous Wait has returned");
      return;
    }
  }
}

void mgo_sync_Once_Do(mgo_sync_Once* o, void* closure) {
  if (__atomic_load_n(&o->done, __ATOMIC_ACQUIRE) != 0) return;
  mgo_sync_Mutex_Lock(&o->m);
  if (o->done == 0) {
    auto fn = *static_cast<void (**)(void*)>(closure);
    fn(closure);
    __atomic_store_n(&o->done, 1, __ATOMIC_RELEASE);
  }
  mgo_sync_Mutex_Unlock(&o->m);
}

}  // extern "C"
