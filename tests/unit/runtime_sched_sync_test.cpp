// runtime_sched_sync_test.cpp — sync.Mutex, RWMutex, WaitGroup, Once, sync/atomic, under
// GOMAXPROCS 1 and 4; zero-initialised values; C layout sizes; contended Mutex throughput.
#include <atomic>
#include <chrono>

#include "runtime_sched_support.h"

using namespace sched_test;

namespace {
double now_sec() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}
}  // namespace

TEST_CASE("sync: C layouts match Go's sizes and work zero-initialised") {
  CHECK(sizeof(mgo_sync_Mutex) == 8);
  CHECK(sizeof(mgo_sync_RWMutex) == 24);
  CHECK(sizeof(mgo_sync_WaitGroup) == 16);
  CHECK(sizeof(mgo_sync_Once) == 12);
  run_go([] {
    mgo_sync_Mutex mu{};
    mgo_sync_Mutex_Lock(&mu);
    CHECK_FALSE(mgo_sync_Mutex_TryLock(&mu));
    mgo_sync_Mutex_Unlock(&mu);
    CHECK(mgo_sync_Mutex_TryLock(&mu));
    mgo_sync_Mutex_Unlock(&mu);
    CHECK(mu.state == 0);
    mgo_sync_WaitGroup wg{};
    mgo_sync_WaitGroup_Wait(&wg);  // zero counter: returns at once
  });
}

TEST_CASE("sync.Mutex: mutual exclusion with parking (8 goroutines), throughput") {
  // Same shape as the Go benchmark: 8 goroutines x 1M { Lock; counter++; Unlock }. counter++ is
  // not atomic, so any failure of mutual exclusion loses increments.
  for_procs({1, 4}, [](int procs) {
    static mgo_sync_Mutex mu;
    static long counter;
    counter = 0;
    constexpr int kG = 8, kIters = 1000000;
    double t0 = now_sec();
    run_go([] {
      mgo_sync_WaitGroup wg{};
      for (int g = 0; g < kG; g++) {
        mgo_sync_WaitGroup_Add(&wg, 1);
        go([&wg] {
          for (int i = 0; i < kIters; i++) {
            mgo_sync_Mutex_Lock(&mu);
            counter = counter + 1;
            mgo_sync_Mutex_Unlock(&mu);
            mgo_sched_poll();  // the back-edge poll of compiled code
          }
          mgo_sync_WaitGroup_Done(&wg);
        });
      }
      mgo_sync_WaitGroup_Wait(&wg);
    });
    double t1 = now_sec();
    CHECK(counter == long(kG) * kIters);
    MESSAGE("GOMAXPROCS=" << procs << ": 8 goroutines x 1M Lock/Unlock " << (t1 - t0) * 1e3 << " ms ("
                          << (t1 - t0) * 1e9 / (kG * kIters) << " ns/op)");
  });
}

TEST_CASE("sync.Mutex: a blocked Lock parks the goroutine, not the thread") {
  mgo_runtime_GOMAXPROCS(1);
  run_go([] {
    static mgo_sync_Mutex mu;
    static std::atomic<int> step;
    step = 0;
    mgo_sync_Mutex_Lock(&mu);
    mgo_sync_WaitGroup wg{};
    mgo_sync_WaitGroup_Add(&wg, 1);
    go([&wg] {
      step = 1;
      mgo_sync_Mutex_Lock(&mu);  // parks: with one P, main must get to run again
      step = 3;
      mgo_sync_Mutex_Unlock(&mu);
      mgo_sync_WaitGroup_Done(&wg);
    });
    while (step.load() != 1) mgo_runtime_Gosched();
    step = 2;
    mgo_sync_Mutex_Unlock(&mu);
    mgo_sync_WaitGroup_Wait(&wg);
    CHECK(step == 3);
  });
}

TEST_CASE("sync.RWMutex: readers share, writers exclude") {
  for_procs({1, 4}, [](int) {
    static mgo_sync_RWMutex rw;
    static std::atomic<int> readers, writers, max_readers, bad;
    static long value;
    readers = writers = max_readers = bad = 0;
    value = 0;
    run_go([] {
      mgo_sync_WaitGroup wg{};
      for (int g = 0; g < 8; g++) {
        mgo_sync_WaitGroup_Add(&wg, 1);
        go([&wg, g] {
          for (int i = 0; i < 20000; i++) {
            if ((i + g) % 10 == 0) {
              mgo_sync_RWMutex_Lock(&rw);
              if (writers.fetch_add(1) != 0 || readers.load() != 0) bad++;
              value++;
              writers.fetch_sub(1);
              mgo_sync_RWMutex_Unlock(&rw);
            } else {
              mgo_sync_RWMutex_RLock(&rw);
              int r = readers.fetch_add(1) + 1;
              int m = max_readers.load();
              while (r > m && !max_readers.compare_exchange_weak(m, r)) {
              }
              if (writers.load() != 0) bad++;
              if (i % 64 == 0) mgo_runtime_Gosched();  // hold the read lock across a switch
              readers.fetch_sub(1);
              mgo_sync_RWMutex_RUnlock(&rw);
            }
          }
          mgo_sync_WaitGroup_Done(&wg);
        });
      }
      mgo_sync_WaitGroup_Wait(&wg);
    });
    CHECK(bad == 0);
    CHECK(value == 8 * 2000);
    CHECK(max_readers > 1);
  });
  run_go([] {
    mgo_sync_RWMutex rw{};
    CHECK(mgo_sync_RWMutex_TryRLock(&rw));
    CHECK_FALSE(mgo_sync_RWMutex_TryLock(&rw));
    mgo_sync_RWMutex_RUnlock(&rw);
    CHECK(mgo_sync_RWMutex_TryLock(&rw));
    CHECK_FALSE(mgo_sync_RWMutex_TryRLock(&rw));
    mgo_sync_RWMutex_Unlock(&rw);
  });
}

TEST_CASE("sync.WaitGroup: Wait blocks until Done brings the counter to zero; reuse") {
  for_procs({1, 4}, [](int) {
    run_go([] {
      static std::atomic<int> finished;
      mgo_sync_WaitGroup wg{};
      for (int round = 0; round < 3; round++) {
        finished = 0;
        mgo_sync_WaitGroup_Add(&wg, 50);
        for (int i = 0; i < 50; i++) go([&wg] {
            mgo_time_Sleep(100000);
            finished++;
            mgo_sync_WaitGroup_Done(&wg);
          });
        // Several waiters at once.
        mgo_sync_WaitGroup w2{};
        mgo_sync_WaitGroup_Add(&w2, 3);
        for (int i = 0; i < 3; i++) go([&wg, &w2] {
            mgo_sync_WaitGroup_Wait(&wg);
            CHECK(finished.load() == 50);
            mgo_sync_WaitGroup_Done(&w2);
          });
        mgo_sync_WaitGroup_Wait(&wg);
        CHECK(finished.load() == 50);
        mgo_sync_WaitGroup_Wait(&w2);
      }
    });
  });
}

TEST_CASE("sync.Once: f runs exactly once, everybody returns after it finished") {
  for_procs({1, 4}, [](int) {
    static mgo_sync_Once once;
    static std::atomic<int> calls, early;
    static std::atomic<bool> finished;
    once = {};
    calls = early = 0;
    finished = false;
    struct Closure {
      void (*code)(void*);
    };
    static Closure f{[](void*) {
      calls++;
      mgo_time_Sleep(1000000);
      finished = true;
    }};
    run_go([] {
      mgo_sync_WaitGroup wg{};
      for (int i = 0; i < 16; i++) {
        mgo_sync_WaitGroup_Add(&wg, 1);
        go([&wg] {
          mgo_sync_Once_Do(&once, &f);
          if (!finished) early++;
          mgo_sync_WaitGroup_Done(&wg);
        });
      }
      mgo_sync_WaitGroup_Wait(&wg);
    });
    CHECK(calls == 1);
    CHECK(early == 0);
  });
}

TEST_CASE("sync/atomic: Add, Load, Store, Swap, CompareAndSwap from many goroutines") {
  for_procs({1, 4}, [](int) {
    static int32_t a32;
    static int64_t a64;
    static uint64_t u64;
    static int64_t cas_wins;
    a32 = 0;
    a64 = 0;
    u64 = 0;
    cas_wins = 0;
    run_go([] {
      mgo_sync_WaitGroup wg{};
      for (int g = 0; g < 8; g++) {
        mgo_sync_WaitGroup_Add(&wg, 1);
        go([&wg] {
          for (int i = 0; i < 10000; i++) {
            mgo_atomic_AddInt32(&a32, 1);
            mgo_atomic_AddInt64(&a64, 2);
            mgo_atomic_AddUint64(&u64, 3);
            for (;;) {
              int64_t old = mgo_atomic_LoadInt64(&cas_wins);
              if (mgo_atomic_CompareAndSwapInt64(&cas_wins, old, old + 1)) break;
            }
          }
          mgo_sync_WaitGroup_Done(&wg);
        });
      }
      mgo_sync_WaitGroup_Wait(&wg);
    });
    CHECK(mgo_atomic_LoadInt32(&a32) == 80000);
    CHECK(mgo_atomic_LoadInt64(&a64) == 160000);
    CHECK(mgo_atomic_LoadUint64(&u64) == 240000);
    CHECK(cas_wins == 80000);
  });
  int64_t x = 5;
  CHECK(mgo_atomic_SwapInt64(&x, 7) == 5);
  CHECK_FALSE(mgo_atomic_CompareAndSwapInt64(&x, 5, 9));
  mgo_atomic_StoreInt64(&x, 11);
  CHECK(x == 11);
  uint32_t u = 0;
  CHECK(mgo_atomic_AddUint32(&u, uint32_t(-1)) == 0xffffffffu);  // Go's AddUint32(&x, ^uint32(0))
}

extern "C" {
int64_t mgo_atomic_Int64_Add(int64_t* p, int64_t delta);
int64_t mgo_atomic_Int64_Load(int64_t* p);
bool mgo_atomic_Int64_CompareAndSwap(int64_t* p, int64_t old, int64_t nw);
uint32_t mgo_atomic_Uint32_Swap(uint32_t* p, uint32_t v);
bool mgo_atomic_Bool_Load(uint32_t* p);
void mgo_atomic_Bool_Store(uint32_t* p, bool v);
bool mgo_atomic_Bool_Swap(uint32_t* p, bool v);
bool mgo_atomic_Bool_CompareAndSwap(uint32_t* p, bool old, bool nw);
uint64_t mgo_atomic_AddUintptr(uint64_t* p, uint64_t delta);
}

TEST_CASE("sync/atomic: Go 1.19 atomic types (methods on the value in memory)") {
  int64_t n = 0;  // atomic.Int64
  run_go([&n] {
    mgo_sync_WaitGroup wg{};
    for (int g = 0; g < 4; g++) {
      mgo_sync_WaitGroup_Add(&wg, 1);
      go([&n, &wg] {
        for (int i = 0; i < 1000; i++) mgo_atomic_Int64_Add(&n, 3);
        mgo_sync_WaitGroup_Done(&wg);
      });
    }
    mgo_sync_WaitGroup_Wait(&wg);
  });
  CHECK(mgo_atomic_Int64_Load(&n) == 12000);
  CHECK(mgo_atomic_Int64_CompareAndSwap(&n, 12000, 1));
  CHECK_FALSE(mgo_atomic_Int64_CompareAndSwap(&n, 12000, 2));
  uint32_t u = 4;
  CHECK(mgo_atomic_Uint32_Swap(&u, 9) == 4);
  uint32_t flag = 0;  // atomic.Bool
  CHECK_FALSE(mgo_atomic_Bool_Load(&flag));
  mgo_atomic_Bool_Store(&flag, true);
  CHECK(flag == 1);
  CHECK(mgo_atomic_Bool_Swap(&flag, false));
  CHECK(mgo_atomic_Bool_CompareAndSwap(&flag, false, true));
  CHECK(mgo_atomic_Bool_Load(&flag));
  uint64_t up = 1;
  CHECK(mgo_atomic_AddUintptr(&up, 2) == 3);
}
