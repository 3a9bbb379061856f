// heap.h — runtime-internal view of the garbage-collected heap shared by malloc.cpp (allocation
// fast path, per-thread caches, central span lists), mheap.cpp (pages and spans) and gc.cpp
// (mark-sweep). Generated code only sees abi.h.
//
// Heap model (after Go's mheap/mcentral/mcache/mspan, simplified):
//   * One contiguous virtual reservation [heapBase, heapBase + kHeapReserve), committed in chunks
//     as it is used. Memory is handed out in spans of whole 8 KB pages.
//   * A small span holds objects of one size class (Go 1.19's classes, sizeclasses.h) and is
//     either "scan" or "noscan" (objects without pointers, from the type descriptor's
//     MGO_TFLAG_NOPOINTERS): the span class is sizeClass*2 + noscan, as in Go. A large span
//     (> 32 KB) holds a single object.
//   * pageMap[i] is the span owning page i (nullptr for never-used pages). Free runs of pages are
//     spans with inUse == false, recorded at every page so freeing coalesces with neighbours.
//   * Every thread that allocates has an MCache (thread_local): one current span per span class,
//     from which it takes slots without any lock. When that span is full the thread takes a
//     non-full span from the central partial list (under heapLock) and accounts its whole free
//     space as live (Go's heapLive rule), which is where collections are triggered.
// Invariants:
//   * An object slot is allocated iff its bit in span->allocBits is set; markBits are all clear
//     outside a collection. Bits at or above nelems are never set.
//   * A span is in at most one place: some MCache's current span (cachedBy != nullptr), the central
//     partial list of its class (inPartialList), or neither (full, or large).
//   * Every byte of an object handed out by mgo_alloc* is zero when it is returned.
//   * heapLock protects everything here except an MCache's own fields, which only its thread
//     touches — and the collector, with the world stopped and heapLock held.
//   * Allocating threads are goroutines (stopped by the scheduler for a collection) or, before the
//     scheduler starts, the single main thread.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

#include "sizeclasses.h"

namespace mgo::rt {

constexpr int kNumSpanClasses = kNumSizeClasses * 2;
constexpr uint32_t kMaxObjectsPerSpan = kPageSize / 8;   // 1024 objects of 8 bytes in one page
constexpr uint32_t kBitmapWords = kMaxObjectsPerSpan / 64;

struct MCache;

struct Span {
  uintptr_t start = 0;
  uint64_t npages = 0;
  uint64_t elemSize = 0;      // object size (large: npages * kPageSize)
  uint32_t sizeClass = 0;     // 0 = large object
  uint32_t nelems = 0;
  uint32_t freeIndex = 0;     // no free slot below this index (allocation hint)
  uint32_t allocCount = 0;    // allocated slots as of the last sweep / refill
  uint32_t divMagic = 0;      // (offset * divMagic) >> 32 == offset / elemSize (small spans)
  bool noscan = false;
  bool inUse = false;
  bool needZero = false;      // in use: slots may hold stale bytes (must be zeroed when handed out)
  bool zeroed = false;        // free runs only: every byte is zero (fresh or released memory)
  bool released = false;      // free runs only: pages were returned to the OS (MADV_DONTNEED)
  uint64_t freedAtGC = 0;     // free runs only: heapStats.numGC when pages last joined the run
  bool inPartialList = false;
  MCache* cachedBy = nullptr;
  Span* nextPartial = nullptr;
  uint64_t allocBits[kBitmapWords] = {};
  uint64_t markBits[kBitmapWords] = {};
};

// Per-thread allocation cache. alloc[spanClass] is never null: an exhausted or absent span is
// the shared sentinel emptySpan (nelems == 0), so the fast path has a single bounds test.
struct MCache {
  Span* alloc[kNumSpanClasses];
  uint64_t allocCount = 0;    // statistics: objects and requested bytes allocated by this thread
  uint64_t allocBytes = 0;
  MCache* nextCache = nullptr;
};

struct HeapStats {
  uint64_t allocCount = 0;     // heap allocations since start not counted in an MCache (large)
  uint64_t allocBytes = 0;     // requested bytes of those
  uint64_t liveBytes = 0;      // bytes in allocated slots + free space of cached spans (pacing)
  uint64_t markedBytes = 0;    // live bytes found by the last collection
  uint64_t nextGC = 0;         // collect when liveBytes reaches this
  uint64_t numGC = 0;
  uint64_t committedBytes = 0; // address space made read/write
  uint64_t releasedBytes = 0;  // bytes of free runs currently returned to the OS
  uint64_t freedObjects = 0;   // objects reclaimed by all collections
  uint64_t pauseNanosTotal = 0;
};

extern uintptr_t heapBase;
extern uintptr_t heapEnd;      // end of the used part of the reservation
extern Span** pageMap;
extern HeapStats heapStats;
extern std::vector<Span*> allSpans;   // every span in use (gc sweeps these)
extern Span emptySpan;                // sentinel current span of an MCache
extern MCache* allCaches;             // every thread's MCache (linked through nextCache)
extern int gcPercent;                 // GOGC; < 0 means off
extern bool gcTrace;                  // GODEBUG=gctrace=1
extern bool printAllocs;              // GODEBUG=allocs=1
constexpr uint64_t kMinHeapGoal = uint64_t(4) << 20;

[[noreturn]] void heapFatal(const char* msg);  // "fatal error: msg", exit 2 (mheap.cpp)
void heapLock();
void heapUnlock();

// Span of an address inside the heap, or nullptr.
inline Span* spanOf(uintptr_t p) {
  if (p < heapBase || p >= heapEnd) return nullptr;
  return pageMap[(p - heapBase) >> kPageShift];
}

// mheap.cpp (heapLock held)
Span* allocSpanLocked(uint64_t npages);  // a span of npages out of the free runs or the reservation
void freeSpanLocked(Span* s);            // returns the span's pages to the free runs (coalescing)
void releaseFreeMemoryLocked(uint64_t keepBytes);  // MADV_DONTNEED free runs beyond keepBytes
void heapInit();                         // idempotent; reads GOGC / GODEBUG

// malloc.cpp (heapLock held)
void flushAllCachesLocked();          // every MCache drops its current spans (before marking)
void resetPartialListsLocked();
void addPartialLocked(Span* s);
uint64_t totalAllocCount();           // heap allocations so far (all threads)
uint64_t totalAllocBytes();

// gc.cpp
void collectLocked();                 // a full stop-the-world collection (heapLock held)
void runCollection(bool onlyIfDue);   // stop the world + collectLocked (no lock held)
uintptr_t currentThreadStackTop();    // highest address of the calling thread's stack

}  // namespace mgo::rt
