// sched_hooks.h — the points where the scheduler tells the rest of the runtime (runtime-core:
// defer stack, panics, the current-G pointer) about goroutine life-cycle events. All run on the
// worker's g0 except hooks_goroutine_create (runs on the spawning goroutine or thread).
// Rule: hooks must not park, allocate GC memory or take sched.lock.
#pragma once
#include "sched_internal.h"

namespace mgo::sched {

inline void hooks_goroutine_create(G*) {}
inline void hooks_goroutine_exit(G* g) {
  for (void*& slot : g->core) slot = nullptr;
}
inline void hooks_switch_in(G*) {}
inline void hooks_switch_out(G*) {}

}  // namespace mgo::sched
