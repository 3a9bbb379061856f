// runtime_sched_gc_test.cpp — the scheduler side of garbage collection: stop-the-world while 8
// goroutines "allocate" (loop with safe points), nothing runs while the world is stopped, every
// goroutine's stack (with a marker the goroutine keeps in a local) is reported as a root, pause
// latency; GOMAXPROCS changes under load.
#include <atomic>
#include <chrono>
#include <thread>

#include "runtime/sched_internal.h"
#include "runtime_sched_support.h"

using namespace sched_test;

namespace {

double now_sec() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

constexpr int kWorkers = 8;
constexpr uintptr_t kMarkerBase = 0xfeedface00000000ull;

std::atomic<long> progress[kWorkers];
std::atomic<bool> stop_workers;
std::atomic<int> workers_done;

// A goroutine that allocates: keeps a marker in a local (a "pointer" the GC must see on its stack)
// and reaches a safe point on every iteration, sometimes blocking on a channel or sleeping.
void start_allocators(mgo_chan* c) {
  for (int i = 0; i < kWorkers; i++) {
    go([i, c] {
      volatile uintptr_t marker = kMarkerBase + uintptr_t(i);
      long n = 0;
      while (!stop_workers.load(std::memory_order_relaxed)) {
        progress[i].fetch_add(1, std::memory_order_relaxed);
        if (++n % 4096 == 0) {
          if (i % 2) {
            int64_t v = i;
            mgo_chan_send(c, &v);  // buffered: blocks now and then
            mgo_chan_recv(c, &v);
          } else {
            mgo_time_Sleep(10000);
          }
        }
        mgo_sched_poll();
      }
      (void)marker;
      workers_done++;
    });
  }
}

struct RootScan {
  bool found[kWorkers] = {};
  int ranges = 0;
};
std::atomic<int> misaligned_ranges{0};

void scan_roots(void* lo, void* hi, void* ctx) {
  auto* s = static_cast<RootScan*>(ctx);
  s->ranges++;
  if ((reinterpret_cast<uintptr_t>(lo) | reinterpret_cast<uintptr_t>(hi)) & 7) misaligned_ranges++;
  for (auto* p = static_cast<uintptr_t*>(lo); p + 1 <= static_cast<uintptr_t*>(hi); p++) {
    uintptr_t v = *p;
    if (v >= kMarkerBase && v < kMarkerBase + kWorkers) s->found[v - kMarkerBase] = true;
  }
}

// One "collection": stop, check that nothing moves, scan, restart. Returns the stop latency.
double collect_once(bool* all_found, bool* frozen) {
  double t0 = now_sec();
  mgo_sched_stop_the_world();
  double t1 = now_sec();
  struct Mark {
    bool* all_found;
    bool* frozen;
  } mark{all_found, frozen};
  // The recommended shape: stop the world, then mark on the worker's system stack.
  mgo_sched_systemstack(
      [](void* arg) {
        auto* m = static_cast<Mark*>(arg);
        long snap[kWorkers];
        for (int i = 0; i < kWorkers; i++) snap[i] = progress[i].load();
        RootScan scan;
        mgo_sched_for_each_root(scan_roots, &scan);
        std::this_thread::sleep_for(std::chrono::microseconds(500));  // "marking"
        for (int i = 0; i < kWorkers; i++) {
          if (progress[i].load() != snap[i]) *m->frozen = false;
          if (!scan.found[i]) *m->all_found = false;
        }
      },
      &mark);
  mgo_sched_start_the_world();
  return t1 - t0;
}

void run_collections(int procs, bool from_goroutine) {
  for (auto& p : progress) p = 0;
  stop_workers = false;
  workers_done = 0;
  bool all_found = true, frozen = true;
  double max_pause = 0, sum_pause = 0;
  constexpr int kCollections = 50;
  auto body = [&] {
    for (int k = 0; k < kCollections; k++) {
      double pause = collect_once(&all_found, &frozen);
      sum_pause += pause;
      if (pause > max_pause) max_pause = pause;
      if (from_goroutine) mgo_time_Sleep(2000000);
      else std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
  };
  run_go([&] {
    static mgo_chan* c;
    c = make_chan(4);
    start_allocators(c);
    for (auto& p : progress)  // every allocator has its marker on its stack
      while (p.load() == 0) mgo_time_Sleep(100000);
    if (from_goroutine) body();
  });
  if (!from_goroutine) body();
  stop_workers = true;
  run_go([] {
    while (workers_done.load() < kWorkers) mgo_time_Sleep(100000);
  });
  CHECK(all_found);
  CHECK(frozen);
  CHECK(misaligned_ranges == 0);
  long total = 0;
  for (auto& p : progress) total += p.load();
  CHECK(total > 0);
  std::string where = from_goroutine ? "collector on a goroutine" : "collector outside";
  MESSAGE("GOMAXPROCS=" << procs << ", " << where
                        << ": stop-the-world latency avg " << sum_pause / kCollections * 1e6 << " us, max "
                        << max_pause * 1e6 << " us");
}

}  // namespace

TEST_CASE("stop-the-world: 8 allocating goroutines stop at safe points and are all scanned") {
  for_procs({1, 4}, [](int procs) {
    run_collections(procs, true);
    run_collections(procs, false);
  });
}

TEST_CASE("GOMAXPROCS changes while goroutines run") {
  for (auto& p : progress) p = 0;
  stop_workers = false;
  workers_done = 0;
  run_go([] {
    static mgo_chan* c;
    c = make_chan(4);
    start_allocators(c);
    for (int n : {1, 3, 2, 4, 1, 2}) {
      mgo_runtime_GOMAXPROCS(n);
      CHECK(mgo_runtime_GOMAXPROCS(0) == n);
      mgo_time_Sleep(5000000);
    }
    stop_workers = true;
    while (workers_done.load() < kWorkers) mgo_time_Sleep(100000);
  });
  for (auto& p : progress) CHECK(p.load() > 0);
}

TEST_CASE("systemstack: runs on the worker's own stack, the goroutine looks parked meanwhile") {
  for_procs({1, 4}, [](int) {
    run_go([] {
      static uintptr_t goroutine_local_addr;
      static bool ok;
      static bool root_seen;
      volatile uintptr_t marker = 0xabcdef0123456789ull;
      goroutine_local_addr = reinterpret_cast<uintptr_t>(&marker);
      ok = false;
      root_seen = false;
      mgo_sched_systemstack(
          [](void*) {
            volatile char big[256 * 1024];  // far more than a goroutine's first segment
            for (size_t i = 0; i < sizeof big; i += 4096) big[i] = char(i);
            uintptr_t here = reinterpret_cast<uintptr_t>(&big[0]);
            ok = here + 1024 * 1024 < goroutine_local_addr || here > goroutine_local_addr + 1024 * 1024;
            // While we are here the goroutine is saved like a parked one: the GC sees its stack.
            mgo_sched_for_each_root(
                [](void* lo, void* hi, void*) {
                  for (auto* p = static_cast<uintptr_t*>(lo); p + 1 <= static_cast<uintptr_t*>(hi); p++)
                    if (*p == 0xabcdef0123456789ull) root_seen = true;
                },
                nullptr);
          },
          nullptr);
      CHECK(ok);
      CHECK(root_seen);
      CHECK(marker == 0xabcdef0123456789ull);
    });
  });
}
