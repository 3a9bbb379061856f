// defer.cpp — the per-goroutine stack of deferred calls (see abi.h, "Defer").
//
// Invariants: records above a function's mark belong to that function's frame; mgo_defer_run
// pops LIFO down to the mark, calling each closure as code(closure). The stack's array lives in
// the GC heap and is reachable from a registered root, so pending closures stay alive.
// Each goroutine has its own stack: its DeferStack is a GC object hanging off the goroutine's
// first runtime-core slot (mgo_sched_core_slots; the GC scans it with the goroutine's stack).
// Outside goroutines (before the scheduler starts) the static mainDefers is used.
#include <cstring>

#include "abi.h"
#include "sched_api.h"

namespace mgo::rt {

namespace {

struct DeferStack {
  void** records = nullptr;
  int64_t depth = 0;
  int64_t capacity = 0;
};
DeferStack mainDefers;
bool rootRegistered = false;

DeferStack& current() {
  if (void** slots = mgo_sched_core_slots()) {
    if (!slots[0]) slots[0] = mgo_alloc_bytes(sizeof(DeferStack), false);
    return *static_cast<DeferStack*>(slots[0]);
  }
  if (!rootRegistered) {
    rootRegistered = true;
    mgo_gc_register_root(&mainDefers, sizeof mainDefers);
  }
  return mainDefers;
}

void callClosure(void* closure) {
  auto code = *reinterpret_cast<void (**)(void*)>(closure);
  code(closure);
}

}  // namespace

void runAllDefers() { mgo_defer_run(0); }

}  // namespace mgo::rt

using namespace mgo::rt;

extern "C" {

int64_t mgo_defer_mark(void) { return current().depth; }

void mgo_defer_push(void* closure) {
  DeferStack& s = current();
  if (s.depth == s.capacity) {
    int64_t capacity = s.capacity ? s.capacity * 2 : 16;
    auto** grown = static_cast<void**>(mgo_alloc_bytes(uint64_t(capacity) * sizeof(void*), false));
    if (s.depth) std::memcpy(grown, s.records, uint64_t(s.depth) * sizeof(void*));
    s.records = grown;
    s.capacity = capacity;
  }
  s.records[s.depth++] = closure;
}

void mgo_defer_run(int64_t mark) {
  DeferStack& s = current();
  while (s.depth > mark) {
    void* closure = s.records[--s.depth];
    s.records[s.depth] = nullptr;
    callClosure(closure);
  }
}

}  // extern "C"
