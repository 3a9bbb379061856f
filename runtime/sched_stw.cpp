// sched_stw.cpp — stop-the-world / start-the-world, and the root iteration the GC uses to scan
// every goroutine stack.
//
// Protocol:
//   stop_the_world (any goroutine or thread; serialised by sched.stw_lock):
//     under sched.lock: gcwaiting = 1; every idle P is taken off the idle list and marked kStopped
//     (it keeps sleeping); every running P other than the caller's is counted in stopwait and
//     asked to preempt (kPreemptMark in its %fs:0x70 + p->preempt). Then wait until stopwait == 0.
//   A running P stops at its next safe point: a preemption poll or prologue check (preempt_serve
//   yields), or any park/yield/exit — find_runnable then sees gcwaiting and calls gcstop_self,
//   which marks it kStopped, decrements stopwait and sleeps on its note.
//   start_the_world: gcwaiting = 0; Ps that were idle go back on the idle list (still asleep),
//   Ps that were running are woken; Ps beyond GOMAXPROCS are retired; new Ps are created if
//   GOMAXPROCS grew.
// Safe points: while the world is stopped every goroutine except the caller is parked, runnable
// or stopped inside preempt_serve, so its registers are saved on its stack below g->sp.
// Locking: stw_lock is taken by the requester and held until start_the_world. A goroutine waiting
// for stw_lock must not block its P (another requester may be waiting for that P to stop), so it
// yields while it waits.
#include "sched_internal.h"

namespace mgo::sched {

namespace {

P* stw_owner_p = nullptr;

void acquire_stw_lock() {
  while (!sched.stw_lock.try_lock()) {
    if (getg() != nullptr) yield();  // lets our P stop if somebody else is stopping the world
    else os_yield();
  }
}

}  // namespace

bool gc_stop_requested() { return sched.gcwaiting.load(std::memory_order_acquire) != 0; }

// Any thread, any lock state (two stores).
void request_preempt(P* p) {
  p->preempt.store(1, std::memory_order_release);
  if (p->tcb) {
    auto* limit = reinterpret_cast<std::atomic<uintptr_t>*>(p->tcb + 0x70);
    // Only arm the mark while a goroutine runs; g0 keeps 0 (no split-stack code there).
    if (p->curg != nullptr) limit->store(kPreemptMark, std::memory_order_release);
  }
}

// No lock held; returns holding stw_lock (released by start_the_world). Blocks the calling
// thread while waiting for Ps to stop (every other goroutine is about to stop anyway).
void stop_the_world() {
  if (G* g = getg(); g && g->on_system_stack)
    fatal("runtime: stop the world before switching to the system stack, not on it");
  acquire_stw_lock();
  P* me = getp();
  stw_owner_p = me;
  sched.lock.lock();
  sched.gcwaiting.store(1, std::memory_order_seq_cst);
  sched.stopwait = 0;
  int32_t nprocs = sched.nprocs.load(std::memory_order_acquire);
  for (int32_t i = 0; i < nprocs; i++) {
    P* p = sched.allp[i].load(std::memory_order_acquire);
    if (p == me) continue;
    switch (p->status.load(std::memory_order_relaxed)) {
      case P::kIdle: {
        // Take it off the idle list; it stays asleep.
        for (P** link = &sched.pidle; *link; link = &(*link)->idle_link) {
          if (*link == p) {
            *link = p->idle_link;
            break;
          }
        }
        p->idle_link = nullptr;
        sched.npidle.fetch_sub(1, std::memory_order_seq_cst);
        p->status.store(P::kStopped, std::memory_order_relaxed);
        p->stw_was_idle = true;
        break;
      }
      case P::kRunning:
        p->stw_was_idle = false;
        sched.stopwait++;
        request_preempt(p);
        break;
      default:  // kRetired: already asleep and out of the game
        break;
    }
  }
  sched.stopnote.clear();
  bool done = sched.stopwait == 0;
  sched.lock.unlock();
  while (!done) {
    // Re-arm preemption now and then: a P may have switched goroutines since the first request.
    if (sched.stopnote.sleep_for(100 * 1000)) break;
    RtLockGuard guard(sched.lock);
    done = sched.stopwait == 0;
    for (int32_t i = 0; i < nprocs && !done; i++) {
      P* p = sched.allp[i].load(std::memory_order_acquire);
      if (p != me && p->status.load(std::memory_order_relaxed) == P::kRunning) request_preempt(p);
    }
  }
}

// stw_lock held (from stop_the_world), sched.lock not held.
void start_the_world() {
  P* me = stw_owner_p;
  P* wake[kMaxProcs];
  int nwake = 0;
  {
    RtLockGuard guard(sched.lock);
    sched.gcwaiting.store(0, std::memory_order_seq_cst);
    int32_t procs = sched.gomaxprocs.load(std::memory_order_relaxed);
    int32_t nprocs = sched.nprocs.load(std::memory_order_acquire);
    for (int32_t i = 0; i < nprocs; i++) {
      P* p = sched.allp[i].load(std::memory_order_acquire);
      if (p == me) continue;
      uint32_t st = p->status.load(std::memory_order_relaxed);
      if (p->id >= procs) {
        if (st != P::kRetired) {
          bool inherit;
          while (G* g = runqget(p, &inherit)) globrunqput_locked(g);
          p->status.store(P::kRetired, std::memory_order_relaxed);
        }
        continue;
      }
      if (st == P::kStopped && p->stw_was_idle) {
        p->status.store(P::kIdle, std::memory_order_relaxed);
        p->idle_link = sched.pidle;
        sched.pidle = p;
        sched.npidle.fetch_add(1, std::memory_order_seq_cst);
      } else if (st == P::kStopped || st == P::kRetired) {
        p->status.store(P::kRunning, std::memory_order_release);
        wake[nwake++] = p;
      }
    }
  }
  for (int i = 0; i < nwake; i++) wake[i]->note.wakeup();
  create_missing_procs();
  stw_owner_p = nullptr;
  sched.stw_lock.unlock();
  if (sched.runqsize.load(std::memory_order_relaxed) > 0) {
    wake_idle_p();
  }
}

// Called by a worker on g0 when it notices gcwaiting; no lock held; sleeps until restarted.
void gcstop_self(P* p) {
  if (p->spinning) {
    p->spinning = false;
    sched.nmspinning.fetch_sub(1, std::memory_order_seq_cst);
  }
  sched.lock.lock();
  if (!sched.gcwaiting.load(std::memory_order_relaxed)) {
    sched.lock.unlock();
    return;
  }
  p->status.store(P::kStopped, std::memory_order_relaxed);
  p->stw_was_idle = false;
  if (--sched.stopwait == 0) sched.stopnote.wakeup();
  sched.lock.unlock();
  for (;;) {
    p->note.sleep();
    p->note.clear();
    if (p->status.load(std::memory_order_acquire) == P::kRunning) return;
  }
}

}  // namespace mgo::sched
