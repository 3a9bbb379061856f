// sched_internal.h — internal interface of the M:N goroutine scheduler (sched*.cpp), shared with chan.cpp,
// select.cpp, sync_*.cpp, timer.cpp. Go's runtime2.go in miniature.
//
// Model (docs/RUNTIME.md "Scheduler"):
//   G  a goroutine: saved sp, stack segments, status, wait reason, links. Lives at the top of its
//      stack slot (2 KiB for compiled programs, see stack.h); never freed, recycled through per-P
//      and global free lists.
//   P  a worker = one OS thread + one processor: local run queue (lock-free ring of 256 + runnext),
//      its scheduler context ("g0": the thread's own stack) and caches. mgo has no blocking system
//      calls to hand a P off around, so each P keeps its thread for life (M == P). GOMAXPROCS Ps
//      run Go code; Ps with id >= GOMAXPROCS sleep ("retired") until GOMAXPROCS grows again.
//   sched  global run queue, idle P list, spinning count, stop-the-world state, all-G list.
//
// Invariants:
//   * A G is in exactly one of: running on one P (p->curg), a run queue (local ring, runnext or the
//     global queue), parked (status kWaiting, reachable only through the object it waits on), or a
//     free list (kDead).
//   * A G's saved sp (g->sp) is valid whenever status != kRunning (and while it sits on a system
//     stack inside systemstack()).
//   * Only the owner P pushes to its local ring (tail); any P may steal (CAS on head).
//   * If there is runnable work and an idle P, at least one P is spinning or will be woken (the
//     wakep / spinning protocol of Go's proc.go, see sched.cpp).
// Thread-local state: the worker's P is kept in a thread_local and must be re-read after anything
// that can switch goroutines (a goroutine may resume on another thread). Use getp(), never cache it
// across park()/yield()/a channel operation.
#pragma once
#include <atomic>
#include <cstddef>
#include <cstdint>

#include "sched_lock.h"
#include "stack.h"

namespace mgo::sched {

inline constexpr int kMaxProcs = 256;
inline constexpr uint32_t kRunqSize = 256;
inline constexpr uintptr_t kPreemptMark = ~uintptr_t(0);  // %fs:0x70 value that requests preemption
inline constexpr int64_t kTimeSlice = 10 * 1000 * 1000;  // 10 ms, like Go's forcePreemptNS

enum GStatus : uint32_t { kGIdle = 0, kGRunnable, kGRunning, kGWaiting, kGDead };

// Go 1.19's waitReason strings (runtime2.go), as printed in goroutine headers.
enum WaitReason : uint8_t {
  kWaitNone = 0,
  kWaitChanReceiveNilChan,
  kWaitChanSendNilChan,
  kWaitSelect,
  kWaitSelectNoCases,
  kWaitChanReceive,
  kWaitChanSend,
  kWaitSemacquire,
  kWaitSleep,
};
const char* wait_reason_string(WaitReason r);

struct Sudog;

struct alignas(64) G {
  void* sp = nullptr;            // saved context (see context_amd64.S) while not running
  StackSeg* stack = nullptr;     // current segment
  std::atomic<uint32_t> status{kGIdle};
  WaitReason wait_reason = kWaitNone;
  bool is_main = false;          // goroutine 1 of a program started by mgo_sched_main
  bool on_system_stack = false;  // inside systemstack(): sp is valid although running
  StackKind stack_kind = StackKind::kLarge;  // kind of its slot (stack.h)
  int64_t goid = 0;
  G* schedlink = nullptr;        // global run queue / free list link
  G* alllink = nullptr;          // all-G list (never unlinked)
  void (*entry)(void*) = nullptr;
  void* entry_arg = nullptr;     // scanned by the GC (it lies inside the slot range)
  void* param = nullptr;         // wakeup parameter set by the waker before ready()
  Sudog* waiting = nullptr;      // sudogs of a blocked select, in lock order
  std::atomic<uint32_t> select_done{0};
  void* core[4] = {};            // owned by runtime-core (defer stack, panic state): see abi notes
  StackSeg first;                // the slot's own segment
};

struct alignas(64) P {
  int32_t id = 0;
  enum Status : uint32_t { kRunning = 0, kIdle, kStopped, kRetired };
  std::atomic<uint32_t> status{kRunning};
  G* curg = nullptr;             // goroutine running on this P (nullptr on g0)
  void* g0_sp = nullptr;         // saved scheduler context while a goroutine runs
  uintptr_t tcb = 0;             // worker thread's thread pointer (to write its %fs:0x70)
  std::atomic<uint32_t> preempt{0};     // sysmon asks the running goroutine to yield
  std::atomic<uint64_t> schedtick{0};   // +1 per goroutine switched in (sysmon watches it)
  bool spinning = false;         // looking for work (counted in sched.nmspinning)
  bool stw_was_idle = false;     // it was idle when the world stopped (under sched.lock)
  Note note;                     // idle / stopped sleep
  P* idle_link = nullptr;
  uint64_t rand_state = 0;
  int64_t goid_next = 0, goid_end = 0;
  G* gfree = nullptr;            // dead Gs (with their slot) for reuse
  int32_t ngfree = 0;
  int32_t locks = 0;             // >0: inside a runtime critical section, don't preempt

  // Request from the running goroutine to its g0, set just before switching there.
  enum Action : uint32_t { kActNone = 0, kActPark, kActYield, kActExit };
  Action action = kActNone;
  bool (*park_commit)(G*, void*) = nullptr;
  void* park_arg = nullptr;

  void* worker_local[8] = {};    // per-worker slots for other runtime parts (malloc caches)

  alignas(64) std::atomic<uint32_t> runqhead{0};
  alignas(64) std::atomic<uint32_t> runqtail{0};
  std::atomic<G*> runnext{nullptr};
  std::atomic<G*> runq[kRunqSize] = {};
};

struct Sched {
  RtLock lock;                   // protects: global runq, idle list, stop-the-world bookkeeping
  G* runq_head = nullptr;
  G* runq_tail = nullptr;
  std::atomic<int64_t> runqsize{0};
  P* pidle = nullptr;
  std::atomic<int32_t> npidle{0};
  std::atomic<int32_t> nmspinning{0};
  std::atomic<int32_t> gomaxprocs{0};
  std::atomic<int32_t> nprocs{0};        // Ps (and worker threads) created so far
  std::atomic<P*> allp[kMaxProcs] = {};
  std::atomic<bool> started{false};
  bool program_mode = false;             // started by mgo_sched_main: deadlock => exit 2

  // stop the world
  RtLock stw_lock;                       // serialises stop-the-world requesters
  std::atomic<uint32_t> gcwaiting{0};
  int32_t stopwait = 0;                  // under lock
  Note stopnote;

  // goroutines
  RtLock gflock;                         // global free list
  G* gfree = nullptr;
  int64_t ngfree = 0;
  RtLock allglock;
  G* allg = nullptr;
  G* allg_tail = nullptr;
  std::atomic<int64_t> ngoroutines{0};   // live (not dead) goroutines
  std::atomic<int64_t> next_goid{5};     // ids 2..4 belong to Go's own runtime goroutines

  std::atomic<int64_t> external_waiters{0};  // OS threads blocked in run_goroutine_and_wait
};

extern Sched sched;

// --- current state (re-read after any switch) ---
P* getp();                    // the calling worker's P, nullptr off worker threads
G* getg();                    // the running goroutine, nullptr on g0 / other threads

// --- goroutine life cycle (sched.cpp) ---
G* spawn(void (*fn)(void*), void* arg);   // newproc: runnable, put in runnext of the current P
                                          // (slot kind: stack_default_kind())
[[noreturn]] void goexit();

// park: the current goroutine stops. After its context is saved and we are on g0, commit(g, arg)
// runs; if it returns false the goroutine resumes immediately, otherwise it stays parked until
// someone calls ready(g). commit typically releases the lock protecting the wait queue the G was
// put on — so a waker (who must take that lock) can only find the G once it is fully parked.
void park(bool (*commit)(G*, void*), void* arg, WaitReason reason);
void park_unlock(RtLock* lock, WaitReason reason);  // park with commit = lock->unlock()
void ready(G* g);             // kWaiting -> kRunnable, into the current P's runnext (or global)
void ready_batch_from_outside(G* list);  // non-worker threads: push to the global queue + wake Ps
void yield();                 // runtime.Gosched: back of the global queue
void systemstack(void (*fn)(void*), void* arg);  // run fn on the worker's own stack

uint32_t fastrand();          // per-P xorshift (any thread)
uint32_t fastrandn(uint32_t n);

// --- start-up and configuration (sched.cpp) ---
[[noreturn]] void start_program(void (*main_fn)(void));  // this thread becomes P0; main is goroutine 1
void run_and_wait(void (*fn)(void*), void* arg);  // embedded use (tests): run fn as a goroutine, wait
int32_t set_gomaxprocs(int32_t n);                // runtime.GOMAXPROCS (n <= 0: query)
int32_t ncpu();                                   // runtime.NumCPU: CPUs this process may use
void create_missing_procs();                      // after GOMAXPROCS grew (stw_lock held)

// --- run queues (sched_runq.cpp) ---
void runqput(P* p, G* g, bool next);
G* runqget(P* p, bool* inherit_time);
bool runqempty(P* p);
G* runqsteal(P* p, P* victim, bool steal_runnext);
void globrunqput_locked(G* g);           // sched.lock held
void globrunqputbatch_locked(G* head, G* tail, int64_t n);
G* globrunqget_locked(P* p, int32_t max); // sched.lock held; moves a batch into p's ring

// --- idle / wake (sched.cpp) ---
void wakep();
void wake_idle_p();            // from any thread: wake one idle P as a spinner if there is one

// --- stop the world (sched_stw.cpp) ---
void stop_the_world();        // all Ps except the caller's stopped at safe points on return
void start_the_world();
bool gc_stop_requested();
void gcstop_self(P* p);       // a worker parks itself for a stop-the-world (g0 only)

// --- preemption (sched_preempt.cpp) ---
void preempt_serve();         // called on a goroutine when %fs:0x70 == kPreemptMark or flag set
void sysmon_start();
void request_preempt(P* p);

// --- deadlock / fatal (sched_deadlock.cpp) ---
void checkdead_locked();      // sched.lock held; exits 2 if nothing can ever run again
void checkdead_from_outside(); // no lock held, not a worker: the same check if every P is idle
[[noreturn]] void fatal(const char* msg);       // "fatal error: msg", goroutine header, exit 2
[[noreturn]] void fatal_stack_overflow(G* g, uintptr_t sp);
void print_goroutine_headers(G* first);         // "goroutine N [reason]:" for all live Gs

// --- timers (timer.cpp) ---
int64_t timers_pending();     // armed timers + timers being fired

// --- small printing helpers (no allocation; write(2) to stderr) ---
void rt_write(const char* s);
void rt_write_int(int64_t v);
void rt_write_hex(uint64_t v);

}  // namespace mgo::sched

extern "C" void mgo_sched_goroutine_main(mgo::sched::G* g);
