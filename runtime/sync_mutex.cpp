// sync_mutex.cpp — sync.Mutex and sync.RWMutex, ports of Go 1.19's sync/mutex.go and rwmutex.go
// over the goroutine semaphore (sync_sema.cpp). Both work zero-initialised (abi.h layouts).
//
// Mutex state word: bit 0 locked, bit 1 woken (a waiter was woken and is competing, Unlock need
// not wake another), bit 2 starving, bits 3.. number of waiters.
//   Normal mode: waiters queue FIFO, but a woken waiter competes with newly arriving goroutines
//   (which may spin briefly: only with GOMAXPROCS > 1, an otherwise idle-ish machine and an empty
//   local run queue). A waiter that fails to get the lock for > 1 ms switches the mutex to
//   starvation mode: ownership is handed directly from the unlocker to the front waiter.
// Invariants: see mutex.go; unlocking an unlocked Mutex is "fatal error: sync: unlock of unlocked
// mutex" (not recoverable), RWMutex misuse likewise.
#include "sync.h"

namespace mgo::sched {

namespace {

constexpr int32_t kMutexLocked = 1;
constexpr int32_t kMutexWoken = 2;
constexpr int32_t kMutexStarving = 4;
constexpr int32_t kMutexWaiterShift = 3;
constexpr int64_t kStarvationThresholdNs = 1000000;
constexpr int32_t kRWMutexMaxReaders = 1 << 30;

int32_t load(int32_t* p) { return __atomic_load_n(p, __ATOMIC_ACQUIRE); }
bool cas(int32_t* p, int32_t old, int32_t nw) {
  return __atomic_compare_exchange_n(p, &old, nw, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED);
}
int32_t add(int32_t* p, int32_t d) { return __atomic_add_fetch(p, d, __ATOMIC_ACQ_REL); }

// Go's sync_runtime_canSpin.
bool can_spin(int iter) {
  if (iter >= 4) return false;
  int32_t procs = sched.gomaxprocs.load(std::memory_order_relaxed);
  if (procs <= 1) return false;
  if (procs <= sched.npidle.load(std::memory_order_relaxed) + sched.nmspinning.load(std::memory_order_relaxed) + 1)
    return false;
  P* p = getp();
  return p != nullptr && runqempty(p);
}

void do_spin() {
  for (int i = 0; i < 30; i++) cpu_relax();
}

void lock_slow(mgo_sync_Mutex* m) {
  int64_t wait_start = 0;
  bool starving = false;
  bool awoke = false;
  int iter = 0;
  int32_t old = load(&m->state);
  for (;;) {
    // Spin in normal mode while the lock is held, hoping the owner releases it soon.
    if ((old & (kMutexLocked | kMutexStarving)) == kMutexLocked && can_spin(iter)) {
      if (!awoke && (old & kMutexWoken) == 0 && (old >> kMutexWaiterShift) != 0 &&
          cas(&m->state, old, old | kMutexWoken))
        awoke = true;
      do_spin();
      iter++;
      old = load(&m->state);
      continue;
    }
    int32_t nw = old;
    if ((old & kMutexStarving) == 0) nw |= kMutexLocked;  // don't grab a starving mutex
    if ((old & (kMutexLocked | kMutexStarving)) != 0) nw += 1 << kMutexWaiterShift;
    if (starving && (old & kMutexLocked) != 0) nw |= kMutexStarving;
    if (awoke) {
      if ((nw & kMutexWoken) == 0) fatal("sync: inconsistent mutex state");
      nw &= ~kMutexWoken;
    }
    if (cas(&m->state, old, nw)) {
      if ((old & (kMutexLocked | kMutexStarving)) == 0) break;  // locked with CAS
      bool lifo = wait_start != 0;
      if (wait_start == 0) wait_start = nanotime();
      semacquire(&m->sema, lifo, kWaitSemacquire);
      starving = starving || nanotime() - wait_start > kStarvationThresholdNs;
      old = load(&m->state);
      if ((old & kMutexStarving) != 0) {
        // Ownership was handed to us.
        if ((old & (kMutexLocked | kMutexWoken)) != 0 || (old >> kMutexWaiterShift) == 0)
          fatal("sync: inconsistent mutex state");
        int32_t delta = kMutexLocked - (1 << kMutexWaiterShift);
        if (!starving || (old >> kMutexWaiterShift) == 1) delta -= kMutexStarving;  // exit starvation
        add(&m->state, delta);
        break;
      }
      awoke = true;
      iter = 0;
    } else {
      old = load(&m->state);
    }
  }
}

void unlock_slow(mgo_sync_Mutex* m, int32_t nw) {
  if (((nw + kMutexLocked) & kMutexLocked) == 0) fatal("sync: unlock of unlocked mutex");
  if ((nw & kMutexStarving) == 0) {
    int32_t old = nw;
    for (;;) {
      // Nobody to wake, or somebody already woken / holding the lock: done.
      if ((old >> kMutexWaiterShift) == 0 || (old & (kMutexLocked | kMutexWoken | kMutexStarving)) != 0) return;
      nw = (old - (1 << kMutexWaiterShift)) | kMutexWoken;
      if (cas(&m->state, old, nw)) {
        semrelease(&m->sema, false);
        return;
      }
      old = load(&m->state);
    }
  } else {
    semrelease(&m->sema, true);  // starving: hand off ownership
  }
}

}  // namespace

}  // namespace mgo::sched

using namespace mgo::sched;

extern "C" {

void mgo_sync_Mutex_Lock(mgo_sync_Mutex* m) {
  if (cas(&m->state, 0, kMutexLocked)) return;
  lock_slow(m);
}

bool mgo_sync_Mutex_TryLock(mgo_sync_Mutex* m) {
  int32_t old = load(&m->state);
  if ((old & (kMutexLocked | kMutexStarving)) != 0) return false;
  return cas(&m->state, old, old | kMutexLocked);
}

void mgo_sync_Mutex_Unlock(mgo_sync_Mutex* m) {
  int32_t nw = add(&m->state, -kMutexLocked);
  if (nw != 0) unlock_slow(m, nw);
}

void mgo_sync_RWMutex_RLock(mgo_sync_RWMutex* rw) {
  if (add(&rw->readerCount, 1) < 0) semacquire(&rw->readerSem, false, kWaitSemacquire);  // writer pending
}

bool mgo_sync_RWMutex_TryRLock(mgo_sync_RWMutex* rw) {
  for (;;) {
    int32_t c = load(&rw->readerCount);
    if (c < 0) return false;
    if (cas(&rw->readerCount, c, c + 1)) return true;
  }
}

void mgo_sync_RWMutex_RUnlock(mgo_sync_RWMutex* rw) {
  int32_t r = add(&rw->readerCount, -1);
  if (r >= 0) return;
  if (r + 1 == 0 || r + 1 == -kRWMutexMaxReaders) fatal("sync: RUnlock of unlocked RWMutex");
  if (add(&rw->readerWait, -1) == 0) semrelease(&rw->writerSem, false);  // last reader unblocks writer
}

void mgo_sync_RWMutex_Lock(mgo_sync_RWMutex* rw) {
  mgo_sync_Mutex_Lock(&rw->w);  // resolve competition with other writers
  int32_t r = add(&rw->readerCount, -kRWMutexMaxReaders) + kRWMutexMaxReaders;  // announce
  if (r != 0 && add(&rw->readerWait, r) != 0) semacquire(&rw->writerSem, false, kWaitSemacquire);
}

bool mgo_sync_RWMutex_TryLock(mgo_sync_RWMutex* rw) {
  if (!mgo_sync_Mutex_TryLock(&rw->w)) return false;
  if (!cas(&rw->readerCount, 0, -kRWMutexMaxReaders)) {
    mgo_sync_Mutex_Unlock(&rw->w);
    return false;
  }
  return true;
}

void mgo_sync_RWMutex_Unlock(mgo_sync_RWMutex* rw) {
  int32_t r = add(&rw->readerCount, kRWMutexMaxReaders);
  if (r >= kRWMutexMaxReaders) fatal("sync: Unlock of unlocked RWMutex");
  for (int32_t i = 0; i < r; i++) semrelease(&rw->readerSem, false);  // unblock readers
  mgo_sync_Mutex_Unlock(&rw->w);
}

}  // extern "C"
