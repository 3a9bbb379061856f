// chan.h — channel representation (Go's hchan) and the internal operations shared by chan.cpp,
// select.cpp and timer.cpp. See chan.cpp for the invariants.
#pragma once
#include <cstdint>

#include "abi.h"
#include "sched_internal.h"

namespace mgo::sched {

// A goroutine waiting on a channel. Lives on the waiting goroutine's stack (stacks never move:
// they are segmented, not copied), so the GC sees it while the goroutine is parked.
struct Sudog {
  G* g = nullptr;
  Sudog* next = nullptr;        // wait queue links (under c->lock)
  Sudog* prev = nullptr;
  void* elem = nullptr;         // value to send / slot to receive into (may point into a stack)
  struct Chan* c = nullptr;
  Sudog* waitlink = nullptr;    // g->waiting list of a select
  bool is_select = false;
  bool success = false;         // true: a value was handed over; false: woken by close
};

struct WaitQ {
  Sudog* first = nullptr;
  Sudog* last = nullptr;
  void enqueue(Sudog* sg);
  Sudog* dequeue();             // skips selects already won by another case
  void remove(Sudog* sg);
};

struct Chan {
  uint64_t qcount;              // elements in buf
  uint64_t dataqsiz;            // capacity
  uint8_t* buf;                 // dataqsiz elements (right after the Chan in the same object)
  uint32_t elemsize;
  std::atomic<uint32_t> closed;
  const mgo_type* elemtype;
  uint64_t sendx, recvx;
  WaitQ recvq, sendq;
  RtLock lock;
};

Chan* chan_make(const mgo_type* elemtype, int64_t size);
// Returns false only if !block and the operation could not proceed.
bool chan_send(Chan* c, const void* elem, bool block);
// selected: false only if !block and nothing was ready; *received: a value (not a close) arrived.
bool chan_recv(Chan* c, void* elem, bool block, bool* received);
void chan_close(Chan* c);

// Used by select: the three hand-off steps with c->lock held; each unlocks `unlock_all` first.
void chan_send_to_waiter(Chan* c, Sudog* sg, const void* ep, void (*unlock_all)(void*), void* arg);
void chan_recv_from_waiter(Chan* c, Sudog* sg, void* ep, void (*unlock_all)(void*), void* arg);
inline uint8_t* chan_slot(Chan* c, uint64_t i) { return c->buf + i * c->elemsize; }
// Buffer operations, c->lock held: append *ep (qcount < dataqsiz) / take the head into ep
// (qcount > 0; ep may be null), clearing the slot for the GC.
void chan_buf_put(Chan* c, const void* ep);
void chan_buf_take(Chan* c, void* ep);

[[noreturn]] void panic_plain(const char* msg);   // runtime.Error (plainError) panics

}  // namespace mgo::sched
