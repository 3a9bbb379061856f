// sched_hooks.h — the points where the scheduler tells the rest of the runtime (runtime-core:
// defer stack, panics, the current-G pointer) about goroutine life-cycle events. All run on the
// worker's g0 except hooks_goroutine_create (runs on the spawning goroutine or thread).
// Rule: hooks must not park, allocate GC memory or take sched.lock.
#pragma once
#include "abi.h"
#include "sched_internal.h"

namespace mgo::sched {

inline void hooks_goroutine_create(G*) {}
inline void hooks_goroutine_exit(G* g) {
  for (void*& slot : g->core) slot = nullptr;
}
// mgo_tls_defer_state (runtime/abi.h): the defer state of the goroutine running on this thread.
// execute() runs on the P's g0, which never changes thread (M == P), so a thread-local address
// gcc keeps across mgo_ctx_switch stays right.
inline void hooks_switch_in(G* g) { mgo_tls_defer_state = g->core[0]; }
inline void hooks_switch_out(G*) { mgo_tls_defer_state = nullptr; }

}  // namespace mgo::sched
