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
// Written through an opaque call: execute() switches to the goroutine and back, and the g0 code
// after the switch may run on another OS thread (a P's g0 context is not tied to one thread), so
// a thread-local address computed before the switch must not be reused after it (gcc keeps
// %fs:0 + offset in a register across mgo_ctx_switch; the stale address hit a thread that had
// exited and corrupted memory in runtime_sched_stress_test).
void set_defer_state_tls(void* state);  // defer.cpp
inline void hooks_switch_in(G* g) { set_defer_state_tls(g->core[0]); }
inline void hooks_switch_out(G*) { set_defer_state_tls(nullptr); }

}  // namespace mgo::sched
