// sched_preempt.cpp — cooperative preemption and sysmon.
//
// Mechanism (Go's stackguard0 = stackPreempt trick, on the split-stack limit):
//   * To ask the goroutine running on P to yield, request_preempt(P) sets p->preempt and writes
//     kPreemptMark (~0) into that worker thread's %fs:0x70. Every split-stack prologue then fails
//     its check and calls __morestack, whose C half (mgo_morestack) sees the mark and calls
//     preempt_serve(). Loop back-edges poll the same word (one compare with -1, see abi.h
//     "Preemption poll"), and C++ code may call mgo_sched_poll().
//   * preempt_serve restores the real limit and, unless the P is inside a runtime critical section
//     (p->locks > 0), yields: the goroutine goes to the global run queue (Go's gopreempt_m), and a
//     pending stop-the-world can stop this P.
//   * sysmon: a thread that wakes every 2 ms and, for each running P whose schedtick did not change
//     for >= 10 ms (one goroutine ran for a whole time slice), requests preemption.
// Races are benign: a request that lands after the P switched goroutines makes some other
// goroutine yield early once; a request overwritten by a switch is repeated by the requester.
#include <time.h>

#include "sched_internal.h"

namespace mgo::sched {

// On a goroutine (or harmlessly elsewhere), no runtime lock held: yields if asked to.
void preempt_serve() {
  P* p = getp();
  if (p == nullptr || p->curg == nullptr) return;
  G* g = p->curg;
  write_stack_limit(g->stack->limit);
  if (p->locks > 0 || g->on_system_stack) return;  // can't switch away from the system stack
  bool want = p->preempt.exchange(0, std::memory_order_acq_rel) != 0;
  if (!want && !gc_stop_requested()) return;
  yield();
}

namespace {

void* sysmon_main(void*) {
  struct Seen {
    uint64_t tick = ~0ull;
    int64_t since = 0;
  };
  static Seen seen[kMaxProcs];
  for (;;) {
    bool all_idle = sched.npidle.load(std::memory_order_relaxed) >= sched.gomaxprocs.load(std::memory_order_relaxed);
    struct timespec ts = {0, all_idle ? 10 * 1000 * 1000 : 2 * 1000 * 1000};
    nanosleep(&ts, nullptr);
    int64_t now = nanotime();
    int32_t n = sched.nprocs.load(std::memory_order_acquire);
    for (int32_t i = 0; i < n; i++) {
      P* p = sched.allp[i].load(std::memory_order_acquire);
      if (p == nullptr) continue;
      if (p->status.load(std::memory_order_relaxed) != P::kRunning || p->curg == nullptr) {
        seen[i].tick = ~0ull;
        continue;
      }
      uint64_t t = p->schedtick.load(std::memory_order_relaxed);
      if (t != seen[i].tick) {
        seen[i].tick = t;
        seen[i].since = now;
      } else if (now - seen[i].since >= kTimeSlice) {
        request_preempt(p);
        seen[i].since = now;
      }
    }
  }
  return nullptr;
}

}  // namespace

void sysmon_start() {
  if (!start_os_thread(sysmon_main, nullptr, 256 << 10)) fatal("runtime: cannot create sysmon thread");
}

}  // namespace mgo::sched
