// sched_api.h — what the scheduler offers the rest of the runtime (runtime-core: gc.cpp,
// malloc.cpp, panic.cpp, start.cpp) and embedders/tests. Generated code uses abi.h instead.
//
// GC protocol (docs/RUNTIME.md "GC interplay"):
//   mgo_sched_stop_the_world();            // every other goroutine is now parked at a safe point
//   mgo_sched_for_each_root(scan, ctx);    // all goroutine stacks (from saved sp, all segments,
//                                          // saved registers included) + timer heap
//   ... mark, sweep ...
//   mgo_sched_start_the_world();
// Stop the world on the goroutine (a goroutine waiting to stop the world may have to yield), then
// run mark and sweep through mgo_sched_systemstack so deep marking does not use the goroutine's
// (small, segmented) stack; the calling goroutine is then scanned like a parked one.
// Safe points: preemption polls in generated code, split-stack prologues, any channel/sync/timer
// operation that blocks, mgo_sched_poll(). Runtime code that can take long without one of those
// (e.g. an allocation loop) should call mgo_sched_poll().
// Per-worker data: mgo_sched_worker_local() returns 8 words private to the current worker (P);
// the pointer is only valid until the next safe point (the goroutine may move to another worker),
// so never keep it across a call that can block or poll. Do not cache thread_local addresses across
// such calls either: a goroutine may resume on another OS thread.
#pragma once
#include <stdbool.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

void mgo_sched_stop_the_world(void);
void mgo_sched_start_the_world(void);
// The whole protocol in one call: stop the world, run collect(arg) on the system stack, start
// the world. Before the scheduler starts it just calls collect(arg). No runtime lock may be held.
void mgo_sched_gc_cycle(void (*collect)(void*), void* arg);
bool mgo_sched_started(void);           // goroutines exist: thread stacks are no longer the roots
void mgo_sched_for_each_root(void (*fn)(void* lo, void* hi, void* ctx), void* ctx);  // lo, hi 8-aligned
void mgo_sched_systemstack(void (*fn)(void*), void* arg);
void** mgo_sched_worker_local(void);
int64_t mgo_sched_goid(void);           // current goroutine's id (0 outside goroutines)
bool mgo_sched_on_goroutine(void);
void mgo_sched_poll(void);              // safe point for C++ code
// The runtime-core's per-goroutine words (defer stack, panic state): 4 words, zero for a new
// goroutine, valid while the goroutine runs; NULL outside goroutines.
void** mgo_sched_core_slots(void);

// Embedding / tests: run fn(arg) as a goroutine on the scheduler (started on first use with
// GOMAXPROCS workers, none of them the calling thread) and block the calling thread until it
// returns. Deadlocks are not fatal in this mode.
void mgo_sched_run(void (*fn)(void*), void* arg);

// Panics raised by the scheduler, channels and sync. runtime-core should provide the real
// (recoverable, defer-running) implementations; weak defaults print Go's message and exit 2.
[[noreturn]] void mgo_runtime_panic_plain(const char* msg);   // runtime.Error, e.g. "send on closed channel"
[[noreturn]] void mgo_runtime_panic_string(const char* msg);  // panic("...") with a string value

#ifdef __cplusplus
}
#endif
