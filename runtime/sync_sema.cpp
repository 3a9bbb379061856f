// sync_sema.cpp — goroutine semaphores keyed by address (Go's runtime/sema.go), the parking
// primitive under sync.Mutex, RWMutex and WaitGroup.
//
// semacquire(addr): decrement *addr if > 0, else park until a semrelease hands a count over.
// semrelease(addr): increment *addr and wake one waiter for addr, if any.
// Waiters are stack-allocated nodes in a doubly linked list in one of 251 buckets (by address).
//
// Invariants / locking (as Go's):
//   * root.lock protects the bucket's list; root.nwait counts waiters (+ those about to queue) and
//     is read without the lock by semrelease's fast path. A waiter increments nwait *before* its
//     final cansemacquire, and semrelease increments *addr *before* reading nwait, so a release can
//     never miss a waiter.
//   * The waiter parks with park_unlock(&root.lock): a releaser can only dequeue it fully parked.
//   * handoff (starving Mutex): the releaser takes the count for the waiter (ticket = 1) and yields
//     so the waiter runs next.
#include "sync.h"

namespace mgo::sched {

namespace {

struct SemaWaiter {
  G* g;
  uint32_t* addr;
  SemaWaiter* next;
  SemaWaiter* prev;
  uint32_t ticket;
};

struct alignas(64) SemaRoot {
  RtLock lock;
  std::atomic<uint32_t> nwait{0};
  SemaWaiter* head = nullptr;
  SemaWaiter* tail = nullptr;
};

constexpr int kSemTableSize = 251;
SemaRoot semtable[kSemTableSize];

SemaRoot* root_for(uint32_t* addr) {
  return &semtable[(reinterpret_cast<uintptr_t>(addr) >> 3) % kSemTableSize];
}

bool cansemacquire(uint32_t* addr) {
  for (;;) {
    uint32_t v = __atomic_load_n(addr, __ATOMIC_ACQUIRE);
    if (v == 0) return false;
    if (__atomic_compare_exchange_n(addr, &v, v - 1, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED)) return true;
  }
}

void queue(SemaRoot* root, SemaWaiter* w, bool lifo) {
  if (lifo) {
    // In front of the first waiter for the same address (Go keeps per-address FIFO/LIFO lists).
    SemaWaiter* at = root->head;
    while (at && at->addr != w->addr) at = at->next;
    if (at) {
      w->next = at;
      w->prev = at->prev;
      if (at->prev) at->prev->next = w;
      else root->head = w;
      at->prev = w;
      return;
    }
  }
  w->next = nullptr;
  w->prev = root->tail;
  if (root->tail) root->tail->next = w;
  else root->head = w;
  root->tail = w;
}

SemaWaiter* dequeue(SemaRoot* root, uint32_t* addr) {
  for (SemaWaiter* w = root->head; w; w = w->next) {
    if (w->addr != addr) continue;
    if (w->prev) w->prev->next = w->next;
    else root->head = w->next;
    if (w->next) w->next->prev = w->prev;
    else root->tail = w->prev;
    w->next = w->prev = nullptr;
    return w;
  }
  return nullptr;
}

}  // namespace

// On a goroutine, no lock held; may park (with park_unlock(&root->lock)).
void semacquire(uint32_t* addr, bool lifo, WaitReason reason) {
  if (cansemacquire(addr)) return;
  if (getg() == nullptr) fatal("semacquire not on a goroutine");
  SemaRoot* root = root_for(addr);
  SemaWaiter w{nullptr, addr, nullptr, nullptr, 0};
  for (;;) {
    root->lock.lock();
    root->nwait.fetch_add(1, std::memory_order_seq_cst);
    if (cansemacquire(addr)) {
      root->nwait.fetch_sub(1, std::memory_order_seq_cst);
      root->lock.unlock();
      return;
    }
    w.g = getg();
    w.ticket = 0;
    queue(root, &w, lifo);
    park_unlock(&root->lock, reason);
    if (w.ticket != 0 || cansemacquire(addr)) return;
  }
}

// No lock held; takes root->lock briefly and readies the waiter after releasing it.
void semrelease(uint32_t* addr, bool handoff) {
  SemaRoot* root = root_for(addr);
  __atomic_fetch_add(addr, 1, __ATOMIC_SEQ_CST);
  if (root->nwait.load(std::memory_order_seq_cst) == 0) return;
  root->lock.lock();
  if (root->nwait.load(std::memory_order_relaxed) == 0) {
    root->lock.unlock();
    return;
  }
  SemaWaiter* w = dequeue(root, addr);
  if (w) root->nwait.fetch_sub(1, std::memory_order_seq_cst);
  root->lock.unlock();
  if (w == nullptr) return;
  G* g = w->g;
  bool handed = false;
  if (handoff && cansemacquire(addr)) {
    w->ticket = 1;
    handed = true;
  }
  ready(g);  // w lives on g's stack: not touched after this
  if (handed && getg() != nullptr) {
    P* p = getp();
    if (p->locks == 0) yield();
  }
}

}  // namespace mgo::sched
