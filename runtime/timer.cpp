// timer.cpp — time.Sleep, time.After, time.Tick, time.NewTimer/Stop/Reset, time.AfterFunc.
//
// Design: one global 4-ary min-heap of timers ordered by `when` (monotonic ns), protected by
// timers_lock, and one timer thread that sleeps on a futex until the earliest deadline (or until
// a new earliest timer is added) and then fires every expired timer (Go before 1.14 did the same).
// Firing:  sleep  -> the sleeping goroutine is made runnable (batched into the global run queue,
//                    waking an idle P);
//          send   -> non-blocking send of the current time on the timer's channel (cap 1), as Go's
//                    sendTime; periodic timers (Tick) are re-armed at when + period;
//          go     -> the timer's closure starts as a new goroutine (AfterFunc).
// Invariants / locking:
//   * timers_lock protects the heap and every heap_index; a timer is in the heap iff
//     heap_index >= 0. time.Sleep inserts its timer inside its park commit (holding timers_lock),
//     so the timer thread can only pop a sleep timer whose goroutine is fully parked.
//   * Channel and AfterFunc timers are fired with timers_lock held (the GC finds them only through
//     the heap, scanned under the same lock); sleepers are readied after it is released.
//     Lock order: timers_lock -> channel lock -> sched.lock.
//   * pending = timers in the heap + timers popped and not yet delivered; deadlock detection treats
//     pending > 0 as "something will wake up".
//   * Sleep timers live on the sleeping goroutine's stack; channel timers (After/Tick/NewTimer)
//     are GC objects (mgo_time_Timer: C at offset 0) kept alive by the heap, which is a GC root
//     range reported by mgo_sched_for_each_root.
// The value sent is a time.Time whose first word is the wall clock in Unix nanoseconds (the rest of
// the element is zeroed): see abi.h.
#include <cstdlib>
#include <cstring>

#include "chan.h"
#include "sched_api.h"

namespace mgo::sched {

struct Timer {
  int64_t when;
  int64_t period;
  int32_t heap_index;   // -1: not in the heap
  uint32_t kind;        // kSleep, kSend, kGo
  G* g;                 // kSleep
  Chan* c;              // kSend
  void* closure;        // kGo
};

namespace {

enum : uint32_t { kSleep = 1, kSend = 2, kGo = 3 };

RtLock timers_lock;
Timer** heap = nullptr;
int64_t heap_len = 0, heap_cap = 0;
std::atomic<int64_t> in_flight{0};
std::atomic<uint32_t> timer_wake_seq{0};
std::atomic<bool> thread_started{false};
RtLock start_lock;

bool less(int64_t i, int64_t j) { return heap[i]->when < heap[j]->when; }

void swap_at(int64_t i, int64_t j) {
  Timer* t = heap[i];
  heap[i] = heap[j];
  heap[j] = t;
  heap[i]->heap_index = int32_t(i);
  heap[j]->heap_index = int32_t(j);
}

void sift_up(int64_t i) {
  while (i > 0) {
    int64_t parent = (i - 1) / 4;
    if (!less(i, parent)) break;
    swap_at(i, parent);
    i = parent;
  }
}

void sift_down(int64_t i) {
  for (;;) {
    int64_t best = i;
    for (int64_t c = 4 * i + 1; c <= 4 * i + 4 && c < heap_len; c++)
      if (less(c, best)) best = c;
    if (best == i) return;
    swap_at(i, best);
    i = best;
  }
}

// timers_lock held. Returns true if t became the earliest timer.
bool heap_add_locked(Timer* t) {
  if (heap_len == heap_cap) {
    heap_cap = heap_cap ? heap_cap * 2 : 64;
    heap = static_cast<Timer**>(realloc(heap, sizeof(Timer*) * size_t(heap_cap)));
    if (!heap) fatal("runtime: out of memory (timers)");
  }
  heap[heap_len] = t;
  t->heap_index = int32_t(heap_len);
  heap_len++;
  sift_up(heap_len - 1);
  return t->heap_index == 0;
}

// timers_lock held.
bool heap_remove_locked(Timer* t) {
  int64_t i = t->heap_index;
  if (i < 0) return false;
  int64_t last = heap_len - 1;
  if (i != last) {
    swap_at(i, last);
  }
  heap_len--;
  heap[heap_len] = nullptr;
  t->heap_index = -1;
  if (i < heap_len) {
    sift_down(i);
    sift_up(i);
  }
  return true;
}

void kick_timer_thread() {
  timer_wake_seq.fetch_add(1, std::memory_order_release);
  futex_wake(&timer_wake_seq, 1);
}

void send_time(Chan* c) {
  // Non-blocking, like Go's sendTime: a full channel (nobody read the last tick) drops the value.
  uint8_t buf[64] = {};
  void* elem = buf;
  if (c->elemsize > sizeof(buf)) elem = calloc(1, c->elemsize);
  int64_t now = walltime_ns();
  if (c->elemsize >= 8) memcpy(elem, &now, 8);
  chan_send(c, elem, false);
  if (elem != buf) free(elem);
}

void* timer_thread_main(void*) {
  for (;;) {
    uint32_t seq = timer_wake_seq.load(std::memory_order_acquire);
    G* wake_list = nullptr;
    int64_t nwake = 0;
    int64_t sleep_ns = -1;
    {
      // Channel and AfterFunc timers fire with timers_lock held: the GC reaches them only
      // through the heap (a root it scans under the same lock), so one popped here must be
      // delivered before the GC can look again. Lock order: timers_lock -> chan lock -> sched.lock.
      RtLockGuard guard(timers_lock);
      int64_t now = nanotime();
      while (heap_len > 0) {
        Timer* t = heap[0];
        if (t->when > now) {
          sleep_ns = t->when - now;
          break;
        }
        // Counted as pending from before it leaves the heap until whatever it wakes is runnable,
        // so deadlock detection never sees "no timers" in between.
        in_flight.fetch_add(1, std::memory_order_seq_cst);
        heap_remove_locked(t);
        switch (t->kind) {
          case kSleep: {
            G* g = t->g;  // t is on g's stack: don't touch it after g is readied
            uint32_t expected = kGWaiting;
            if (!g->status.compare_exchange_strong(expected, kGRunnable)) fatal("timer: sleeping goroutine not waiting");
            g->schedlink = wake_list;
            wake_list = g;
            nwake++;
            break;
          }
          case kGo:
            if (gc_stop_requested()) {
              // Don't start goroutines while the GC walks the G list.
              t->when = now + 1000000;
              heap_add_locked(t);
            } else {
              spawn([](void* c) { (*static_cast<void (**)(void*)>(c))(c); }, t->closure);
            }
            in_flight.fetch_sub(1, std::memory_order_seq_cst);
            break;
          case kSend:
            send_time(t->c);
            if (t->period > 0) {
              t->when += t->period;
              if (t->when < now) t->when = now + t->period;
              heap_add_locked(t);
            }
            in_flight.fetch_sub(1, std::memory_order_seq_cst);
            break;
        }
      }
    }
    if (wake_list) ready_batch_from_outside(wake_list);
    in_flight.fetch_sub(nwake, std::memory_order_seq_cst);
    // Whatever the delivered timers woke may already have finished while they still counted as
    // pending, with the last P going idle and skipping the deadlock check: look again.
    if (timers_pending() == 0 && sched.program_mode) checkdead_from_outside();
    futex_wait(&timer_wake_seq, seq, sleep_ns);
  }
  return nullptr;
}

void ensure_timer_thread() {
  if (thread_started.load(std::memory_order_acquire)) return;
  RtLockGuard guard(start_lock);
  if (thread_started.load(std::memory_order_relaxed)) return;
  if (!start_os_thread(timer_thread_main, nullptr, 256 << 10)) fatal("runtime: cannot create timer thread");
  thread_started.store(true, std::memory_order_release);
}

// No lock held; takes timers_lock.
void add_timer(Timer* t) {
  ensure_timer_thread();
  bool first;
  {
    RtLockGuard guard(timers_lock);
    first = heap_add_locked(t);
  }
  if (first) kick_timer_thread();
}

int64_t when_after(int64_t d) {
  int64_t now = nanotime();
  if (d <= 0) return now;
  int64_t w = now + d;
  return w < now ? INT64_MAX : w;  // overflow
}

bool commit_sleep(G*, void* arg) {
  auto* t = static_cast<Timer*>(arg);
  bool first = heap_add_locked(t);
  timers_lock.unlock();
  if (first) kick_timer_thread();
  return true;
}

}  // namespace

int64_t timers_pending() {
  // Racy read (deadlock detection holds sched.lock, not timers_lock): a timer being added is
  // added by a running goroutine, and a timer being fired is counted in in_flight first.
  return __atomic_load_n(&heap_len, __ATOMIC_SEQ_CST) + in_flight.load(std::memory_order_seq_cst);
}

// World stopped; takes timers_lock (so no timer is being fired meanwhile).
void timers_for_each_root(void (*fn)(void* lo, void* hi, void* ctx), void* ctx) {
  RtLockGuard guard(timers_lock);
  if (heap_len > 0) fn(heap, heap + heap_len, ctx);
}

// No lock held. On a goroutine it parks (the timer enters the heap in the park commit, under
// timers_lock); elsewhere it sleeps the thread.
void time_sleep(int64_t ns) {
  if (ns <= 0) return;
  G* g = getg();
  if (g == nullptr) {
    struct timespec ts = {ns / 1000000000, ns % 1000000000};
    nanosleep(&ts, nullptr);
    return;
  }
  ensure_timer_thread();
  Timer t{when_after(ns), 0, -1, kSleep, g, nullptr, nullptr};
  // Insert on g0 inside the commit, holding timers_lock, so the timer thread cannot see the timer
  // before the goroutine is parked.
  timers_lock.lock();
  park(commit_sleep, &t, kWaitSleep);
}

}  // namespace mgo::sched

using namespace mgo::sched;

// The GC object behind *time.Timer (and the hidden one behind After / Tick).
struct mgo_time_Timer {
  mgo_chan* C;   // offset 0: the Go field Timer.C
  Timer t;
};

namespace {

const mgo_type* chan_elem(const mgo_type* chantype) { return chantype ? chantype->elem : nullptr; }

mgo_time_Timer* new_timer(const mgo_type* chantype, int64_t d, int64_t period, uint32_t kind, void* closure) {
  auto* tm = static_cast<mgo_time_Timer*>(mgo_alloc_bytes(sizeof(mgo_time_Timer), false));
  Chan* c = kind == kSend ? chan_make(chan_elem(chantype), 1) : nullptr;
  tm->C = reinterpret_cast<mgo_chan*>(c);
  tm->t = Timer{when_after(d), period, -1, kind, nullptr, c, closure};
  add_timer(&tm->t);
  return tm;
}

}  // namespace

extern "C" {

void mgo_time_Sleep(int64_t ns) { time_sleep(ns); }

mgo_chan* mgo_time_After(const mgo_type* chantype, int64_t ns) {
  return new_timer(chantype, ns, 0, kSend, nullptr)->C;
}

mgo_chan* mgo_time_Tick(const mgo_type* chantype, int64_t ns) {
  if (ns <= 0) return nullptr;  // Go: Tick returns nil for d <= 0
  return new_timer(chantype, ns, ns, kSend, nullptr)->C;
}

mgo_time_Timer* mgo_time_NewTimer(const mgo_type* chantype, int64_t ns) {
  return new_timer(chantype, ns, 0, kSend, nullptr);
}

mgo_time_Timer* mgo_time_AfterFunc(int64_t ns, void* closure) {
  return new_timer(nullptr, ns, 0, kGo, closure);
}

bool mgo_time_Timer_Stop(mgo_time_Timer* tm) {
  RtLockGuard guard(timers_lock);
  return heap_remove_locked(&tm->t);
}

bool mgo_time_Timer_Reset(mgo_time_Timer* tm, int64_t ns) {
  bool was_active, first;
  {
    RtLockGuard guard(timers_lock);
    was_active = heap_remove_locked(&tm->t);
    tm->t.when = when_after(ns);
    first = heap_add_locked(&tm->t);
  }
  ensure_timer_thread();
  if (first) kick_timer_thread();
  return was_active;
}

mgo_time_Timer* mgo_time_NewTicker(const mgo_type* chantype, int64_t ns) {
  if (ns <= 0) mgo_runtime_panic_string("non-positive interval for NewTicker");
  return new_timer(chantype, ns, ns, kSend, nullptr);
}

void mgo_time_Ticker_Stop(mgo_time_Timer* tm) { mgo_time_Timer_Stop(tm); }

void mgo_time_Ticker_Reset(mgo_time_Timer* tm, int64_t ns) {
  if (ns <= 0) mgo_runtime_panic_string("non-positive interval for Ticker.Reset");
  bool first;
  {
    RtLockGuard guard(timers_lock);
    heap_remove_locked(&tm->t);
    tm->t.when = when_after(ns);
    tm->t.period = ns;
    first = heap_add_locked(&tm->t);
  }
  ensure_timer_thread();
  if (first) kick_timer_thread();
}

int64_t mgo_time_nanotime(void) { return nanotime(); }
int64_t mgo_time_now_unix_nano(void) { return walltime_ns(); }

}  // extern "C"
