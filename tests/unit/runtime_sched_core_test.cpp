// runtime_sched_core_test.cpp — scheduler core: context switch cost, run queues, spawning many
// goroutines, GOMAXPROCS, Gosched, preemption by sysmon.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

#include "runtime/sched_internal.h"
#include "runtime_sched_support.h"

using namespace sched_test;
using namespace mgo::sched;

namespace {

double now_sec() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// Two raw contexts bouncing through mgo_ctx_switch (no scheduler involved).
void* main_sp;
void* other_sp;
long bounces_left;

void bouncer(void*) {
  while (bounces_left-- > 0) mgo_ctx_switch(&other_sp, main_sp);
  mgo_ctx_switch(&other_sp, main_sp);
}

}  // namespace

TEST_CASE("context switch: raw mgo_ctx_switch cost") {
  // Build a context by hand on a malloc'ed stack: frame of 6 callee-saved registers + entry.
  static char stack[64 * 1024] __attribute__((aligned(16)));
  auto* top = reinterpret_cast<uintptr_t*>(stack + sizeof stack);
  // mgo_ctx_entry expects r12 = G*; here we enter `bouncer` directly via a tiny trampoline frame:
  // [r15 r14 r13 r12 rbx rbp] then return into bouncer with an aligned stack.
  uintptr_t* frame = top - 8;
  for (int i = 0; i < 6; i++) frame[i] = 0;
  frame[6] = reinterpret_cast<uintptr_t>(&bouncer);
  frame[7] = 0;  // fake return address of bouncer (never used)
  other_sp = frame;
  const long n = 10'000'000;
  bounces_left = n;
  double t0 = now_sec();
  for (long i = 0; i < n; i++) mgo_ctx_switch(&main_sp, other_sp);
  double t1 = now_sec();
  mgo_ctx_switch(&main_sp, other_sp);  // let bouncer finish its loop (it parks forever after)
  double ns = (t1 - t0) * 1e9 / double(2 * n);
  MESSAGE("context switch: " << ns << " ns per switch (" << 2 * n << " switches)");
  CHECK(ns < 100);
}

TEST_CASE("run queue: FIFO ring, runnext, overflow to the global queue, stealing") {
  P* p = new P();
  P* thief = new P();
  std::vector<G*> gs;
  for (int i = 0; i < 300; i++) gs.push_back(new G());
  bool inherit = false;
  CHECK(runqempty(p));
  runqput(p, gs[0], true);  // runnext
  CHECK_FALSE(runqempty(p));
  runqput(p, gs[1], true);  // kicks gs[0] into the ring
  CHECK(runqget(p, &inherit) == gs[1]);
  CHECK(inherit);
  CHECK(runqget(p, &inherit) == gs[0]);
  CHECK_FALSE(inherit);
  CHECK(runqget(p, &inherit) == nullptr);

  // 300 > 256: half of the ring plus the new G go to the global queue.
  for (int i = 0; i < 300; i++) runqput(p, gs[i], false);
  int64_t global = sched.runqsize.load();
  CHECK(global == 129);
  int local = 0;
  std::vector<G*> order;
  while (G* g = runqget(p, &inherit)) order.push_back(g), local++;
  CHECK(local + global == 300);
  auto index_of = [&](G* g) { return std::find(gs.begin(), gs.end(), g) - gs.begin(); };
  CHECK(index_of(order.front()) == 128);  // the oldest half went to the global queue
  for (size_t i = 1; i < order.size(); i++) CHECK(index_of(order[i - 1]) < index_of(order[i]));  // FIFO
  // Drain the global queue again (FIFO too).
  sched.lock.lock();
  int drained = 0;
  while (sched.runq_head) {
    G* g = sched.runq_head;
    sched.runq_head = g->schedlink;
    drained++;
  }
  sched.runq_tail = nullptr;
  sched.runqsize.store(0);
  sched.lock.unlock();
  CHECK(drained == 129);

  // Stealing takes half (rounded up) and returns one of them.
  for (int i = 0; i < 10; i++) runqput(p, gs[i], false);
  G* stolen = runqsteal(thief, p, false);
  REQUIRE(stolen != nullptr);
  int thief_has = 1;
  while (runqget(thief, &inherit)) thief_has++;
  int victim_has = 0;
  while (runqget(p, &inherit)) victim_has++;
  CHECK(thief_has == 5);
  CHECK(victim_has == 5);
  // runnext is only stolen when asked to.
  runqput(p, gs[0], true);
  CHECK(runqsteal(thief, p, false) == nullptr);
  CHECK(runqsteal(thief, p, true) == gs[0]);
  for (G* g : gs) delete g;
  delete p;
  delete thief;
}

TEST_CASE("goroutines: 100,000 goroutines with a WaitGroup, GOMAXPROCS 1 and 4") {
  for_procs({1, 4}, [](int procs) {
    std::atomic<long> sum{0};
    double t0 = now_sec();
    run_go([&] {
      mgo_sync_WaitGroup wg{};
      for (long i = 0; i < 100000; i++) {
        mgo_sync_WaitGroup_Add(&wg, 1);
        go([&sum, &wg, i] {
          sum.fetch_add(i, std::memory_order_relaxed);
          mgo_sync_WaitGroup_Done(&wg);
        });
        mgo_sched_poll();
      }
      mgo_sync_WaitGroup_Wait(&wg);
    });
    double t1 = now_sec();
    CHECK(sum.load() == 100000L * 99999 / 2);
    MESSAGE("GOMAXPROCS=" << procs << ": 100k spawn+run+WaitGroup " << (t1 - t0) * 1e9 / 100000 << " ns per goroutine");
  });
}

TEST_CASE("goroutines: spawn cost (1M goroutines + WaitGroup, plain functions)") {
  for_procs({1, 4}, [](int procs) {
    static std::atomic<long> count;
    static mgo_sync_WaitGroup wg;
    count = 0;
    wg = {};
    double t0 = now_sec();
    run_go([] {
      struct Closure {
        void (*code)(void*);
      };
      static Closure c{[](void*) {
        count.fetch_add(1, std::memory_order_relaxed);
        mgo_sync_WaitGroup_Done(&wg);
      }};
      for (long i = 0; i < 1000000; i++) {
        mgo_sync_WaitGroup_Add(&wg, 1);
        mgo_go(&c);
        mgo_sched_poll();  // the back-edge poll compiled Go code has
      }
      mgo_sync_WaitGroup_Wait(&wg);
    });
    double t1 = now_sec();
    CHECK(count.load() == 1000000);
    MESSAGE("GOMAXPROCS=" << procs << ": 1M spawn+WaitGroup " << (t1 - t0) * 1e3 << " ms ("
                          << (t1 - t0) * 1e3 << " ns per goroutine)");
  });
}

TEST_CASE("GOMAXPROCS: query, change, NumGoroutine") {
  int64_t old = mgo_runtime_GOMAXPROCS(0);
  CHECK(old >= 1);
  CHECK(mgo_runtime_GOMAXPROCS(3) == old);
  CHECK(mgo_runtime_GOMAXPROCS(0) == 3);
  std::atomic<int> ran{0};
  run_go([&] {
    mgo_sync_WaitGroup wg{};
    for (int i = 0; i < 1000; i++) {
      mgo_sync_WaitGroup_Add(&wg, 1);
      go([&] {
        ran++;
        mgo_runtime_Gosched();
        mgo_sync_WaitGroup_Done(&wg);
      });
    }
    mgo_sync_WaitGroup_Wait(&wg);
  });
  CHECK(ran == 1000);
  CHECK(mgo_runtime_GOMAXPROCS(1) == 3);
  run_go([&] { CHECK(mgo_runtime_NumGoroutine() >= 1); });
}

TEST_CASE("preemption: sysmon stops a goroutine that runs for more than 10 ms") {
  mgo_runtime_GOMAXPROCS(1);
  std::atomic<bool> other_ran{false};
  std::atomic<long> polls{0};
  double t0 = now_sec(), t_other = 0;
  run_go([&] {
    mgo_sync_WaitGroup wg{};
    mgo_sync_WaitGroup_Add(&wg, 1);
    go([&] {
      t_other = now_sec();
      other_ran = true;
      mgo_sync_WaitGroup_Done(&wg);
    });
    // With one P the other goroutine can only run if this loop is preempted.
    while (!other_ran.load() && now_sec() - t0 < 5) {
      polls++;
      mgo_sched_poll();
    }
    mgo_sync_WaitGroup_Wait(&wg);
  });
  CHECK(other_ran);
  MESSAGE("preempted after " << (t_other - t0) * 1e3 << " ms");
  CHECK(t_other - t0 < 1.0);  // ~13 ms when the machine is not loaded (CTest runs in parallel)
  CHECK(t_other - t0 >= 0.005);
}
