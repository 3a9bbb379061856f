// heap.h — runtime-internal view of the garbage-collected heap shared by malloc.cpp (allocation)
// and gc.cpp (mark-sweep). Generated code only sees abi.h.
//
// Heap model (after Go's mheap/mspan, simplified):
//   * One contiguous virtual reservation [heapBase, heapBase + kHeapReserve), committed in chunks
//     as it is used. Memory is handed out in spans of whole 8 KB pages.
//   * A small span holds objects of one size class (Go 1.19's classes, sizeclasses.h) and is
//     either "scan" or "noscan" (objects without pointers, from the type descriptor's
//     MGO_TFLAG_NOPOINTERS); a large span (> 32 KB) holds a single object.
//   * pageMap[i] is the span owning page i (nullptr for never-used pages). Free runs of pages are
//     spans with inUse == false, recorded at their first and last page so freeing coalesces.
// Invariants:
//   * An object slot is allocated iff its bit in span->allocBits is set; markBits are all clear
//     outside a collection.
//   * Every word of an allocated object handed out by mgo_alloc* was zeroed before it was returned.
//   * heapLock protects every field below except the statistics read for printing.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

#include "sizeclasses.h"

namespace mgo::rt {

struct Span {
  uintptr_t start = 0;
  uint64_t npages = 0;
  uint32_t sizeClass = 0;   // 0 = large object
  uint64_t elemSize = 0;
  uint32_t nelems = 0;
  uint32_t allocCount = 0;
  uint32_t freeIndex = 0;   // no free slot below this index
  bool noscan = false;
  bool inUse = false;
  bool zeroed = false;      // free runs only: every byte is zero (fresh or released memory)
  bool inPartialList = false;
  uint64_t* allocBits = nullptr;
  uint64_t* markBits = nullptr;
  Span* nextPartial = nullptr;
};

struct HeapStats {
  uint64_t allocCount = 0;     // number of heap allocations since start
  uint64_t allocBytes = 0;     // bytes requested since start
  uint64_t liveBytes = 0;      // bytes in allocated slots (includes garbage not yet swept)
  uint64_t markedBytes = 0;    // live bytes found by the last collection
  uint64_t nextGC = 0;         // collect when liveBytes reaches this
  uint64_t numGC = 0;
  uint64_t committedBytes = 0;
};

extern uintptr_t heapBase;
extern uintptr_t heapEnd;      // end of the used part of the reservation
extern Span** pageMap;
extern HeapStats heapStats;
extern std::vector<Span*> allSpans;   // every span ever created that is in use (gc sweeps these)
extern int gcPercent;                 // GOGC; < 0 means off
extern bool gcTrace;

void heapLock();
void heapUnlock();

// Span of an address inside the heap, or nullptr.
inline Span* spanOf(uintptr_t p) {
  if (p < heapBase || p >= heapEnd) return nullptr;
  return pageMap[(p - heapBase) >> kPageShift];
}

void freeSpanLocked(Span* s);        // returns the span's pages to the free runs
void resetPartialListsLocked();
void addPartialLocked(Span* s);
void collectLocked();                // gc.cpp: a full stop-the-world collection (heapLock held)
void heapInit();

}  // namespace mgo::rt
