// select.cpp — the select statement (Go 1.19's selectgo).
//
// Algorithm:
//   1. pollorder: a uniformly random permutation of the cases with non-nil channels (so among ready
//      cases each is chosen with equal probability); lockorder: the same cases sorted by channel
//      address (heap sort, constant stack), so that every goroutine locks channels in one global
//      order and concurrent selects cannot deadlock.
//   2. Lock all channels (each once), pass 1: in pollorder, take the first case that can proceed
//      (waiting partner, buffer space/data, or closed channel).
//   3. Non-blocking select with nothing ready: unlock, return -1 (default case).
//   4. Pass 2: enqueue one sudog per case (g->waiting, in lock order), park; the commit unlocks all
//      channels on g0. The first waker to claim g->select_done (0 -> 1, in WaitQ::dequeue) wins.
//   5. Woken: lock all again, pass 3: dequeue our sudogs from the other channels, find the winning
//      case from g->param, unlock.
// Invariants: the sudogs live on this goroutine's stack (or a malloc'ed block for big selects) for
// the whole call; after park returns no other goroutine can reach them once pass 3 has run.
// Locking: channel locks are only ever taken in lockorder (ascending address), each at most once.
#include <cstdlib>
#include <cstring>
#include <new>

#include "chan.h"

namespace mgo::sched {

namespace {

constexpr int kStackCases = 16;

struct SelectState {
  mgo_select_case* cases;
  uint16_t* lockorder;
  int n;
};

Chan* case_chan(const mgo_select_case& c) { return reinterpret_cast<Chan*>(c.c); }

void sellock(SelectState* s) {
  Chan* last = nullptr;
  for (int i = 0; i < s->n; i++) {
    Chan* c = case_chan(s->cases[s->lockorder[i]]);
    if (c != last) {
      c->lock.lock();
      last = c;
    }
  }
}

void selunlock(void* arg) {
  auto* s = static_cast<SelectState*>(arg);
  // Unlock in reverse, each channel once (a channel may appear in several consecutive cases).
  for (int i = s->n - 1; i >= 0; i--) {
    Chan* c = case_chan(s->cases[s->lockorder[i]]);
    if (i > 0 && c == case_chan(s->cases[s->lockorder[i - 1]])) continue;
    c->lock.unlock();
  }
}

// Park commit: runs on g0 after the goroutine's registers are saved. Uses only g->waiting links.
bool selparkcommit(G* g, void*) {
  Chan* lastc = nullptr;
  for (Sudog* sg = g->waiting; sg; sg = sg->waitlink) {
    if (sg->c != lastc && lastc != nullptr) lastc->lock.unlock();
    lastc = sg->c;
  }
  if (lastc) lastc->lock.unlock();
  return true;
}

void heap_sort_lockorder(mgo_select_case* cases, uint16_t* pollorder, uint16_t* lockorder, int n) {
  auto key = [&](uint16_t i) { return reinterpret_cast<uintptr_t>(cases[i].c); };
  for (int i = 0; i < n; i++) {
    int j = i;
    uintptr_t c = key(pollorder[i]);
    while (j > 0 && key(lockorder[(j - 1) / 2]) < c) {
      int k = (j - 1) / 2;
      lockorder[j] = lockorder[k];
      j = k;
    }
    lockorder[j] = pollorder[i];
  }
  for (int i = n - 1; i >= 0; i--) {
    uint16_t o = lockorder[i];
    uintptr_t c = key(o);
    lockorder[i] = lockorder[0];
    int j = 0;
    for (;;) {
      int k = j * 2 + 1;
      if (k >= i) break;
      if (k + 1 < i && key(lockorder[k]) < key(lockorder[k + 1])) k++;
      if (c < key(lockorder[k])) {
        lockorder[j] = lockorder[k];
        j = k;
        continue;
      }
      break;
    }
    lockorder[j] = o;
  }
}

}  // namespace

// On a goroutine, no lock held; takes the channel locks in lock order; may park.
int64_t select_go(mgo_select_case* cases, int64_t ncases, bool block, bool* recv_ok) {
  *recv_ok = false;
  if (ncases == 0) {
    if (!block) return -1;
    park(nullptr, nullptr, kWaitSelectNoCases);
    fatal("unreachable");
  }
  if (ncases > 65535) fatal("select: too many cases");
  uint16_t order_buf[2 * kStackCases];
  Sudog sudog_buf[kStackCases];
  uint16_t* order = order_buf;
  Sudog* sudogs = sudog_buf;
  void* heap = nullptr;
  if (ncases > kStackCases) {
    size_t bytes = sizeof(uint16_t) * 2 * size_t(ncases) + sizeof(Sudog) * size_t(ncases) + alignof(Sudog);
    heap = malloc(bytes);
    if (!heap) fatal("runtime: out of memory");
    sudogs = static_cast<Sudog*>(heap);
    for (int64_t i = 0; i < ncases; i++) new (&sudogs[i]) Sudog();
    order = reinterpret_cast<uint16_t*>(sudogs + ncases);
  }
  uint16_t* pollorder = order;
  uint16_t* lockorder = order + ncases;

  int norder = 0;
  for (int64_t i = 0; i < ncases; i++) {
    if (cases[i].c == nullptr) continue;  // nil channel: never ready
    uint32_t j = fastrandn(uint32_t(norder + 1));
    pollorder[norder] = pollorder[j];
    pollorder[j] = uint16_t(i);
    norder++;
  }
  heap_sort_lockorder(cases, pollorder, lockorder, norder);
  SelectState st{cases, lockorder, norder};

  auto finish = [&](int64_t r) {
    free(heap);
    return r;
  };

  sellock(&st);
  // Pass 1: something already waiting?
  for (int k = 0; k < norder; k++) {
    int casi = pollorder[k];
    mgo_select_case& cas = cases[casi];
    Chan* c = case_chan(cas);
    if (cas.dir == MGO_SELECT_RECV) {
      if (Sudog* sg = c->sendq.dequeue()) {
        chan_recv_from_waiter(c, sg, cas.elem, selunlock, &st);
        *recv_ok = true;
        return finish(casi);
      }
      if (c->qcount > 0) {
        chan_buf_take(c, cas.elem);
        selunlock(&st);
        *recv_ok = true;
        return finish(casi);
      }
      if (c->closed.load(std::memory_order_relaxed)) {
        selunlock(&st);
        if (cas.elem && c->elemsize) memset(cas.elem, 0, c->elemsize);
        return finish(casi);
      }
    } else {
      if (c->closed.load(std::memory_order_relaxed)) {
        selunlock(&st);
        free(heap);
        panic_plain("send on closed channel");
      }
      if (Sudog* sg = c->recvq.dequeue()) {
        chan_send_to_waiter(c, sg, cas.elem, selunlock, &st);
        return finish(casi);
      }
      if (c->qcount < c->dataqsiz) {
        chan_buf_put(c, cas.elem);
        selunlock(&st);
        return finish(casi);
      }
    }
  }
  if (!block) {
    selunlock(&st);
    return finish(-1);
  }

  // Pass 2: enqueue on all channels, in lock order.
  G* g = getg();
  g->select_done.store(0, std::memory_order_relaxed);
  Sudog** nextp = &g->waiting;
  for (int k = 0; k < norder; k++) {
    int casi = lockorder[k];
    Sudog* sg = &sudogs[casi];
    sg->g = g;
    sg->is_select = true;
    sg->elem = cases[casi].elem;
    sg->c = case_chan(cases[casi]);
    sg->success = false;
    *nextp = sg;
    nextp = &sg->waitlink;
    if (cases[casi].dir == MGO_SELECT_SEND) sg->c->sendq.enqueue(sg);
    else sg->c->recvq.enqueue(sg);
  }
  *nextp = nullptr;
  g->param = nullptr;
  park(norder > 0 ? selparkcommit : nullptr, nullptr, kWaitSelect);
  g = getg();

  sellock(&st);
  g->select_done.store(0, std::memory_order_relaxed);
  auto* won = static_cast<Sudog*>(g->param);
  g->param = nullptr;
  // Pass 3: dequeue from the unsuccessful channels.
  int64_t casi = -1;
  bool success = false;
  for (int k = 0; k < norder; k++) {
    int i = lockorder[k];
    Sudog* sg = &sudogs[i];
    if (sg == won) {
      casi = i;
      success = sg->success;
    } else if (cases[i].dir == MGO_SELECT_SEND) {
      sg->c->sendq.remove(sg);
    } else {
      sg->c->recvq.remove(sg);
    }
  }
  for (Sudog* sg = g->waiting; sg;) {
    Sudog* next = sg->waitlink;
    sg->waitlink = nullptr;
    sg->is_select = false;
    sg->elem = nullptr;
    sg = next;
  }
  g->waiting = nullptr;
  if (casi < 0) fatal("selectgo: bad wakeup");
  selunlock(&st);
  if (cases[casi].dir == MGO_SELECT_SEND) {
    if (!success) {
      free(heap);
      panic_plain("send on closed channel");
    }
  } else {
    *recv_ok = success;
  }
  return finish(casi);
}

}  // namespace mgo::sched
