// chan.cpp — Go channels: make, send, receive, close, len, cap. A port of Go 1.19's chan.go onto
// the mgo scheduler (park/ready) with stack-allocated sudogs.
//
// Invariants (Go's):
//  At least one of c->sendq and c->recvq is empty, except for the case of an unbuffered channel
//  with a single goroutine blocked on it for both sending and receiving using a select statement,
//  in which case the length of c->sendq and c->recvq is limited only by the size of the select.
//  For buffered channels, also:
//   c->qcount > 0 implies that c->recvq is empty.
//   c->qcount < c->dataqsiz implies that c->sendq is empty.
//
// Locking rules:
//  * c->lock protects every field of the Chan and the sudogs queued on it (their links, elem,
//    success). It is an RtLock: never held across a goroutine switch except that a blocking
//    operation enqueues its sudog and parks with park_unlock(&c->lock), which releases it on g0
//    after the goroutine's registers are saved — so a waker holding c->lock can only find fully
//    parked goroutines.
//  * A waker fills in sg->elem / sg->success / g->param, releases c->lock, then calls ready(g);
//    after ready() it never touches the sudog again (it lives on the woken goroutine's stack).
//  * Values move directly between goroutine stacks (send to a parked receiver writes into its
//    stack slot; a receiver takes a parked sender's value): stacks never move.
//  * Channels live in the GC heap (one object: Chan header + buffer; no-scan if the element type
//    has no pointers). Sudogs, G and wait queues are not GC memory.
#include "chan.h"

#include <cstring>
#include <new>

namespace mgo::sched {

void WaitQ::enqueue(Sudog* sg) {
  sg->next = nullptr;
  sg->prev = last;
  if (last) last->next = sg;
  else first = sg;
  last = sg;
}

void WaitQ::remove(Sudog* sg) {
  if (sg->prev) sg->prev->next = sg->next;
  else if (first == sg) first = sg->next;
  else return;  // not queued (already dequeued by a waker)
  if (sg->next) sg->next->prev = sg->prev;
  else last = sg->prev;
  sg->next = sg->prev = nullptr;
}

Sudog* WaitQ::dequeue() {
  for (;;) {
    Sudog* sg = first;
    if (sg == nullptr) return nullptr;
    first = sg->next;
    if (first) first->prev = nullptr;
    else last = nullptr;
    sg->next = sg->prev = nullptr;
    // A goroutine blocked in select is queued on several channels: only the first case to claim
    // it (select_done 0 -> 1) may wake it.
    if (sg->is_select) {
      uint32_t expected = 0;
      if (!sg->g->select_done.compare_exchange_strong(expected, 1, std::memory_order_acq_rel)) continue;
    }
    return sg;
  }
}

// Any goroutine; allocates from the GC heap; no lock held.
Chan* chan_make(const mgo_type* elemtype, int64_t size) {
  uint64_t elemsize = elemtype ? elemtype->size : 0;
  if (elemsize >= (1 << 16)) fatal("makechan: invalid channel element type");
  if (size < 0 || (elemsize > 0 && uint64_t(size) > (uint64_t(1) << 40) / elemsize))
    panic_plain("makechan: size out of range");
  bool noscan = elemtype == nullptr || (elemtype->flags & MGO_TFLAG_NOPOINTERS) != 0;
  uint64_t header = (sizeof(Chan) + 15) & ~uint64_t(15);
  uint8_t* mem = static_cast<uint8_t*>(mgo_alloc_bytes(header + elemsize * uint64_t(size), noscan));
  Chan* c = new (mem) Chan{};
  c->buf = mem + header;
  c->elemsize = uint32_t(elemsize);
  c->elemtype = elemtype;
  c->dataqsiz = uint64_t(size);
  return c;
}

// c->lock held.
void chan_buf_put(Chan* c, const void* ep) {
  if (c->elemsize) memcpy(chan_slot(c, c->sendx), ep, c->elemsize);
  if (++c->sendx == c->dataqsiz) c->sendx = 0;
  __atomic_store_n(&c->qcount, c->qcount + 1, __ATOMIC_RELAXED);  // read unlocked by len()
}

// c->lock held.
void chan_buf_take(Chan* c, void* ep) {
  uint8_t* qp = chan_slot(c, c->recvx);
  if (c->elemsize) {
    if (ep) memcpy(ep, qp, c->elemsize);
    memset(qp, 0, c->elemsize);  // don't keep the value alive for the GC
  }
  if (++c->recvx == c->dataqsiz) c->recvx = 0;
  __atomic_store_n(&c->qcount, c->qcount - 1, __ATOMIC_RELAXED);
}

// Hands *ep to the parked receiver sg. c->lock held on entry, released (unlock_all) before ready.
void chan_send_to_waiter(Chan* c, Sudog* sg, const void* ep, void (*unlock_all)(void*), void* arg) {
  if (sg->elem && c->elemsize) memcpy(sg->elem, ep, c->elemsize);  // straight into its stack
  sg->elem = nullptr;
  G* gp = sg->g;
  unlock_all(arg);
  gp->param = sg;
  sg->success = true;
  ready(gp);
}

// Takes a value from the parked sender sg (through the full buffer if buffered). c->lock held on
// entry, released (unlock_all) before ready.
void chan_recv_from_waiter(Chan* c, Sudog* sg, void* ep, void (*unlock_all)(void*), void* arg) {
  if (c->dataqsiz == 0) {
    if (ep && c->elemsize) memcpy(ep, sg->elem, c->elemsize);
  } else {
    // Buffer is full: take the head element, put the sender's value in its place.
    uint8_t* qp = chan_slot(c, c->recvx);
    if (ep && c->elemsize) memcpy(ep, qp, c->elemsize);
    if (c->elemsize) memcpy(qp, sg->elem, c->elemsize);
    if (++c->recvx == c->dataqsiz) c->recvx = 0;
    c->sendx = c->recvx;
  }
  sg->elem = nullptr;
  G* gp = sg->g;
  unlock_all(arg);
  gp->param = sg;
  sg->success = true;
  ready(gp);
}

namespace {

void unlock_chan(void* c) { static_cast<Chan*>(c)->lock.unlock(); }

[[noreturn]] void block_forever(WaitReason reason) {
  park(nullptr, nullptr, reason);
  fatal("unreachable");
}

// full / empty are read without the lock by the non-blocking fast paths (benign races, as in Go).
bool full(Chan* c) {
  if (c->dataqsiz == 0) return __atomic_load_n(&c->recvq.first, __ATOMIC_RELAXED) == nullptr;
  return __atomic_load_n(&c->qcount, __ATOMIC_RELAXED) == c->dataqsiz;
}

bool empty(Chan* c) {
  if (c->dataqsiz == 0) return __atomic_load_n(&c->sendq.first, __ATOMIC_RELAXED) == nullptr;
  return __atomic_load_n(&c->qcount, __ATOMIC_RELAXED) == 0;
}

}  // namespace

// No lock held. block: on a goroutine only (may park). Non-blocking sends also work from other
// threads (the timer thread).
bool chan_send(Chan* c, const void* ep, bool block) {
  if (c == nullptr) {
    if (!block) return false;
    block_forever(kWaitChanSendNilChan);
  }
  // Fast path: a failed non-blocking send on an open full channel needs no lock (see chan.go).
  if (!block && c->closed.load(std::memory_order_relaxed) == 0 && full(c)) return false;

  c->lock.lock();
  if (c->closed.load(std::memory_order_relaxed) != 0) {
    c->lock.unlock();
    panic_plain("send on closed channel");
  }
  if (Sudog* sg = c->recvq.dequeue()) {
    chan_send_to_waiter(c, sg, ep, unlock_chan, c);
    return true;
  }
  if (c->qcount < c->dataqsiz) {
    chan_buf_put(c, ep);
    c->lock.unlock();
    return true;
  }
  if (!block) {
    c->lock.unlock();
    return false;
  }
  G* g = getg();
  Sudog sg;
  sg.g = g;
  sg.elem = const_cast<void*>(ep);
  sg.c = c;
  g->param = nullptr;
  c->sendq.enqueue(&sg);
  park_unlock(&c->lock, kWaitChanSend);
  g = getg();
  bool closed = !sg.success;
  g->param = nullptr;
  if (closed) {
    if (c->closed.load(std::memory_order_relaxed) == 0) fatal("chansend: spurious wakeup");
    panic_plain("send on closed channel");
  }
  return true;
}

// No lock held; on a goroutine if block (may park).
bool chan_recv(Chan* c, void* ep, bool block, bool* received) {
  *received = false;
  if (c == nullptr) {
    if (!block) return false;
    block_forever(kWaitChanReceiveNilChan);
  }
  // Fast path: a failed non-blocking receive needs no lock (see chan.go for the ordering).
  if (!block && empty(c)) {
    if (c->closed.load(std::memory_order_acquire) == 0) return false;
    if (empty(c)) {
      if (ep && c->elemsize) memset(ep, 0, c->elemsize);
      return true;
    }
  }

  c->lock.lock();
  if (c->closed.load(std::memory_order_relaxed) != 0 && c->qcount == 0) {
    c->lock.unlock();
    if (ep && c->elemsize) memset(ep, 0, c->elemsize);
    return true;
  }
  if (Sudog* sg = c->sendq.dequeue()) {
    chan_recv_from_waiter(c, sg, ep, unlock_chan, c);
    *received = true;
    return true;
  }
  if (c->qcount > 0) {
    chan_buf_take(c, ep);
    c->lock.unlock();
    *received = true;
    return true;
  }
  if (!block) {
    c->lock.unlock();
    return false;
  }
  G* g = getg();
  Sudog sg;
  sg.g = g;
  sg.elem = ep;
  sg.c = c;
  g->param = nullptr;
  c->recvq.enqueue(&sg);
  park_unlock(&c->lock, kWaitChanReceive);
  g = getg();
  g->param = nullptr;
  *received = sg.success;
  return true;
}

// No lock held. Readies every waiter after dropping c->lock.
void chan_close(Chan* c) {
  if (c == nullptr) panic_plain("close of nil channel");
  c->lock.lock();
  if (c->closed.load(std::memory_order_relaxed) != 0) {
    c->lock.unlock();
    panic_plain("close of closed channel");
  }
  c->closed.store(1, std::memory_order_release);
  G* list = nullptr;
  // Release all readers (they receive the zero value, ok == false) ...
  while (Sudog* sg = c->recvq.dequeue()) {
    if (sg->elem && c->elemsize) memset(sg->elem, 0, c->elemsize);
    sg->elem = nullptr;
    G* gp = sg->g;
    gp->param = sg;
    sg->success = false;
    gp->schedlink = list;
    list = gp;
  }
  // ... and all writers (they will panic).
  while (Sudog* sg = c->sendq.dequeue()) {
    sg->elem = nullptr;
    G* gp = sg->g;
    gp->param = sg;
    sg->success = false;
    gp->schedlink = list;
    list = gp;
  }
  c->lock.unlock();
  // Ready all Gs now that the lock is dropped. (schedlink is free: waiting Gs are on no queue.)
  while (list) {
    G* gp = list;
    list = gp->schedlink;
    gp->schedlink = nullptr;
    ready(gp);
  }
}

}  // namespace mgo::sched
