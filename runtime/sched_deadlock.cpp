// sched_deadlock.cpp — deadlock detection (Go's checkdead), fatal errors, goroutine headers.
//
// checkdead_locked runs (sched.lock held) when the last P goes idle with nobody spinning. In
// program mode the program is dead if, in addition, no goroutine is runnable anywhere, no timer
// is pending (a sleeping goroutine or a timer channel will wake something up), nothing outside the
// scheduler is waiting and no stop-the-world is in progress. Then, like Go 1.19:
//     fatal error: all goroutines are asleep - deadlock!
//
//     goroutine 1 [chan receive]:
//     main.main()
// (one header per live goroutine) and exit status 2.
// Messages are written with write(2) without allocating, so they work in any state.
#include <unistd.h>

#include <cstdio>
#include <cstring>

#include "sched_internal.h"

namespace mgo::sched {

namespace {

std::atomic<uint32_t> dying{0};

void start_dying() {
  // Only one thread reports a fatal error; the others wait to be killed by _exit.
  if (dying.exchange(1) != 0) {
    for (;;) pause();
  }
}

void write_goroutine_header(G* g, const char* state) {
  rt_write("goroutine ");
  rt_write_int(g->goid);
  rt_write(" [");
  rt_write(state);
  rt_write("]:\n");
  if (g->is_main) rt_write("main.main()\n");
}

const char* status_string(G* g) {
  switch (g->status.load(std::memory_order_relaxed)) {
    case kGRunnable:
      return "runnable";
    case kGRunning:
      return "running";
    case kGWaiting:
      return wait_reason_string(g->wait_reason);
    default:
      return "dead";
  }
}

[[noreturn]] void die() {
  fflush(nullptr);
  _exit(2);
}

}  // namespace

const char* wait_reason_string(WaitReason r) {
  switch (r) {
    case kWaitNone: return "";
    case kWaitChanReceiveNilChan: return "chan receive (nil chan)";
    case kWaitChanSendNilChan: return "chan send (nil chan)";
    case kWaitSelect: return "select";
    case kWaitSelectNoCases: return "select (no cases)";
    case kWaitChanReceive: return "chan receive";
    case kWaitChanSend: return "chan send";
    case kWaitSemacquire: return "semacquire";
    case kWaitSleep: return "sleep";
  }
  return "";
}

void rt_write(const char* s) {
  size_t n = strlen(s);
  while (n > 0) {
    ssize_t w = write(2, s, n);
    if (w <= 0) return;
    s += w;
    n -= size_t(w);
  }
}

void rt_write_int(int64_t v) {
  char buf[24];
  char* e = buf + sizeof(buf);
  char* p = e;
  *--p = 0;
  uint64_t u = v < 0 ? uint64_t(-(v + 1)) + 1 : uint64_t(v);
  do {
    *--p = char('0' + u % 10);
    u /= 10;
  } while (u);
  if (v < 0) *--p = '-';
  rt_write(p);
}

void rt_write_hex(uint64_t v) {
  char buf[24];
  char* p = buf + sizeof(buf);
  *--p = 0;
  do {
    *--p = "0123456789abcdef"[v & 15];
    v >>= 4;
  } while (v);
  *--p = 'x';
  *--p = '0';
  rt_write(p);
}

// Headers of every live goroutine, `first` (may be null) first, the others in creation order.
void print_goroutine_headers(G* first) {
  bool any = false;
  auto emit = [&any](G* g) {
    if (any) rt_write("\n");
    write_goroutine_header(g, status_string(g));
    any = true;
  };
  if (first) emit(first);
  for (G* g = sched.allg; g; g = g->alllink) {
    uint32_t st = g->status.load(std::memory_order_relaxed);
    if (g != first && st != kGDead && st != kGIdle) emit(g);
  }
}

// sched.lock held, by the last P going idle.
void checkdead_locked() {
  if (!sched.program_mode) return;
  if (sched.external_waiters.load() > 0 || sched.gcwaiting.load() || sched.runqsize.load() > 0) return;
  if (timers_pending() > 0) return;
  int32_t n = sched.nprocs.load();
  for (int32_t i = 0; i < n; i++) {
    P* p = sched.allp[i].load();
    if (p->status.load() != P::kIdle && p->status.load() != P::kRetired) return;
    if (!runqempty(p)) return;
  }
  start_dying();
  rt_write("fatal error: all goroutines are asleep - deadlock!\n\n");
  G* main_g = nullptr;
  for (G* g = sched.allg; g; g = g->alllink)
    if (g->is_main && g->status.load() != kGDead) main_g = g;
  print_goroutine_headers(main_g);
  die();
}

// Non-worker threads (the timer thread), no lock held: called when a timer they counted as pending
// is delivered. The last P may have gone idle while that timer still counted as "something will
// wake up" (the woken goroutine ran and finished before the count dropped); nobody else would look
// again, so re-run the check.
void checkdead_from_outside() {
  sched.lock.lock();
  if (sched.npidle.load(std::memory_order_relaxed) == sched.gomaxprocs.load(std::memory_order_relaxed) &&
      sched.nmspinning.load(std::memory_order_relaxed) == 0)
    checkdead_locked();
  sched.lock.unlock();
}

// Any thread, any lock state: writes with write(2) only and exits.
[[noreturn]] void fatal(const char* msg) {
  start_dying();
  rt_write("fatal error: ");
  rt_write(msg);
  rt_write("\n");
  G* g = getg();
  if (g) {
    rt_write("\n");
    write_goroutine_header(g, "running");
  }
  die();
}

[[noreturn]] void fatal_stack_overflow(G* g, uintptr_t sp) {
  start_dying();
  rt_write("runtime: goroutine stack exceeds 1000000000-byte limit\n");
  rt_write("runtime: sp=");
  rt_write_hex(sp);
  rt_write(" stack=[");
  rt_write_hex(g->stack->lo);
  rt_write(", ");
  rt_write_hex(g->stack->top);
  rt_write("]\n");
  rt_write("fatal error: stack overflow\n\n");
  write_goroutine_header(g, "running");
  die();
}

}  // namespace mgo::sched
