// sched_abi.cpp — the C entry points of abi.h (goroutines, channels, select, preemption) and of
// sched_api.h (GC hooks, embedding), as thin wrappers over sched*.cpp / chan.cpp / select.cpp.
#include <unistd.h>

#include <cstdlib>

#include "chan.h"
#include "sched_api.h"
#include "sync.h"

namespace mgo::sched {
int64_t select_go(mgo_select_case* cases, int64_t ncases, bool block, bool* recv_ok);
void timers_for_each_root(void (*fn)(void* lo, void* hi, void* ctx), void* ctx);
}  // namespace mgo::sched

using namespace mgo::sched;

namespace {

void invoke_closure(void* closure) { (*static_cast<void (**)(void*)>(closure))(closure); }

Chan* as_chan(mgo_chan* c) { return reinterpret_cast<Chan*>(c); }

thread_local void* outside_worker_local[8];

// Scans from a local of this (callee) frame: everything in the callers' frames lies above it.
__attribute__((noinline)) void scan_from_here(G* g, void (*fn)(void*, void*, void*), void* ctx) {
  void* saved = g->sp;
  volatile uintptr_t marker = 0;  // word-aligned: scanners step over aligned words
  g->sp = const_cast<uintptr_t*>(&marker);
  stack_for_each_range(g, fn, ctx);
  g->sp = saved;
}

// Ranges of the calling goroutine's own stack: callee-saved registers are spilled into this
// frame first, then scanned from a frame below it.
__attribute__((noinline)) void scan_running_self(G* g, void (*fn)(void*, void*, void*), void* ctx) {
  __builtin_unwind_init();
  scan_from_here(g, fn, ctx);
  asm volatile("" ::: "memory");  // keep this frame (and its spills) alive across the call
}

}  // namespace

extern "C" {

[[noreturn]] void mgo_sched_main(void (*entry)(void)) { start_program(entry); }

void mgo_go(void* closure) { spawn(invoke_closure, closure); }

void mgo_runtime_Gosched(void) { yield(); }

int64_t mgo_runtime_GOMAXPROCS(int64_t n) { return set_gomaxprocs(n > kMaxProcs ? kMaxProcs : int32_t(n < 0 ? 0 : n)); }

int64_t mgo_runtime_NumGoroutine(void) { return sched.ngoroutines.load(std::memory_order_relaxed); }

int64_t mgo_runtime_NumCPU(void) { return ncpu(); }

void mgo_preempt_poll(void) { preempt_serve(); }

mgo_chan* mgo_chan_make(const mgo_type* chantype, int64_t size) {
  return reinterpret_cast<mgo_chan*>(chan_make(chantype ? chantype->elem : nullptr, size));
}

void mgo_chan_send(mgo_chan* c, const void* elem) { chan_send(as_chan(c), elem, true); }

void mgo_chan_recv(mgo_chan* c, void* elem) {
  bool received;
  chan_recv(as_chan(c), elem, true, &received);
}

bool mgo_chan_recv2(mgo_chan* c, void* elem) {
  bool received;
  chan_recv(as_chan(c), elem, true, &received);
  return received;
}

void mgo_chan_close(mgo_chan* c) { chan_close(as_chan(c)); }

int64_t mgo_chan_len(mgo_chan* c) {
  return c ? int64_t(__atomic_load_n(&as_chan(c)->qcount, __ATOMIC_RELAXED)) : 0;
}

int64_t mgo_chan_cap(mgo_chan* c) { return c ? int64_t(as_chan(c)->dataqsiz) : 0; }

int64_t mgo_select(mgo_select_case* cases, int64_t ncases, bool has_default, bool* recv_ok) {
  return select_go(cases, ncases, !has_default, recv_ok);
}

// --- sched_api.h ---

void mgo_sched_stop_the_world(void) { stop_the_world(); }
void mgo_sched_start_the_world(void) { start_the_world(); }

void mgo_sched_gc_cycle(void (*collect)(void*), void* arg) {
  if (!sched.started.load(std::memory_order_acquire)) {
    collect(arg);
    return;
  }
  stop_the_world();
  systemstack(collect, arg);
  start_the_world();
}

bool mgo_sched_started(void) { return sched.started.load(std::memory_order_acquire); }

void mgo_sched_for_each_root(void (*fn)(void* lo, void* hi, void* ctx), void* ctx) {
  G* self = getg();
  for (G* g = sched.allg; g; g = g->alllink) {
    uint32_t st = g->status.load(std::memory_order_acquire);
    if (st == kGDead || st == kGIdle) continue;
    if (g == self && !g->on_system_stack) {
      scan_running_self(g, fn, ctx);
      continue;
    }
    stack_for_each_range(g, fn, ctx);
  }
  timers_for_each_root(fn, ctx);
}

void mgo_sched_systemstack(void (*fn)(void*), void* arg) { systemstack(fn, arg); }

void** mgo_sched_worker_local(void) {
  P* p = getp();
  return p ? p->worker_local : outside_worker_local;
}

int64_t mgo_sched_goid(void) {
  G* g = getg();
  return g ? g->goid : 0;
}

bool mgo_sched_on_goroutine(void) { return getg() != nullptr; }

void mgo_sched_poll(void) {
  if (read_stack_limit() == kPreemptMark) preempt_serve();
}

void** mgo_sched_core_slots(void) {
  G* g = getg();
  return g ? g->core : nullptr;
}

void mgo_sched_run(void (*fn)(void*), void* arg) { run_and_wait(fn, arg); }

// Weak defaults until runtime-core provides recoverable panics.
__attribute__((weak)) void mgo_runtime_panic_plain(const char* msg) {
  rt_write("panic: ");
  rt_write(msg);
  rt_write("\n\n");
  G* g = getg();
  if (g) {
    rt_write("goroutine ");
    rt_write_int(g->goid);
    rt_write(" [running]:\n");
    if (g->is_main) rt_write("main.main()\n");
  }
  _exit(2);
}

__attribute__((weak)) void mgo_runtime_panic_string(const char* msg) { mgo_runtime_panic_plain(msg); }

}  // extern "C"

namespace mgo::sched {
void panic_plain(const char* msg) { mgo_runtime_panic_plain(msg); }
void panic_string(const char* msg) { mgo_runtime_panic_string(msg); }
}  // namespace mgo::sched
