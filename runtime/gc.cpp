// gc.cpp — stop-the-world, non-moving mark-sweep collection of the heap described in heap.h.
//
// Roots: ranges registered with mgo_gc_register_root (package variables, runtime globals), the
// current thread's stack from its stack pointer up to the base recorded at start-up (registers
// are spilled onto it first with setjmp), and — once goroutines run — every goroutine's stack,
// reported by the scheduler through the weak hook mgo_sched_for_each_root.
// Roots and heap objects are scanned conservatively: any word whose value points into an
// allocated object (interior pointers included) keeps that object alive. Objects in noscan spans
// (types without pointers) are marked but never scanned.
// Marking uses an explicit mark stack (no recursion, so a million-node list is fine); sweeping
// turns each span's mark bitmap into its allocation bitmap and frees empty spans.
//
// Pacing (Go's GOGC): the next collection starts when live bytes reach
//   max(4 MB, marked * (1 + GOGC/100)).  GOGC=off disables collection.
// GODEBUG=gctrace=1 prints, per collection, on stderr:
//   gc N @T s: BEFORE->AFTER MB, GOAL MB goal, P ms pause, F objects freed
//
// Invariant: runs with heapLock held and (later) the world stopped; it never allocates GC memory.
#include <setjmp.h>
#include <time.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "abi.h"
#include "heap.h"

extern "C" {
// Provided by the scheduler when goroutines exist (weak: absent in single-threaded programs).
__attribute__((weak)) void mgo_sched_for_each_root(void (*fn)(void* lo, void* hi, void* ctx), void* ctx);
}

namespace mgo::rt {

uintptr_t mainStackBase = 0;   // set by start.cpp: highest address of main's stack in use

namespace {

struct RootRange {
  uintptr_t lo, hi;
};
std::vector<RootRange> roots;
std::vector<uintptr_t> markStack;
uint64_t markedBytesThisCycle = 0;
double startSeconds = 0;

double nowSeconds() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

inline void markWord(uintptr_t p) {
  Span* s = spanOf(p);
  if (!s || !s->inUse) return;
  uint64_t idx = s->sizeClass ? (p - s->start) / s->elemSize : 0;
  if (idx >= s->nelems) return;
  uint64_t bit = uint64_t(1) << (idx % 64);
  if (!(s->allocBits[idx / 64] & bit) || (s->markBits[idx / 64] & bit)) return;
  s->markBits[idx / 64] |= bit;
  markedBytesThisCycle += s->elemSize;
  if (!s->noscan) markStack.push_back(s->start + idx * s->elemSize);
}

void scanRange(uintptr_t lo, uintptr_t hi) {
  lo = (lo + 7) & ~uintptr_t(7);
  for (uintptr_t p = lo; p + 8 <= hi; p += 8) markWord(*reinterpret_cast<uintptr_t*>(p));
}

void drainMarkStack() {
  while (!markStack.empty()) {
    uintptr_t obj = markStack.back();
    markStack.pop_back();
    Span* s = spanOf(obj);
    scanRange(obj, obj + s->elemSize);
  }
}

void scanRootCallback(void* lo, void* hi, void*) {
  scanRange(reinterpret_cast<uintptr_t>(lo), reinterpret_cast<uintptr_t>(hi));
}

__attribute__((noinline)) void scanCurrentStack() {
  jmp_buf registers;  // spills callee-saved registers onto this frame
  setjmp(registers);
  uintptr_t sp = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  if (mainStackBase > sp) scanRange(sp, mainStackBase);
  scanRange(reinterpret_cast<uintptr_t>(&registers), reinterpret_cast<uintptr_t>(&registers + 1));
}

// Returns the number of objects freed.
uint64_t sweep() {
  uint64_t freedObjects = 0;
  uint64_t live = 0;
  resetPartialListsLocked();
  std::vector<Span*> survivors;
  survivors.reserve(allSpans.size());
  std::vector<Span*> dead;
  for (Span* s : allSpans) {
    size_t words = (s->nelems + 63) / 64;
    uint32_t count = 0;
    for (size_t w = 0; w < words; ++w) {
      uint64_t before = s->allocBits[w];
      uint64_t after = before & s->markBits[w];
      freedObjects += uint64_t(__builtin_popcountll(before ^ after));
      s->allocBits[w] = after;
      s->markBits[w] = 0;
      count += uint32_t(__builtin_popcountll(after));
    }
    s->allocCount = count;
    if (count == 0) {
      dead.push_back(s);
      continue;
    }
    live += uint64_t(count) * s->elemSize;
    survivors.push_back(s);
    if (count < s->nelems) addPartialLocked(s);
  }
  allSpans.swap(survivors);
  for (Span* s : dead) freeSpanLocked(s);
  heapStats.liveBytes = live;
  return freedObjects;
}

}  // namespace

void collectLocked() {
  double t0 = nowSeconds();
  uint64_t before = heapStats.liveBytes;
  markedBytesThisCycle = 0;
  for (const RootRange& r : roots) scanRange(r.lo, r.hi);
  scanCurrentStack();
  if (mgo_sched_for_each_root) mgo_sched_for_each_root(scanRootCallback, nullptr);
  drainMarkStack();
  uint64_t freed = sweep();
  heapStats.markedBytes = heapStats.liveBytes;
  uint64_t goal = heapStats.markedBytes + heapStats.markedBytes * uint64_t(gcPercent < 0 ? 0 : gcPercent) / 100;
  heapStats.nextGC = goal < (uint64_t(4) << 20) ? (uint64_t(4) << 20) : goal;
  heapStats.numGC++;
  if (gcTrace) {
    double t1 = nowSeconds();
    std::fprintf(stderr, "gc %llu @%.3fs: %llu->%llu MB, %llu MB goal, %.3f ms pause, %llu objects freed\n",
                 static_cast<unsigned long long>(heapStats.numGC), t0 - startSeconds,
                 static_cast<unsigned long long>(before >> 20),
                 static_cast<unsigned long long>(heapStats.liveBytes >> 20),
                 static_cast<unsigned long long>(heapStats.nextGC >> 20), (t1 - t0) * 1e3,
                 static_cast<unsigned long long>(freed));
  }
}

void gcInit(uintptr_t stackBase) {
  mainStackBase = stackBase;
  startSeconds = nowSeconds();
  if (const char* gogc = std::getenv("GOGC")) {
    if (std::strcmp(gogc, "off") == 0) gcPercent = -1;
    else if (*gogc) gcPercent = std::atoi(gogc);
  }
  if (const char* debug = std::getenv("GODEBUG")) gcTrace = std::strstr(debug, "gctrace=1") != nullptr;
  heapInit();
}

}  // namespace mgo::rt

using namespace mgo::rt;

extern "C" {

void mgo_gc_register_root(void* addr, uint64_t size) {
  uintptr_t lo = reinterpret_cast<uintptr_t>(addr);
  heapLock();
  roots.push_back(RootRange{lo, lo + size});
  heapUnlock();
}

void mgo_gc_collect(void) {
  if (!heapBase) heapInit();
  heapLock();
  collectLocked();
  heapUnlock();
}

}  // extern "C"
