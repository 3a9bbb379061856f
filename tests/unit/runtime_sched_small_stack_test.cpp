// runtime_sched_small_stack_test.cpp — the 2 KiB first segments of compiled programs (stack.h):
// two parked goroutines share a page, deep recursion grows from a small slot, and the runtime
// called from a nearly full first segment (allocation, channels with parking, Gosched, deep_stack
// for stdio) never writes outside the slot: parked neighbours keep their frames and Gs intact.
//
// This file is compiled with -fsplit-stack (tests/CMakeLists.txt), like generated Go code and the
// runtime, so its goroutine bodies may run on small slots: every function checks its frame.
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <vector>

#include "runtime/sched_internal.h"
#include "runtime_sched_support.h"

using namespace sched_test;
using namespace mgo::sched;

namespace {

// Uses `n` levels of roughly 64-byte frames, then calls fn at the bottom.
__attribute__((noinline)) int64_t at_depth(int n, void (*fn)(void*), void* arg) {
  volatile char pad[24];
  pad[0] = char(n);
  if (n > 0) return at_depth(n - 1, fn, arg) + pad[0] * 0 + 1;
  fn(arg);
  return 1;
}

__attribute__((noinline)) int64_t recurse(int64_t n) {
  volatile char buf[200];
  buf[0] = char(n);
  if (n == 0) return 0;
  return recurse(n - 1) + 1 + buf[0] * 0;
}

// Goroutines spawned while it lives get small slots. Used inside run_go: the run_go goroutine
// itself keeps a large slot, because doctest's CHECK machinery is not split-stack code.
struct SmallStacks {
  SmallStacks() { stack_set_default_kind(StackKind::kSmall); }
  ~SmallStacks() { stack_set_default_kind(StackKind::kLarge); }
};

constexpr int kCanary = 0x5a;

// A parked goroutine with a canary array in its frame; checks the canary after the gate opens.
struct Neighbours {
  static constexpr int kN = 128;
  mgo_chan* gate = make_chan(0);
  mgo_sync_WaitGroup started{}, done{};
  std::atomic<int> intact{0};
  G* gs[kN] = {};
  int64_t goids[kN] = {};

  void start() {
    for (int i = 0; i < kN; i++) {
      mgo_sync_WaitGroup_Add(&started, 1);
      mgo_sync_WaitGroup_Add(&done, 1);
      go([this, i] {
        volatile char canary[64];
        for (auto& c : canary) c = char(kCanary + i);
        gs[i] = getg();
        goids[i] = gs[i]->goid;
        mgo_sync_WaitGroup_Done(&started);
        mgo_chan_recv(gate, nullptr);
        bool ok = getg() == gs[i] && gs[i]->goid == goids[i];
        for (auto& c : canary) ok = ok && c == char(kCanary + i);
        if (ok) intact++;
        mgo_sync_WaitGroup_Done(&done);
      });
    }
    mgo_sync_WaitGroup_Wait(&started);
    // Wait until every one is parked.
    for (int i = 0; i < kN; i++)
      while (gs[i]->status.load() != kGWaiting) mgo_runtime_Gosched();
  }
  void release() {
    mgo_chan_close(gate);
    mgo_sync_WaitGroup_Wait(&done);
  }
};

}  // namespace

TEST_CASE("small stacks: two parked goroutines per page, in their first segment") {
  run_go([] {
    SmallStacks small;
    auto* np = new Neighbours;
    Neighbours& n = *np;
    n.start();
    std::vector<uintptr_t> slots;
    int in_first_segment = 0;
    size_t max_used = 0;
    for (G* g : n.gs) {
      CHECK(g->stack_kind == StackKind::kSmall);
      if (g->stack == &g->first && g->first.next == nullptr) in_first_segment++;
      uintptr_t sp = reinterpret_cast<uintptr_t>(g->sp);
      max_used = std::max(max_used, size_t(reinterpret_cast<uintptr_t>(g) + sizeof(G) - sp));
      CHECK(sp > g->first.limit);  // parked with room to spare above the headroom
      slots.push_back(g->first.lo);
      CHECK(reinterpret_cast<uintptr_t>(g) + sizeof(G) <= g->first.lo + kSmallSlotSize);
    }
    CHECK(in_first_segment == Neighbours::kN);
    MESSAGE("parked goroutine: " << max_used << " bytes of its 2 KiB slot (G included)");
    std::sort(slots.begin(), slots.end());
    int shared_pages = 0;
    for (size_t i = 1; i < slots.size(); i++) {
      if (slots[i] - slots[i - 1] == kSmallSlotSize && (slots[i] & ~uintptr_t(4095)) == (slots[i - 1] & ~uintptr_t(4095)))
        shared_pages++;
    }
    CHECK(shared_pages >= Neighbours::kN / 2 - 2);
    n.release();
    CHECK(n.intact == Neighbours::kN);
    delete np;
  });
}

TEST_CASE("small stacks: deep recursion from a small slot grows and unwinds") {
  for_procs({1, 4}, [](int) {
    run_go([] {
      SmallStacks small;
      static std::atomic<int> good;
      good = 0;
      mgo_sync_WaitGroup wg{};
      for (int i = 0; i < 8; i++) {
        mgo_sync_WaitGroup_Add(&wg, 1);
        go([&wg, i] {
          G* g = getg();
          bool ok = g->stack_kind == StackKind::kSmall;
          ok = ok && recurse(20000 + i) == 20000 + i;  // ~5 MB of 250-byte frames
          ok = ok && g->stack == &g->first;           // back on the slot
          ok = ok && recurse(20000) == 20000;          // again, on the cached segments
          if (ok) good++;
          mgo_sync_WaitGroup_Done(&wg);
        });
      }
      mgo_sync_WaitGroup_Wait(&wg);
      CHECK(good == 8);
    });
  });
}

TEST_CASE("small stacks: the runtime called from a nearly full first segment stays inside it") {
  for_procs({1, 4}, [](int) {
    run_go([] {
      SmallStacks small;
      auto* before = new Neighbours;
      auto* after = new Neighbours;
      before->start();
      static mgo_chan* ping;
      static mgo_chan* pong;
      ping = make_chan(0);
      pong = make_chan(0);
      static std::atomic<int> rounds;
      rounds = 0;
      // A partner that parks and wakes the tester at every depth.
      go([] {
        int64_t v = 0;
        for (;;) {
          mgo_chan_recv(ping, &v);
          if (v < 0) break;
          mgo_chan_send(pong, &v);
        }
      });
      mgo_sync_WaitGroup wg{};
      static std::atomic<int> good;
      good = 0;
      for (int t = 0; t < 4; t++) {
        mgo_sync_WaitGroup_Add(&wg, 1);
        go([&wg] {
          bool ok = true;
          // Depth 0..60 walks the stack pointer through the whole slot, its headroom and onto
          // an extra segment, in steps smaller than any runtime frame.
          for (int d = 0; d < 60; d++) {
            at_depth(d, [](void* okp) {
              bool& ok = *static_cast<bool*>(okp);
              void* p = mgo_alloc_bytes(48, false);
              ok = ok && p != nullptr;
              int64_t v = 7, w = 0;
              mgo_chan_send(ping, &v);
              mgo_chan_recv(pong, &w);
              ok = ok && w == 7;
              mgo_runtime_Gosched();
              char buf[64];
              deep_stack([&] { std::snprintf(buf, sizeof buf, "%.3f %p", 3.25, static_cast<void*>(buf)); });
              ok = ok && buf[0] == '3';
              rounds++;
            }, &ok);
          }
          if (ok) good++;
          mgo_sync_WaitGroup_Done(&wg);
        });
      }
      after->start();
      mgo_sync_WaitGroup_Wait(&wg);
      int64_t stop = -1;
      mgo_chan_send(ping, &stop);
      CHECK(good == 4);
      CHECK(rounds == 4 * 60);
      before->release();
      after->release();
      CHECK(before->intact == Neighbours::kN);
      CHECK(after->intact == Neighbours::kN);
      delete before;
      delete after;
    });
  });
}
