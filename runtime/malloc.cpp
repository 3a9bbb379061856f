// malloc.cpp — allocation from the garbage-collected heap (see heap.h for the model).
//
// Algorithm: a small allocation picks the current span of its (size class, scan/noscan) pair and
// takes the next free slot from the allocation bitmap; when the span is full the next span with
// free slots (refilled by sweeping) is used, else a new span is cut from the free page runs, else
// from the never-used end of the reservation. Large objects (> 32 KB) get a span of their own.
// Collections are triggered here when liveBytes reaches nextGC (pacing in gc.cpp).
//
// Locking: heapLock (a spinlock: allocation is short) guards all heap structures. The scheduler
// issue will add per-worker caches in front of it; for now allocation takes the lock.
// Statistics: GODEBUG=allocs=1 prints "allocs: N heap allocations, B bytes" at exit (start.cpp).
#include <sys/mman.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <set>

#include "abi.h"
#include "heap.h"

namespace mgo::rt {

uintptr_t heapBase = 0;
uintptr_t heapEnd = 0;
Span** pageMap = nullptr;
HeapStats heapStats;
std::vector<Span*> allSpans;
int gcPercent = 100;
bool gcTrace = false;

namespace {

constexpr uint64_t kHeapReserve = uint64_t(64) << 30;   // 64 GB of address space
constexpr uint64_t kCommitChunk = uint64_t(64) << 20;   // grow the usable heap 64 MB at a time
constexpr uint64_t kReleaseThresholdPages = 16;         // madvise free runs of >= 128 KB

std::atomic_flag lockFlag = ATOMIC_FLAG_INIT;
uintptr_t committedEnd = 0;
uint8_t classForSize8[kMaxSmallSize / 8 + 1];

struct FreeRunOrder {
  bool operator()(const Span* a, const Span* b) const { return a->start < b->start; }
};
std::set<Span*, FreeRunOrder> freeRuns;   // address-ordered: first fit keeps the heap compact
Span* partial[kNumSizeClasses][2];         // spans with free slots, per class and noscan

[[noreturn]] void fatal(const char* msg) {
  std::fprintf(stderr, "fatal error: %s\n", msg);
  std::_Exit(2);
}

void setPageMap(Span* s) {
  uint64_t first = (s->start - heapBase) >> kPageShift;
  for (uint64_t i = 0; i < s->npages; ++i) pageMap[first + i] = s;
}

// Takes npages from the free runs or the reservation. The returned span is not yet in use.
Span* allocPagesLocked(uint64_t npages) {
  for (Span* run : freeRuns) {
    if (run->npages < npages) continue;
    freeRuns.erase(run);
    if (run->npages > npages) {  // split: the tail stays free
      Span* rest = new Span();
      rest->start = run->start + npages * kPageSize;
      rest->npages = run->npages - npages;
      rest->zeroed = run->zeroed;
      setPageMap(rest);
      freeRuns.insert(rest);
      run->npages = npages;
    }
    return run;
  }
  uint64_t bytes = npages * kPageSize;
  if (heapEnd + bytes > heapBase + kHeapReserve) fatal("out of memory");
  while (heapEnd + bytes > committedEnd) {
    if (mprotect(reinterpret_cast<void*>(committedEnd), kCommitChunk, PROT_READ | PROT_WRITE) != 0)
      fatal("out of memory");
    committedEnd += kCommitChunk;
    heapStats.committedBytes += kCommitChunk;
  }
  Span* s = new Span();
  s->start = heapEnd;
  s->npages = npages;
  s->zeroed = true;
  heapEnd += bytes;
  return s;
}

Span* newSpanLocked(int sizeClass, uint64_t largeSize, bool noscan) {
  uint64_t npages = sizeClass ? kClassToPages[sizeClass] : (largeSize + kPageSize - 1) / kPageSize;
  Span* s = allocPagesLocked(npages);
  s->inUse = true;
  s->noscan = noscan;
  s->sizeClass = uint32_t(sizeClass);
  s->elemSize = sizeClass ? kClassToSize[sizeClass] : npages * kPageSize;
  s->nelems = sizeClass ? uint32_t(npages * kPageSize / s->elemSize) : 1;
  s->allocCount = 0;
  s->freeIndex = 0;
  size_t words = (s->nelems + 63) / 64;
  std::free(s->allocBits);
  std::free(s->markBits);
  s->allocBits = static_cast<uint64_t*>(std::calloc(words, 8));
  s->markBits = static_cast<uint64_t*>(std::calloc(words, 8));
  if (!s->allocBits || !s->markBits) fatal("out of memory");
  setPageMap(s);
  allSpans.push_back(s);
  return s;
}

// Finds and claims a free slot of s; returns its index or -1.
int64_t takeSlot(Span* s) {
  for (uint32_t i = s->freeIndex; i < s->nelems;) {
    uint64_t word = s->allocBits[i / 64];
    uint64_t freeMask = ~word & (~uint64_t(0) << (i % 64));
    if (freeMask) {
      uint32_t idx = (i & ~63u) + uint32_t(__builtin_ctzll(freeMask));
      if (idx >= s->nelems) break;
      s->allocBits[idx / 64] |= uint64_t(1) << (idx % 64);
      s->allocCount++;
      s->freeIndex = idx + 1;
      return idx;
    }
    i = (i & ~63u) + 64;
  }
  s->freeIndex = s->nelems;
  return -1;
}

void maybeCollectLocked() {
  if (gcPercent >= 0 && heapStats.liveBytes >= heapStats.nextGC) collectLocked();
}

void* allocSmall(uint64_t size, bool noscan) {
  int cls = sizeToClass(size);
  heapLock();
  maybeCollectLocked();
  Span*& head = partial[cls][noscan];
  void* result = nullptr;
  while (!result) {
    if (!head) {
      head = newSpanLocked(cls, 0, noscan);
      head->inPartialList = true;
    }
    int64_t idx = takeSlot(head);
    if (idx < 0) {  // full: drop it from the list
      head->inPartialList = false;
      Span* next = head->nextPartial;
      head->nextPartial = nullptr;
      head = next;
      continue;
    }
    result = reinterpret_cast<void*>(head->start + uint64_t(idx) * head->elemSize);
    heapStats.liveBytes += head->elemSize;
  }
  heapStats.allocCount++;
  heapStats.allocBytes += size;
  heapUnlock();
  std::memset(result, 0, size);
  return result;
}

void* allocLarge(uint64_t size, bool noscan) {
  heapLock();
  maybeCollectLocked();
  bool zeroed = false;
  Span* s = nullptr;
  {
    uint64_t npages = (size + kPageSize - 1) / kPageSize;
    Span* run = allocPagesLocked(npages);
    zeroed = run->zeroed;
    // newSpanLocked re-derives the page count; reuse the run object as the span.
    run->inUse = true;
    run->noscan = noscan;
    run->sizeClass = 0;
    run->elemSize = npages * kPageSize;
    run->nelems = 1;
    run->allocCount = 1;
    run->freeIndex = 1;
    std::free(run->allocBits);
    std::free(run->markBits);
    run->allocBits = static_cast<uint64_t*>(std::calloc(1, 8));
    run->markBits = static_cast<uint64_t*>(std::calloc(1, 8));
    if (!run->allocBits || !run->markBits) fatal("out of memory");
    run->allocBits[0] = 1;
    setPageMap(run);
    allSpans.push_back(run);
    s = run;
  }
  heapStats.liveBytes += s->elemSize;
  heapStats.allocCount++;
  heapStats.allocBytes += size;
  heapUnlock();
  void* p = reinterpret_cast<void*>(s->start);
  if (!zeroed) std::memset(p, 0, size);
  return p;
}

}  // namespace

void heapLock() {
  while (lockFlag.test_and_set(std::memory_order_acquire)) {
    while (lockFlag.test(std::memory_order_relaxed)) __builtin_ia32_pause();
  }
}
void heapUnlock() { lockFlag.clear(std::memory_order_release); }

int sizeToClass(uint64_t size) { return classForSize8[(size + 7) / 8]; }

void heapInit() {
  if (heapBase) return;
  void* reservation = mmap(nullptr, kHeapReserve, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (reservation == MAP_FAILED) fatal("cannot reserve heap address space");
  heapBase = heapEnd = committedEnd = reinterpret_cast<uintptr_t>(reservation);
  uint64_t mapBytes = (kHeapReserve >> kPageShift) * sizeof(Span*);
  void* map = mmap(nullptr, mapBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (map == MAP_FAILED) fatal("cannot reserve heap page map");
  pageMap = static_cast<Span**>(map);
  int cls = 1;
  for (uint64_t i = 0; i <= kMaxSmallSize / 8; ++i) {
    while (kClassToSize[cls] < i * 8) ++cls;
    classForSize8[i] = uint8_t(cls);
  }
  classForSize8[0] = 1;
  heapStats.nextGC = uint64_t(4) << 20;
}

void freeSpanLocked(Span* s) {
  s->inUse = false;
  s->inPartialList = false;
  s->nextPartial = nullptr;
  s->allocCount = 0;
  s->zeroed = false;
  if (s->npages >= kReleaseThresholdPages) {
    madvise(reinterpret_cast<void*>(s->start), s->npages * kPageSize, MADV_DONTNEED);
    s->zeroed = true;
  }
  // Coalesce with free neighbours.
  uint64_t first = (s->start - heapBase) >> kPageShift;
  if (first > 0) {
    Span* before = pageMap[first - 1];
    if (before && !before->inUse && freeRuns.count(before)) {
      freeRuns.erase(before);
      before->npages += s->npages;
      before->zeroed = before->zeroed && s->zeroed;
      std::free(s->allocBits);
      std::free(s->markBits);
      delete s;
      s = before;
    }
  }
  uintptr_t end = s->start + s->npages * kPageSize;
  if (end < heapEnd) {
    Span* after = pageMap[(end - heapBase) >> kPageShift];
    if (after && !after->inUse && freeRuns.count(after)) {
      freeRuns.erase(after);
      s->npages += after->npages;
      s->zeroed = s->zeroed && after->zeroed;
      std::free(after->allocBits);
      std::free(after->markBits);
      delete after;
    }
  }
  setPageMap(s);
  freeRuns.insert(s);
}

void resetPartialListsLocked() {
  for (auto& perClass : partial)
    for (Span*& head : perClass) {
      for (Span* s = head; s;) {
        Span* next = s->nextPartial;
        s->nextPartial = nullptr;
        s->inPartialList = false;
        s = next;
      }
      head = nullptr;
    }
}

void addPartialLocked(Span* s) {
  if (s->inPartialList || s->sizeClass == 0) return;
  s->inPartialList = true;
  s->freeIndex = 0;
  Span*& head = partial[s->sizeClass][s->noscan];
  s->nextPartial = head;
  head = s;
}

}  // namespace mgo::rt

using namespace mgo::rt;

extern "C" {

void* mgo_alloc_bytes(uint64_t size, bool noscan) {
  if (!heapBase) heapInit();
  if (size == 0) size = 1;  // distinct addresses are not required, but keep it simple
  if (size > kMaxSmallSize) return allocLarge(size, noscan);
  return allocSmall(size, noscan);
}

void* mgo_alloc(const mgo_type* t) {
  return mgo_alloc_bytes(t->size, (t->flags & MGO_TFLAG_NOPOINTERS) != 0);
}

void* mgo_alloc_array(const mgo_type* elem, int64_t n) {
  uint64_t size = 0;
  if (n < 0 || __builtin_mul_overflow(uint64_t(n), elem->size, &size) || size > (uint64_t(1) << 40)) {
    std::fprintf(stderr, "fatal error: runtime: allocation size out of range\n");
    std::_Exit(2);
  }
  return mgo_alloc_bytes(size, (elem->flags & MGO_TFLAG_NOPOINTERS) != 0);
}

}  // extern "C"
