// sched_runq.cpp — run queues: each P's lock-free ring of 256 Gs plus a runnext slot, and the
// global queue (a linked list under sched.lock). A port of Go's proc.go runqput/runqget/runqgrab.
//
// Invariants:
//   * runqtail is written only by the owner P; runqhead is advanced by CAS by the owner (runqget)
//     and by thieves (runqgrab). tail - head is in [0, 256].
//   * A slot [h % 256] may be read by a thief before its CAS on head; if the CAS succeeds the slot
//     was not overwritten, because the owner only writes slot t with t - h < 256.
//   * runnext is set to non-null only by the owner; anybody may CAS it to null (stealing).
//   * The global queue is protected by sched.lock; sched.runqsize is also readable without the lock
//     as a hint.
#include "sched_internal.h"

#include <unistd.h>

namespace mgo::sched {

namespace {

// Put g and half of the local queue on the global queue (the local ring is full).
// Owner P only.
bool runqputslow(P* p, G* g, uint32_t h, uint32_t t) {
  G* batch[kRunqSize / 2 + 1];
  uint32_t n = (t - h) / 2;
  for (uint32_t i = 0; i < n; i++) batch[i] = p->runq[(h + i) % kRunqSize].load(std::memory_order_relaxed);
  if (!p->runqhead.compare_exchange_strong(h, h + n, std::memory_order_release)) return false;
  batch[n] = g;
  for (uint32_t i = 0; i < n; i++) batch[i]->schedlink = batch[i + 1];
  batch[n]->schedlink = nullptr;
  RtLockGuard guard(sched.lock);
  globrunqputbatch_locked(batch[0], batch[n], n + 1);
  return true;
}

// Grab half of p's queue (or its runnext) into the ring `batch` starting at batch_head.
// Any P. Returns the number of Gs grabbed.
uint32_t runqgrab(P* p, std::atomic<G*>* batch, uint32_t batch_head, bool steal_runnext) {
  for (;;) {
    uint32_t h = p->runqhead.load(std::memory_order_acquire);
    uint32_t t = p->runqtail.load(std::memory_order_acquire);
    uint32_t n = t - h;
    n = n - n / 2;
    if (n == 0) {
      if (steal_runnext) {
        G* next = p->runnext.load(std::memory_order_acquire);
        if (next != nullptr) {
          if (p->status.load(std::memory_order_relaxed) == P::kRunning) {
            // The G running on p probably just readied `next` and is about to block; give p a
            // chance to run it instead of bouncing it between Ps (Go: usleep(3)).
            usleep(3);
          }
          if (!p->runnext.compare_exchange_strong(next, nullptr, std::memory_order_acq_rel)) continue;
          batch[batch_head % kRunqSize].store(next, std::memory_order_relaxed);
          return 1;
        }
      }
      return 0;
    }
    if (n > kRunqSize / 2) continue;  // inconsistent h and t
    for (uint32_t i = 0; i < n; i++) {
      G* g = p->runq[(h + i) % kRunqSize].load(std::memory_order_relaxed);
      batch[(batch_head + i) % kRunqSize].store(g, std::memory_order_relaxed);
    }
    if (p->runqhead.compare_exchange_strong(h, h + n, std::memory_order_acq_rel)) return n;
  }
}

}  // namespace

// Owner P only. next: put g in runnext (kicking the old runnext to the tail).
void runqput(P* p, G* g, bool next) {
  if (next) {
    G* old = p->runnext.exchange(g, std::memory_order_acq_rel);
    if (old == nullptr) return;
    g = old;
  }
  for (;;) {
    uint32_t h = p->runqhead.load(std::memory_order_acquire);
    uint32_t t = p->runqtail.load(std::memory_order_relaxed);
    if (t - h < kRunqSize) {
      p->runq[t % kRunqSize].store(g, std::memory_order_relaxed);
      p->runqtail.store(t + 1, std::memory_order_seq_cst);  // publishes g; pairs with wakep's loads
      return;
    }
    if (runqputslow(p, g, h, t)) return;
  }
}

// Owner P only. inherit_time: the G came from runnext and shares the current time slice.
G* runqget(P* p, bool* inherit_time) {
  G* next = p->runnext.load(std::memory_order_acquire);
  if (next != nullptr && p->runnext.compare_exchange_strong(next, nullptr, std::memory_order_acq_rel)) {
    *inherit_time = true;
    return next;
  }
  *inherit_time = false;
  for (;;) {
    uint32_t h = p->runqhead.load(std::memory_order_acquire);
    uint32_t t = p->runqtail.load(std::memory_order_relaxed);
    if (t == h) return nullptr;
    G* g = p->runq[h % kRunqSize].load(std::memory_order_relaxed);
    if (p->runqhead.compare_exchange_strong(h, h + 1, std::memory_order_release)) return g;
  }
}

bool runqempty(P* p) {
  // Same retry as Go: head, tail and runnext must be observed consistently.
  for (;;) {
    uint32_t head = p->runqhead.load(std::memory_order_seq_cst);
    uint32_t tail = p->runqtail.load(std::memory_order_seq_cst);
    G* next = p->runnext.load(std::memory_order_seq_cst);
    if (tail == p->runqtail.load(std::memory_order_seq_cst)) return head == tail && next == nullptr;
  }
}

// Steal half of victim's queue into p's (empty) ring; returns one G to run, or nullptr.
G* runqsteal(P* p, P* victim, bool steal_runnext) {
  uint32_t t = p->runqtail.load(std::memory_order_relaxed);
  uint32_t n = runqgrab(victim, p->runq, t, steal_runnext);
  if (n == 0) return nullptr;
  n--;
  G* g = p->runq[(t + n) % kRunqSize].load(std::memory_order_relaxed);
  if (n == 0) return g;
  uint32_t h = p->runqhead.load(std::memory_order_acquire);
  if (t - h + n >= kRunqSize) fatal("runqsteal: runq overflow");
  p->runqtail.store(t + n, std::memory_order_seq_cst);
  return g;
}

void globrunqput_locked(G* g) {
  g->schedlink = nullptr;
  if (sched.runq_tail) sched.runq_tail->schedlink = g;
  else sched.runq_head = g;
  sched.runq_tail = g;
  sched.runqsize.fetch_add(1, std::memory_order_seq_cst);
}

void globrunqputbatch_locked(G* head, G* tail, int64_t n) {
  tail->schedlink = nullptr;
  if (sched.runq_tail) sched.runq_tail->schedlink = head;
  else sched.runq_head = head;
  sched.runq_tail = tail;
  sched.runqsize.fetch_add(n, std::memory_order_seq_cst);
}

// Takes a fair share of the global queue: returns one G and moves up to half a ring more into p.
// max == 0: no limit besides fairness.
G* globrunqget_locked(P* p, int32_t max) {
  int64_t size = sched.runqsize.load(std::memory_order_relaxed);
  if (size == 0) return nullptr;
  int32_t procs = sched.gomaxprocs.load(std::memory_order_relaxed);
  int64_t n = size / (procs > 0 ? procs : 1) + 1;
  if (n > size) n = size;
  if (max > 0 && n > max) n = max;
  if (n > int64_t(kRunqSize / 2)) n = kRunqSize / 2;
  sched.runqsize.fetch_sub(n, std::memory_order_relaxed);
  G* g = sched.runq_head;
  sched.runq_head = g->schedlink;
  if (sched.runq_head == nullptr) sched.runq_tail = nullptr;
  for (n--; n > 0; n--) {
    G* g1 = sched.runq_head;
    sched.runq_head = g1->schedlink;
    if (sched.runq_head == nullptr) sched.runq_tail = nullptr;
    runqput(p, g1, false);
  }
  return g;
}

}  // namespace mgo::sched
