// runtime_sched_stress_test.cpp — a randomized mix of every blocking operation (channel send and
// receive, select with and without default, Mutex, RWMutex, WaitGroup, Sleep, Gosched, spawning)
// across GOMAXPROCS changes and stop-the-worlds. Tokens circulate through channels; at the end
// every token must be accounted for exactly once and nothing may hang.
#include <atomic>
#include <chrono>
#include <vector>

#include "runtime_sched_support.h"

using namespace sched_test;

namespace {

constexpr int kChans = 6;
constexpr int kWorkers = 24;
constexpr int kTokens = 64;
constexpr int kSteps = 20000;

mgo_chan* chans[kChans];
mgo_sync_Mutex mu;
mgo_sync_RWMutex rw;
long guarded;  // changed under mu
long rw_guarded;
std::atomic<int> token_seen[kTokens];
std::atomic<long> ops;
std::atomic<long> mutex_sections, writer_sections;

uint64_t next_rand(uint64_t& s) {
  s ^= s << 13;
  s ^= s >> 7;
  s ^= s << 17;
  return s;
}

// Each worker holds at most one token at a time and passes it on; kTokens tokens exist.
void worker(int id, mgo_sync_WaitGroup* wg) {
  uint64_t rnd = 0x9E3779B97F4A7C15ull * uint64_t(id + 1);
  int64_t held = -1;
  for (int step = 0; step < kSteps; step++) {
    switch (next_rand(rnd) % 8) {
      case 0:
      case 1: {  // blocking-ish: select over a send (if holding) and receives, with a timeout
        int64_t in = -1;
        int a = int(next_rand(rnd) % kChans), b = int(next_rand(rnd) % kChans);
        mgo_chan* timeout = mgo_time_After(&kChanInt64Type, 200000);
        std::vector<mgo_select_case> cases;
        if (held >= 0) cases.push_back({chans[a], &held, MGO_SELECT_SEND});
        else cases.push_back({chans[a], &in, MGO_SELECT_RECV});
        cases.push_back({timeout, nullptr, MGO_SELECT_RECV});
        if (held < 0) cases.push_back({chans[b], &in, MGO_SELECT_RECV});
        bool ok;
        int64_t k = mgo_select(cases.data(), int64_t(cases.size()), false, &ok);
        if (cases[size_t(k)].dir == MGO_SELECT_SEND) held = -1;
        else if (cases[size_t(k)].c != timeout) held = in;
        break;
      }
      case 2: {  // non-blocking
        int a = int(next_rand(rnd) % kChans);
        int64_t in = -1;
        bool ok;
        mgo_select_case c[1] = {held >= 0 ? mgo_select_case{chans[a], &held, MGO_SELECT_SEND}
                                          : mgo_select_case{chans[a], &in, MGO_SELECT_RECV}};
        int64_t k = mgo_select(c, 1, true, &ok);
        if (k == 0) held = held >= 0 ? -1 : in;
        break;
      }
      case 3:
        mgo_sync_Mutex_Lock(&mu);
        guarded = guarded + 1;
        mutex_sections++;
        if (next_rand(rnd) % 16 == 0) mgo_runtime_Gosched();  // hold it across a switch
        mgo_sync_Mutex_Unlock(&mu);
        break;
      case 4:
        if (next_rand(rnd) % 4 == 0) {
          mgo_sync_RWMutex_Lock(&rw);
          rw_guarded = rw_guarded + 1;
          writer_sections++;
          mgo_sync_RWMutex_Unlock(&rw);
        } else {
          mgo_sync_RWMutex_RLock(&rw);
          (void)rw_guarded;
          mgo_sync_RWMutex_RUnlock(&rw);
        }
        break;
      case 5:
        mgo_time_Sleep(int64_t(next_rand(rnd) % 50000));
        break;
      case 6: {  // a short-lived helper goroutine joined through a channel
        mgo_chan* done = make_chan(0);
        go([done] {
          int64_t v = 1;
          mgo_chan_send(done, &v);
        });
        mgo_chan_recv(done, nullptr);
        break;
      }
      default:
        mgo_runtime_Gosched();
        break;
    }
    ops++;
    mgo_sched_poll();
  }
  // Park the token we still hold in a buffered channel (capacity covers every token).
  if (held >= 0) mgo_chan_send(chans[0], &held);
  mgo_sync_WaitGroup_Done(wg);
}

}  // namespace

TEST_CASE("stress: random blocking operations, GOMAXPROCS changes, stop-the-worlds") {
  for (auto& t : token_seen) t = 0;
  guarded = 0;
  rw_guarded = 0;
  ops = 0;
  mutex_sections = 0;
  writer_sections = 0;
  mgo_runtime_GOMAXPROCS(4);
  // The channels live in GC memory and are reachable only from this global array: a root (the
  // runtime's defer state links the collector into every runtime binary, and timers and channels
  // allocate enough to trigger collections here).
  static bool rooted = false;
  if (!rooted) mgo_gc_register_root(chans, sizeof chans);
  rooted = true;
  double t0 = std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
  run_go([] {
    chans[0] = make_chan(kTokens);  // big enough to park every token at the end
    for (int i = 1; i < kChans; i++) chans[i] = make_chan(i % 2 ? 0 : 2);
    for (int64_t t = 0; t < kTokens; t++) mgo_chan_send(chans[0], &t);
    mgo_sync_WaitGroup wg{};
    for (int i = 0; i < kWorkers; i++) {
      mgo_sync_WaitGroup_Add(&wg, 1);
      go([i, &wg] { worker(i, &wg); });
    }
    // Meanwhile: change GOMAXPROCS and stop the world now and then.
    mgo_sync_WaitGroup_Add(&wg, 1);
    go([&wg] {
      int procs[] = {1, 3, 2, 4, 1, 4};
      for (int round = 0; round < 12; round++) {
        mgo_runtime_GOMAXPROCS(procs[round % 6]);
        mgo_time_Sleep(3000000);
        mgo_sched_stop_the_world();
        mgo_sched_start_the_world();
      }
      mgo_runtime_GOMAXPROCS(4);
      mgo_sync_WaitGroup_Done(&wg);
    });
    mgo_sync_WaitGroup_Wait(&wg);
    // Collect every token: they are all buffered somewhere now.
    for (int i = 0; i < kChans; i++) {
      int64_t t;
      bool ok;
      for (;;) {
        mgo_select_case c[1] = {{chans[i], &t, MGO_SELECT_RECV}};
        if (mgo_select(c, 1, true, &ok) != 0) break;
        token_seen[t]++;
      }
    }
  });
  double el = std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count() - t0;
  int bad = 0;
  for (auto& t : token_seen) bad += t.load() != 1;
  CHECK(bad == 0);
  CHECK(ops == long(kWorkers) * kSteps);
  CHECK(guarded == mutex_sections.load());       // no lost update: mutual exclusion held
  CHECK(rw_guarded == writer_sections.load());
  MESSAGE(ops.load() << " random operations in " << el << " s; " << guarded << " mutex sections");
}
