// gc.cpp — stop-the-world, non-moving mark-sweep collection of the heap described in heap.h.
//
// Roots: ranges registered with mgo_gc_register_root (package variables, runtime globals); before
// the scheduler starts, the calling thread's stack from its stack pointer up to its top (registers
// are spilled onto it first with __builtin_unwind_init + setjmp); once goroutines run, every
// goroutine's stack (all segments, saved registers) and the timer heap, reported by the scheduler
// through mgo_sched_for_each_root (weak: absent when the scheduler is not linked in).
// Roots and heap objects are scanned conservatively: any aligned word whose value points into an
// allocated object (interior pointers included) keeps that object alive. Objects in noscan spans
// (types without pointers) are marked but never scanned.
// Marking uses an explicit mark stack (no recursion, so a million-node list is fine); sweeping
// turns each span's mark bitmap into its allocation bitmap, frees empty spans, puts spans with
// free slots on the central partial lists, and then returns free memory beyond the next heap
// goal to the OS (mheap.cpp).
//
// Pacing (Go's GOGC): the next collection starts when live bytes (allocated slots plus the free
// space of spans cached by allocating threads) reach
//   max(4 MB, marked * (1 + GOGC/100)).   GOGC=off (or negative) disables collection.
// GODEBUG=gctrace=1 prints one line per collection on stderr:
//   gc N @T s: BEFORE->AFTER MB, GOAL MB goal, P ms pause, F objects freed
// N counts collections from 1; T is seconds since start-up; BEFORE is the live heap when the
// collection started, AFTER what marking kept, GOAL the next trigger (MB = 2^20 bytes, rounded
// down); P is the whole stop-the-world pause in milliseconds; F the number of objects swept.
//
// Invariant: collectLocked runs with heapLock held and the world stopped (mgo_sched_gc_cycle:
// every other goroutine parked at a safe point, marking on the worker's system stack); it never
// allocates GC memory. Once the scheduler runs, thread stacks are not roots: goroutine stacks are.
#include <pthread.h>
#include <setjmp.h>
#include <time.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "abi.h"
#include "stack.h"
#include "heap.h"

extern "C" {
// Provided by the scheduler (sched_abi.cpp); weak so that the heap works without it.
__attribute__((weak)) void mgo_sched_for_each_root(void (*fn)(void* lo, void* hi, void* ctx), void* ctx);
__attribute__((weak)) bool mgo_sched_started(void);
__attribute__((weak)) void mgo_sched_gc_cycle(void (*collect)(void*), void* arg);
// Provided by escape_check.cpp in --check-escape programs: the live checked frames are roots.
__attribute__((weak)) void mgo_escape_check_for_each_root(void (*fn)(void* lo, void* hi, void* ctx), void* ctx);
}

namespace mgo::rt {

namespace {

struct RootRange {
  uintptr_t lo, hi;
};
std::vector<RootRange> roots;
std::vector<uintptr_t> markStack;
double startSeconds = 0;
__attribute__((tls_model("initial-exec"))) thread_local uintptr_t threadStackTop = 0;

struct CycleResult {
  uint64_t before, after, goal, freed;
};
CycleResult lastCycle;

double nowSeconds() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

inline void markWord(uintptr_t p) {
  if (p - heapBase >= heapEnd - heapBase) return;  // also rejects p < heapBase
  Span* s = pageMap[(p - heapBase) >> kPageShift];
  if (!s || !s->inUse) return;
  uint64_t idx = s->sizeClass ? (uint64_t(p - s->start) * s->divMagic) >> 32 : 0;
  if (idx >= s->nelems) return;
  uint64_t bit = uint64_t(1) << (idx % 64);
  uint64_t& markWordRef = s->markBits[idx / 64];
  if (!(s->allocBits[idx / 64] & bit) || (markWordRef & bit)) return;
  markWordRef |= bit;
  if (!s->noscan) markStack.push_back(s->start + idx * s->elemSize);
}

void scanRange(uintptr_t lo, uintptr_t hi) {
  lo = (lo + 7) & ~uintptr_t(7);
  for (uintptr_t p = lo; p + 8 <= hi; p += 8) markWord(*reinterpret_cast<const uintptr_t*>(p));
}

void drainMarkStack() {
  while (!markStack.empty()) {
    uintptr_t obj = markStack.back();
    markStack.pop_back();
    Span* s = pageMap[(obj - heapBase) >> kPageShift];
    scanRange(obj, obj + s->elemSize);
  }
}

void scanRootCallback(void* lo, void* hi, void*) {
  scanRange(reinterpret_cast<uintptr_t>(lo), reinterpret_cast<uintptr_t>(hi));
}

__attribute__((noinline)) void scanCurrentStack() {
  __builtin_unwind_init();  // callee-saved registers are spilled into this frame
  jmp_buf registers;
  setjmp(registers);
  uintptr_t sp = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  uintptr_t top = currentThreadStackTop();
  if (top > sp) scanRange(sp, top);
  scanRange(reinterpret_cast<uintptr_t>(&registers), reinterpret_cast<uintptr_t>(&registers + 1));
  asm volatile("" ::: "memory");
}

// Returns the number of objects freed; recomputes liveBytes.
uint64_t sweep() {
  uint64_t freedObjects = 0;
  uint64_t live = 0;
  resetPartialListsLocked();
  size_t kept = 0;
  std::vector<Span*> dead;
  for (Span* s : allSpans) {
    size_t words = (s->nelems + 63) / 64;
    uint32_t count = 0;
    uint64_t freedHere = 0;
    for (size_t w = 0; w < words; ++w) {
      uint64_t before = s->allocBits[w];
      uint64_t after = before & s->markBits[w];
      freedHere += uint64_t(__builtin_popcountll(before ^ after));
      s->allocBits[w] = after;
      s->markBits[w] = 0;
      count += uint32_t(__builtin_popcountll(after));
    }
    freedObjects += freedHere;
    s->allocCount = count;
    if (count == 0) {
      dead.push_back(s);
      continue;
    }
    if (freedHere) s->needZero = true;
    s->freeIndex = 0;
    live += uint64_t(count) * s->elemSize;
    allSpans[kept++] = s;
    if (count < s->nelems) addPartialLocked(s);
  }
  allSpans.resize(kept);
  for (Span* s : dead) freeSpanLocked(s);
  heapStats.liveBytes = live;
  return freedObjects;
}

}  // namespace

uintptr_t currentThreadStackTop() {
  if (threadStackTop) return threadStackTop;
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    void* addr = nullptr;
    size_t size = 0;
    if (pthread_attr_getstack(&attr, &addr, &size) == 0) threadStackTop = reinterpret_cast<uintptr_t>(addr) + size;
    pthread_attr_destroy(&attr);
  }
  return threadStackTop;
}

void collectLocked() {
  flushAllCachesLocked();
  uint64_t before = heapStats.liveBytes;
  for (const RootRange& r : roots) scanRange(r.lo, r.hi);
  bool goroutines = mgo_sched_started && mgo_sched_started();
  if (!goroutines) scanCurrentStack();
  if (goroutines && mgo_sched_for_each_root) mgo_sched_for_each_root(scanRootCallback, nullptr);
  if (mgo_escape_check_for_each_root) mgo_escape_check_for_each_root(scanRootCallback, nullptr);
  drainMarkStack();
  uint64_t freed = sweep();
  heapStats.markedBytes = heapStats.liveBytes;
  uint64_t goal = heapStats.markedBytes + heapStats.markedBytes / 100 * uint64_t(gcPercent < 0 ? 0 : gcPercent);
  heapStats.nextGC = goal < kMinHeapGoal ? kMinHeapGoal : goal;
  heapStats.numGC++;
  heapStats.freedObjects += freed;
  releaseFreeMemoryLocked(heapStats.nextGC - heapStats.liveBytes);
  lastCycle = CycleResult{before, heapStats.liveBytes, heapStats.nextGC, freed};
}

// A whole collection: stop the world, collect under heapLock on the system stack, start the
// world. onlyIfDue: an allocation found the heap over its goal; skip if a collection by another
// goroutine already brought it back under. No lock held on entry.
void runCollection(bool onlyIfDue) {
  struct Request {
    bool onlyIfDue;
    bool ran;
  } request{onlyIfDue, false};
  auto collect = [](void* arg) {
    auto* r = static_cast<Request*>(arg);
    heapLock();
    if (!r->onlyIfDue || (gcPercent >= 0 && heapStats.liveBytes >= heapStats.nextGC)) {
      collectLocked();
      r->ran = true;
    }
    heapUnlock();
  };
  double t0 = nowSeconds();
  if (startSeconds == 0) startSeconds = t0;
  if (mgo_sched_gc_cycle) mgo_sched_gc_cycle(collect, &request);
  else collect(&request);
  double t1 = nowSeconds();
  if (!request.ran) return;
  heapStats.pauseNanosTotal += uint64_t((t1 - t0) * 1e9);
  if (gcTrace) mgo::sched::deep_stack([&] {
    std::fprintf(stderr, "gc %llu @%.3fs: %llu->%llu MB, %llu MB goal, %.3f ms pause, %llu objects freed\n",
                 static_cast<unsigned long long>(heapStats.numGC), t0 - startSeconds,
                 static_cast<unsigned long long>(lastCycle.before >> 20),
                 static_cast<unsigned long long>(lastCycle.after >> 20),
                 static_cast<unsigned long long>(lastCycle.goal >> 20), (t1 - t0) * 1e3,
                 static_cast<unsigned long long>(lastCycle.freed));
  });
}

// start.cpp: the main thread's stack top as recorded by C main (tighter than pthread's).
void gcInit(uintptr_t stackBase) {
  if (stackBase) threadStackTop = stackBase;
  if (startSeconds == 0) startSeconds = nowSeconds();
  heapInit();
}

}  // namespace mgo::rt

using namespace mgo::rt;

extern "C" {

void mgo_gc_register_root(void* addr, uint64_t size) {
  if (!heapBase) heapInit();
  uintptr_t lo = reinterpret_cast<uintptr_t>(addr);
  heapLock();
  roots.push_back(RootRange{lo, lo + size});
  heapUnlock();
}

void mgo_gc_unregister_root(void* addr) {
  uintptr_t lo = reinterpret_cast<uintptr_t>(addr);
  heapLock();
  for (size_t i = 0; i < roots.size(); ++i) {
    if (roots[i].lo == lo) {
      roots[i] = roots.back();
      roots.pop_back();
      break;
    }
  }
  heapUnlock();
}

void mgo_gc_collect(void) {
  if (!heapBase) heapInit();
  runCollection(false);
}

}  // extern "C"
