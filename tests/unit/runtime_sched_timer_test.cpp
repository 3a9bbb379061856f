// runtime_sched_timer_test.cpp — time.Sleep parks goroutines (10,000 sleepers of 100 ms finish in
// about 100 ms), timers fire in deadline order, After/Tick/NewTimer/Stop/Reset/AfterFunc.
#include <atomic>
#include <chrono>
#include <vector>

#include "runtime_sched_support.h"

using namespace sched_test;

namespace {
constexpr int64_t kMs = 1000 * 1000;
double now_sec() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}
}  // namespace

TEST_CASE("time.Sleep: 10,000 goroutines sleeping 100 ms finish in about 100 ms") {
  // Warm-up: the first 10,000 goroutine stacks of a process cost a page fault each (~10-20 us in
  // this VM); measure the scheduler and the timers, not the kernel. With one P all 10,000 are
  // alive at once, so that is the warm-up that creates them all.
  mgo_runtime_GOMAXPROCS(1);
  run_go([] {
    mgo_sync_WaitGroup wg{};
    for (int i = 0; i < 10000; i++) {
      mgo_sync_WaitGroup_Add(&wg, 1);
      go([&wg] {
        mgo_time_Sleep(1000);
        mgo_sync_WaitGroup_Done(&wg);
      });
    }
    mgo_sync_WaitGroup_Wait(&wg);
  });
  for_procs({1, 4}, [](int procs) {
    double t0 = now_sec();
    run_go([] {
      mgo_sync_WaitGroup wg{};
      for (int i = 0; i < 10000; i++) {
        mgo_sync_WaitGroup_Add(&wg, 1);
        go([&wg] {
          mgo_time_Sleep(100 * kMs);
          mgo_sync_WaitGroup_Done(&wg);
        });
      }
      mgo_sync_WaitGroup_Wait(&wg);
    });
    double el = now_sec() - t0;
    MESSAGE("GOMAXPROCS=" << procs << ": 10,000 x Sleep(100ms) took " << el * 1e3 << " ms");
    CHECK(el >= 0.1);
    CHECK(el < 1.0);  // sequential sleeping would take 1000 s; ~110 ms unloaded with warm stacks
  });
}

TEST_CASE("time.Sleep: wake-ups come in deadline order, never before the deadline") {
  // With one P the timer heap's order is observable directly: expired timers make their
  // goroutines runnable in deadline order and the single P runs them in that order. With several
  // Ps on a loaded 2-core machine the OS may preempt a woken thread between its wake-up and the
  // mutex below, so there the guarantee checked is the one Go gives: no sleeper returns before
  // its deadline (measured on the monotonic clock), and all of them return.
  for_procs({1, 4}, [](int procs) {
    struct Wake {
      int delay_ms;
      int64_t started, woke;
    };
    static std::vector<Wake> order;
    static mgo_sync_Mutex mu;
    order.clear();
    run_go([] {
      mgo_sync_WaitGroup wg{};
      const int delays[] = {50, 10, 40, 20, 30, 5, 45, 15, 35, 25};
      for (int d : delays) {
        mgo_sync_WaitGroup_Add(&wg, 1);
        go([&wg, d] {
          int64_t started = mgo_time_nanotime();
          mgo_time_Sleep(d * kMs);
          int64_t woke = mgo_time_nanotime();
          mgo_sync_Mutex_Lock(&mu);
          order.push_back({d, started, woke});
          mgo_sync_Mutex_Unlock(&mu);
          mgo_sync_WaitGroup_Done(&wg);
        });
      }
      mgo_sync_WaitGroup_Wait(&wg);
    });
    REQUIRE(order.size() == 10);
    for (const Wake& w : order) CHECK(w.woke - w.started >= w.delay_ms * kMs);
    if (procs == 1)
      for (size_t i = 1; i < order.size(); i++) CHECK(order[i - 1].delay_ms < order[i].delay_ms);
    mgo_time_Sleep(0);  // not a goroutine, zero duration: returns at once
  });
}

TEST_CASE("time.After / time.Tick / NewTimer / Stop / Reset / AfterFunc") {
  run_go([] {
    double t0 = now_sec();
    int64_t before = mgo_time_now_unix_nano();
    mgo_chan* after = mgo_time_After(&kChanInt64Type, 20 * kMs);
    int64_t when = 0;
    mgo_chan_recv(after, &when);
    CHECK(now_sec() - t0 >= 0.02);
    CHECK(when >= before + 20 * kMs);  // the value is the wall-clock time of firing
    CHECK(mgo_chan_cap(after) == 1);

    // select with a timeout: the timer case wins over a silent channel.
    mgo_chan* silent = make_chan(0);
    int64_t v;
    mgo_select_case cases[2] = {{silent, &v, MGO_SELECT_RECV},
                                {mgo_time_After(&kChanInt64Type, 5 * kMs), &v, MGO_SELECT_RECV}};
    bool ok;
    CHECK(mgo_select(cases, 2, false, &ok) == 1);

    // Tick: periodic, about 10 ms apart.
    mgo_chan* tick = mgo_time_Tick(&kChanInt64Type, 10 * kMs);
    double t1 = now_sec();
    for (int i = 0; i < 5; i++) mgo_chan_recv(tick, &v);
    double el = now_sec() - t1;
    CHECK(el >= 0.045);
    CHECK(el < 0.5);
    CHECK(mgo_time_Tick(&kChanInt64Type, 0) == nullptr);

    // Stop before firing: nothing is ever sent.
    mgo_time_Timer* t = mgo_time_NewTimer(&kChanInt64Type, 10 * kMs);
    CHECK(mgo_time_Timer_Stop(t));
    CHECK_FALSE(mgo_time_Timer_Stop(t));
    mgo_time_Sleep(20 * kMs);
    CHECK(mgo_chan_len(*reinterpret_cast<mgo_chan**>(t)) == 0);
    // Reset re-arms.
    CHECK_FALSE(mgo_time_Timer_Reset(t, 5 * kMs));
    mgo_chan_recv(*reinterpret_cast<mgo_chan**>(t), &v);

    // AfterFunc runs its function in a new goroutine.
    static mgo_chan* fired;
    fired = make_chan(1);
    struct Closure {
      void (*code)(void*);
    };
    static Closure f{[](void*) {
      int64_t one = 1;
      mgo_chan_send(fired, &one);
    }};
    mgo_time_AfterFunc(5 * kMs, &f);
    mgo_chan_recv(fired, &v);
    CHECK(v == 1);
  });
}
