// sched.cpp — the M:N scheduler: worker loop, finding work (local ring, global queue, stealing),
// idle/wake protocol, goroutine creation/exit, park/ready, start-up. Modelled on Go's proc.go.
//
// Worker (P) loop, on the worker thread's own stack ("g0"):
//     for (;;) { g = find_runnable(p); execute(p, g); }
// execute switches to g; g comes back to g0 by park()/yield()/goexit(), having stored its request
// in p->action; execute then finishes the request *on g0*, after g's registers are saved (this is
// what makes park's commit-after-save safe: Go's mcall(park_m)).
//
// Spinning / idle protocol (Go's "Worker thread parking/unparking"):
//   * A P that runs out of work becomes *spinning* (sched.nmspinning++) and tries to steal; at most
//     about half the busy Ps spin at once.
//   * ready()/spawn() put work in the local ring and call wakep(): if some P is idle and none is
//     spinning, one idle P is woken as spinning. A spinning P that finds work calls wakep() again
//     (resetspinning), so parallelism ramps up one P at a time.
//   * A spinning P going idle first puts itself on the idle list, then decrements nmspinning, then
//     re-checks every local ring (seq_cst on both sides): either it sees new work or the producer
//     sees nmspinning == 0 and wakes an idle P. Threads outside the scheduler (timers, tests)
//     always wake an idle P themselves (ready_batch_from_outside), as Go's injectglist does.
// Locking: sched.lock protects the global queue, the idle list, P status changes to/from kIdle,
// kStopped, kRetired and the stop-the-world counters. It is never held across a context switch.
#include "sched_internal.h"

#include <sched.h>
#include <signal.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>

#include "sched_hooks.h"

namespace mgo::sched {

Sched sched;

namespace {

thread_local P* tls_p __attribute__((tls_model("initial-exec"))) = nullptr;

constexpr int32_t kLocalGFreeMax = 64;

P* new_p(int32_t id) {
  void* mem = aligned_alloc(alignof(P), (sizeof(P) + alignof(P) - 1) / alignof(P) * alignof(P));
  P* p = new (mem) P();
  p->id = id;
  p->rand_state = 0x9E3779B97F4A7C15ull * uint64_t(id + 1) ^ uint64_t(nanotime());
  if (p->rand_state == 0) p->rand_state = 1;
  return p;
}

// --- idle list ---

// Puts p on the idle list. sched.lock must be held.
void pidleput_locked(P* p) {
  p->status.store(P::kIdle, std::memory_order_relaxed);
  p->idle_link = sched.pidle;
  sched.pidle = p;
  sched.npidle.fetch_add(1, std::memory_order_seq_cst);
}

// Takes an idle P (now kRunning) or returns nullptr. sched.lock must be held.
P* pidleget_locked() {
  P* p = sched.pidle;
  if (p == nullptr) return nullptr;
  sched.pidle = p->idle_link;
  p->idle_link = nullptr;
  p->status.store(P::kRunning, std::memory_order_relaxed);
  sched.npidle.fetch_sub(1, std::memory_order_seq_cst);
  return p;
}

// Takes p itself off the idle list if it is still there. sched.lock must be held.
bool pidleget_specific_locked(P* p) {
  for (P** link = &sched.pidle; *link; link = &(*link)->idle_link) {
    if (*link == p) {
      *link = p->idle_link;
      p->idle_link = nullptr;
      p->status.store(P::kRunning, std::memory_order_relaxed);
      sched.npidle.fetch_sub(1, std::memory_order_seq_cst);
      return true;
    }
  }
  return false;
}

// A spinning P found work: stop counting it and maybe wake another spinner.
// On g0; no lock held (wakep takes sched.lock).
void resetspinning(P* p) {
  p->spinning = false;
  sched.nmspinning.fetch_sub(1, std::memory_order_seq_cst);
  wakep();
}

// Picks one idle P to wake as a spinner on behalf of a thread that just queued global work; the
// caller wakes *to_wake after dropping the lock. sched.lock must be held.
void wake_idle_from_outside_locked(P** to_wake) {
  *to_wake = nullptr;
  if (sched.npidle.load(std::memory_order_relaxed) == 0) return;
  P* idle = pidleget_locked();
  if (idle == nullptr) return;
  idle->spinning = true;
  sched.nmspinning.fetch_add(1, std::memory_order_seq_cst);
  *to_wake = idle;
}

// A P whose id is >= GOMAXPROCS hands its work to the global queue and sleeps until it is needed.
// On g0; takes sched.lock; blocks the thread (that is the point).
void retire_self(P* p) {
  if (p->spinning) {
    p->spinning = false;
    sched.nmspinning.fetch_sub(1, std::memory_order_seq_cst);
  }
  sched.lock.lock();
  if (sched.gcwaiting.load(std::memory_order_relaxed) || p->id < sched.gomaxprocs.load(std::memory_order_relaxed)) {
    sched.lock.unlock();
    return;
  }
  bool inherit;
  while (G* g = runqget(p, &inherit)) globrunqput_locked(g);
  p->status.store(P::kRetired, std::memory_order_relaxed);
  P* to_wake = nullptr;
  if (sched.runqsize.load(std::memory_order_relaxed) > 0) wake_idle_from_outside_locked(&to_wake);
  sched.lock.unlock();
  if (to_wake) to_wake->note.wakeup();
  for (;;) {
    p->note.sleep();
    p->note.clear();
    if (p->status.load(std::memory_order_acquire) == P::kRunning) return;
  }
}

// Returns the next G to run on p, sleeping when there is none. On g0, no lock held; takes
// sched.lock around global-queue and idle-list accesses only.
G* find_runnable(P* p) {
top:
  if (sched.gcwaiting.load(std::memory_order_acquire)) {
    gcstop_self(p);
    goto top;
  }
  int32_t procs = sched.gomaxprocs.load(std::memory_order_acquire);
  if (p->id >= procs) {
    retire_self(p);
    goto top;
  }
  bool inherit;
  // Fairness: look at the global queue now and then even if the local ring is busy.
  if (p->schedtick.load(std::memory_order_relaxed) % 61 == 0 && sched.runqsize.load(std::memory_order_relaxed) > 0) {
    sched.lock.lock();
    G* g = globrunqget_locked(p, 1);
    sched.lock.unlock();
    if (g) {
      if (p->spinning) resetspinning(p);
      return g;
    }
  }
  if (G* g = runqget(p, &inherit)) {
    if (p->spinning) resetspinning(p);
    return g;
  }
  if (sched.runqsize.load(std::memory_order_relaxed) > 0) {
    sched.lock.lock();
    G* g = globrunqget_locked(p, 0);
    sched.lock.unlock();
    if (g) {
      if (p->spinning) resetspinning(p);
      return g;
    }
  }
  // Steal.
  if (p->spinning || 2 * sched.nmspinning.load(std::memory_order_relaxed) <
                         procs - sched.npidle.load(std::memory_order_relaxed)) {
    if (!p->spinning) {
      p->spinning = true;
      sched.nmspinning.fetch_add(1, std::memory_order_seq_cst);
    }
    int32_t nprocs = procs;
    for (int round = 0; round < 4; round++) {
      uint32_t start = fastrandn(uint32_t(nprocs));
      for (int32_t i = 0; i < nprocs; i++) {
        if (sched.gcwaiting.load(std::memory_order_relaxed)) goto top;
        P* victim = sched.allp[(start + uint32_t(i)) % uint32_t(nprocs)].load(std::memory_order_acquire);
        if (victim == nullptr || victim == p) continue;
        if (G* g = runqsteal(p, victim, round == 3)) {
          resetspinning(p);
          return g;
        }
      }
    }
  }
  // Nothing to do: become idle.
  sched.lock.lock();
  if (sched.gcwaiting.load(std::memory_order_relaxed) || p->id >= sched.gomaxprocs.load(std::memory_order_relaxed)) {
    sched.lock.unlock();
    goto top;
  }
  if (sched.runqsize.load(std::memory_order_relaxed) > 0) {
    G* g = globrunqget_locked(p, 0);
    sched.lock.unlock();
    if (p->spinning) resetspinning(p);
    return g;
  }
  pidleput_locked(p);
  bool was_spinning = p->spinning;
  p->spinning = false;
  if (was_spinning) sched.nmspinning.fetch_sub(1, std::memory_order_seq_cst);
  if (sched.npidle.load(std::memory_order_relaxed) == sched.gomaxprocs.load(std::memory_order_relaxed) &&
      sched.nmspinning.load(std::memory_order_relaxed) == 0)
    checkdead_locked();
  sched.lock.unlock();

  if (was_spinning) {
    // The last spinner must look once more: work queued before our decrement was possibly
    // not followed by a wakeup (the producer still saw a spinner).
    for (int32_t i = 0; i < procs; i++) {
      P* q = sched.allp[i].load(std::memory_order_acquire);
      if (q && q != p && !runqempty(q)) {
        sched.lock.lock();
        bool got = pidleget_specific_locked(p);
        sched.lock.unlock();
        if (got) {
          p->spinning = true;
          sched.nmspinning.fetch_add(1, std::memory_order_seq_cst);
          goto top;
        }
        break;  // somebody already took us off the idle list and will (has) woken us
      }
    }
  }
  p->note.sleep();
  p->note.clear();
  goto top;
}

// Dead G to p's free list (half of it to the global list when full). On g0; takes gflock.
void gfput(P* p, G* g) {
  g->schedlink = p->gfree;
  p->gfree = g;
  if (++p->ngfree < kLocalGFreeMax) return;
  RtLockGuard guard(sched.gflock);
  while (p->ngfree > kLocalGFreeMax / 2) {
    G* x = p->gfree;
    p->gfree = x->schedlink;
    p->ngfree--;
    x->schedlink = sched.gfree;
    sched.gfree = x;
    sched.ngfree++;
  }
}

// A dead G to reuse, or nullptr. p may be nullptr (outside a worker). Takes gflock.
G* gfget(P* p) {
  if (p && p->gfree == nullptr && sched.ngfree > 0) {
    RtLockGuard guard(sched.gflock);
    while (p->ngfree < kLocalGFreeMax / 2 && sched.gfree) {
      G* x = sched.gfree;
      sched.gfree = x->schedlink;
      sched.ngfree--;
      x->schedlink = p->gfree;
      p->gfree = x;
      p->ngfree++;
    }
  }
  if (p && p->gfree) {
    G* g = p->gfree;
    p->gfree = g->schedlink;
    p->ngfree--;
    return g;
  }
  if (!p) {
    RtLockGuard guard(sched.gflock);
    if (G* g = sched.gfree) {
      sched.gfree = g->schedlink;
      sched.ngfree--;
      return g;
    }
  }
  return nullptr;
}

// g has exited: it is on no queue and its stack is not in use (we are on g0). No lock held.
void gdestroy(P* p, G* g) {
  hooks_goroutine_exit(g);
  g->status.store(kGDead, std::memory_order_release);
  sched.ngoroutines.fetch_sub(1, std::memory_order_relaxed);
  stack_release_extra(g);
  g->entry = nullptr;
  g->entry_arg = nullptr;
  g->param = nullptr;
  g->waiting = nullptr;
  g->wait_reason = kWaitNone;
  if (g->is_main) return;  // never reused (its stack is special)
  gfput(p, g);
}

// Appends a new G to the all-G list (never removed). Takes allglock.
void allg_add(G* g) {
  RtLockGuard guard(sched.allglock);
  if (sched.allg_tail) sched.allg_tail->alllink = g;
  else sched.allg = g;
  sched.allg_tail = g;
}

// Goroutine ids in per-P batches of 16 (Go's goidcache). Lock-free.
int64_t new_goid(P* p) {
  if (p == nullptr) return sched.next_goid.fetch_add(1, std::memory_order_relaxed);
  if (p->goid_next == p->goid_end) {
    constexpr int64_t kBatch = 16;
    p->goid_next = sched.next_goid.fetch_add(kBatch, std::memory_order_relaxed);
    p->goid_end = p->goid_next + kBatch;
  }
  return p->goid_next++;
}

// Runs g on p until g comes back to g0, then completes g's request. On g0, no lock held; the
// park commit runs here with whatever lock the goroutine asked it to release.
void execute(P* p, G* g) {
  for (;;) {
    p->curg = g;
    g->status.store(kGRunning, std::memory_order_relaxed);
    p->preempt.store(0, std::memory_order_relaxed);
    p->schedtick.fetch_add(1, std::memory_order_relaxed);
    hooks_switch_in(g);
    // Runtime code on g0 has split-stack prologues too: the goroutine's limit is set only now,
    // and g0's (0: no limit) again before anything else runs after the switch back.
    write_stack_limit(g->stack->limit);
    mgo_ctx_switch(&p->g0_sp, g->sp);
    // Back on g0: g's registers are saved at g->sp.
    write_stack_limit(0);
    hooks_switch_out(g);
    p->curg = nullptr;
    P::Action action = p->action;
    p->action = P::kActNone;
    switch (action) {
      case P::kActPark:
        g->status.store(kGWaiting, std::memory_order_release);
        if (p->park_commit && !p->park_commit(g, p->park_arg)) {
          g->status.store(kGRunning, std::memory_order_relaxed);
          continue;  // commit refused: g resumes at once
        }
        return;
      case P::kActYield: {
        g->status.store(kGRunnable, std::memory_order_release);
        RtLockGuard guard(sched.lock);
        globrunqput_locked(g);
        return;
      }
      case P::kActExit:
        gdestroy(p, g);
        return;
      case P::kActNone:
        fatal("goroutine switched to the scheduler without a request");
    }
  }
}

[[noreturn]] void schedule_loop(P* p) {
  for (;;) {
    G* g = find_runnable(p);
    if (sched.gcwaiting.load(std::memory_order_acquire)) {
      runqput(p, g, true);  // a stop-the-world began meanwhile: stop first (find_runnable's top)
      continue;
    }
    execute(p, g);
  }
}

// An alternate signal stack for this worker: a handler (escape_check.cpp's SIGSEGV) must not run
// on a goroutine's 2 KiB first segment. Virtual memory until a signal arrives.
void install_signal_stack() {
  constexpr size_t kSize = 64 * 1024;
  stack_t ss{};
  if (sigaltstack(nullptr, &ss) == 0 && !(ss.ss_flags & SS_DISABLE)) return;  // already has one
  ss = stack_t{};
  ss.ss_sp = malloc(kSize);
  ss.ss_size = kSize;
  if (ss.ss_sp) sigaltstack(&ss, nullptr);
}

void* worker_main(void* arg) {
  P* p = static_cast<P*>(arg);
  tls_p = p;
  p->tcb = thread_pointer();
  write_stack_limit(0);
  install_signal_stack();
  schedule_loop(p);
}

void start_worker_thread(P* p) {
  // 8 MB: the system stack, where systemstack() work (the GC) runs.
  if (!start_os_thread(worker_main, p, 8 << 20)) fatal("runtime: cannot create worker thread");
}

int32_t default_gomaxprocs() {
  if (const char* env = getenv("GOMAXPROCS")) {
    char* end;
    long v = strtol(env, &end, 10);
    if (*env && *end == 0 && v > 0) return int32_t(v > kMaxProcs ? kMaxProcs : v);
  }
  int32_t n = ncpu();
  return n > kMaxProcs ? kMaxProcs : n;
}

// Creates Ps [nprocs, n) with their worker threads (skip_thread_for_p0: the caller becomes P0).
void create_procs(int32_t n, bool skip_thread_for_p0) {
  for (int32_t id = sched.nprocs.load(); id < n; id++) {
    P* p = new_p(id);
    sched.allp[id].store(p, std::memory_order_release);
    sched.nprocs.store(id + 1, std::memory_order_release);
    if (id == 0 && skip_thread_for_p0) continue;
    start_worker_thread(p);
  }
}

RtLock start_lock;

void ensure_started(bool program_mode) {
  if (sched.started.load(std::memory_order_acquire)) return;
  RtLockGuard guard(start_lock);
  if (sched.started.load(std::memory_order_relaxed)) return;
  sched.program_mode = program_mode;
  sched.gomaxprocs.store(default_gomaxprocs(), std::memory_order_release);
  create_procs(sched.gomaxprocs.load(), program_mode);
  sched.started.store(true, std::memory_order_release);
  sysmon_start();
}

}  // namespace

__attribute__((noipa)) P* getp() { return tls_p; }
__attribute__((noipa)) G* getg() {
  P* p = tls_p;
  return p ? p->curg : nullptr;
}

int32_t ncpu() {
  int32_t result = 1;
  deep_stack([&] {  // sysconf needs ~1.3 KB of stack
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof(set), &set) == 0 && CPU_COUNT(&set) > 0) {
      result = CPU_COUNT(&set);
      return;
    }
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    if (n > 0) result = int32_t(n);
  });
  return result;
}

uint32_t fastrand() {
  P* p = tls_p;
  static std::atomic<uint64_t> shared{0x2545F4914F6CDD1Dull};
  uint64_t x;
  if (p) {
    x = p->rand_state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    p->rand_state = x;
  } else {
    x = shared.fetch_add(0x9E3779B97F4A7C15ull, std::memory_order_relaxed);
    x ^= x >> 31;
    x *= 0xBF58476D1CE4E5B9ull;
    x ^= x >> 29;
  }
  return uint32_t(x >> 32);
}

uint32_t fastrandn(uint32_t n) { return uint32_t((uint64_t(fastrand()) * n) >> 32); }

// Wakes an idle P as a spinner if there is an idle P and no spinner. Any thread; no lock held
// (takes sched.lock briefly).
void wakep() {
  if (sched.npidle.load(std::memory_order_seq_cst) == 0) return;
  int32_t expected = 0;
  if (sched.nmspinning.load(std::memory_order_seq_cst) != 0 ||
      !sched.nmspinning.compare_exchange_strong(expected, 1, std::memory_order_seq_cst))
    return;
  sched.lock.lock();
  P* idle = pidleget_locked();
  if (idle) idle->spinning = true;
  sched.lock.unlock();
  if (idle == nullptr) {
    sched.nmspinning.fetch_sub(1, std::memory_order_seq_cst);
    return;
  }
  idle->note.wakeup();
}

// Any thread, no lock held.
void wake_idle_p() {
  P* to_wake = nullptr;
  {
    RtLockGuard guard(sched.lock);
    wake_idle_from_outside_locked(&to_wake);
  }
  if (to_wake) to_wake->note.wakeup();
}

// newproc: a new runnable G running fn(arg). On a goroutine it goes to runnext of the current P;
// from any other thread to the global queue. No lock held.
G* spawn(void (*fn)(void*), void* arg) {
  if (!sched.started.load(std::memory_order_acquire)) ensure_started(false);
  P* p = tls_p;
  StackKind kind = stack_default_kind();
  G* g = gfget(p);
  if (g && g->stack_kind != kind) g = nullptr;  // the default kind changed (tests): it stays dead
  if (g == nullptr) {
    g = stack_new_g(kind);
    allg_add(g);
  }
  g->schedlink = nullptr;
  g->entry = fn;
  g->entry_arg = arg;
  g->goid = new_goid(p);
  stack_init_context(g);
  hooks_goroutine_create(g);
  sched.ngoroutines.fetch_add(1, std::memory_order_relaxed);
  g->status.store(kGRunnable, std::memory_order_release);
  if (p) {
    runqput(p, g, true);
    wakep();
  } else {
    ready_batch_from_outside(g);
  }
  return g;
}

// g (parked) becomes runnable. The caller must have released the lock g was queued under (so g
// is fully parked); it must not touch g's wait record afterwards. Any thread.
void ready(G* g) {
  uint32_t expected = kGWaiting;
  if (!g->status.compare_exchange_strong(expected, kGRunnable, std::memory_order_acq_rel)) {
    fatal("ready: goroutine is not waiting");
  }
  P* p = tls_p;
  if (p) {
    runqput(p, g, true);
    wakep();
  } else {
    g->schedlink = nullptr;
    ready_batch_from_outside(g);
  }
}

// list: Gs already marked runnable, linked through schedlink. Any thread, no lock held.
void ready_batch_from_outside(G* list) {
  if (list == nullptr) return;
  G* tail = list;
  int64_t n = 1;
  while (tail->schedlink) tail = tail->schedlink, n++;
  P* to_wake = nullptr;
  {
    RtLockGuard guard(sched.lock);
    globrunqputbatch_locked(list, tail, n);
    wake_idle_from_outside_locked(&to_wake);
  }
  if (to_wake) to_wake->note.wakeup();
}

// On a goroutine only. May hold exactly the lock that commit releases; nothing else.
void park(bool (*commit)(G*, void*), void* arg, WaitReason reason) {
  P* p = tls_p;
  G* g = p->curg;
  g->wait_reason = reason;
  p->park_commit = commit;
  p->park_arg = arg;
  p->action = P::kActPark;
  mgo_ctx_switch(&g->sp, p->g0_sp);
  g->wait_reason = kWaitNone;
}

namespace {
bool commit_unlock(G*, void* lock) {
  static_cast<RtLock*>(lock)->unlock();
  return true;
}
}  // namespace

void park_unlock(RtLock* lock, WaitReason reason) { park(commit_unlock, lock, reason); }

// On a goroutine: to the back of the global queue. No lock held.
void yield() {
  P* p = tls_p;
  if (p == nullptr || p->curg == nullptr) {
    os_yield();
    return;
  }
  G* g = p->curg;
  p->action = P::kActYield;
  mgo_ctx_switch(&g->sp, p->g0_sp);
}

// fn must not park or yield (it runs on the worker's own stack).
void systemstack(void (*fn)(void*), void* arg) {
  P* p = tls_p;
  G* g = p ? p->curg : nullptr;
  if (g == nullptr) {
    fn(arg);
    return;
  }
  uintptr_t sp = (reinterpret_cast<uintptr_t>(p->g0_sp) - 256) & ~uintptr_t(15);
  g->on_system_stack = true;
  write_stack_limit(0);  // no split-stack limit on the system stack
  mgo_ctx_call_on(&g->sp, reinterpret_cast<void*>(sp), fn, arg);
  g->on_system_stack = false;
  write_stack_limit(g->stack->limit);  // (a preemption request meanwhile is repeated)
}

[[noreturn]] void goexit() {
  P* p = tls_p;
  G* g = p->curg;
  p->action = P::kActExit;
  mgo_ctx_switch(&g->sp, p->g0_sp);
  __builtin_unreachable();
}

// --- entry points used by the C ABI (sched_abi.cpp) and tests ---

// C main's thread becomes P0 and never returns.
void start_program(void (*main_fn)(void)) {
  ensure_started(true);
  P* p0 = sched.allp[0].load();
  tls_p = p0;
  p0->tcb = thread_pointer();
  write_stack_limit(0);  // this thread is now a worker: no split-stack limit on its g0
  install_signal_stack();
  stack_set_default_kind(StackKind::kSmall);  // goroutines of compiled programs: 2 KiB slots
  G* g = stack_new_g(StackKind::kMain);
  allg_add(g);
  g->is_main = true;
  g->goid = 1;
  g->entry = [](void* fn) {
    reinterpret_cast<void (*)(void)>(fn)();
    exit(0);
  };
  g->entry_arg = reinterpret_cast<void*>(main_fn);
  stack_init_context(g);
  hooks_goroutine_create(g);
  sched.ngoroutines.fetch_add(1, std::memory_order_relaxed);
  g->status.store(kGRunnable, std::memory_order_release);
  runqput(p0, g, true);
  schedule_loop(p0);
}

// From a thread that is not a worker: blocks that thread until fn (run as a goroutine) returns.
void run_and_wait(void (*fn)(void*), void* arg) {
  ensure_started(false);
  struct Call {
    void (*fn)(void*);
    void* arg;
    Note done;
  } call{fn, arg, {}};
  sched.external_waiters.fetch_add(1);
  spawn(
      [](void* c) {
        auto* call = static_cast<Call*>(c);
        call->fn(call->arg);
        call->done.wakeup();
      },
      &call);
  call.done.sleep();
  sched.external_waiters.fetch_sub(1);
}

// Stops the world to change the number of running Ps. No lock held.
int32_t set_gomaxprocs(int32_t n) {
  ensure_started(false);
  int32_t old = sched.gomaxprocs.load();
  if (n <= 0 || n == old) return old;
  if (n > kMaxProcs) n = kMaxProcs;
  stop_the_world();
  sched.gomaxprocs.store(n, std::memory_order_release);
  start_the_world();
  // Our own P may have just been retired: move this goroutine to a P that stays.
  if (P* p = getp(); p && p->curg && p->id >= n) yield();
  return old;
}

// stw_lock held (called by start_the_world).
void create_missing_procs() {
  int32_t want = sched.gomaxprocs.load(std::memory_order_acquire);
  if (sched.nprocs.load() < want) create_procs(want, false);
}

}  // namespace mgo::sched

extern "C" void mgo_sched_goroutine_main(mgo::sched::G* g) {
  g->entry(g->entry_arg);
  mgo::sched::goexit();
}
