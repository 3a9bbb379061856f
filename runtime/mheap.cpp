// mheap.cpp — the page level of the GC heap (heap.h): the address-space reservation, the page ->
// span map, spans cut from free page runs, coalescing of freed spans, and returning free memory
// to the OS.
//
// Algorithm: free runs are kept in an address-ordered set and allocated first-fit (low addresses
// first keeps the heap compact, so the high end is what gets released). A run larger than the
// request is split: the request takes a new Span object for its pages, the run keeps the rest,
// so only the allocated pages' pageMap entries are rewritten. Freeing merges with free
// neighbours, keeping the larger Span object (again only the smaller side's pages are rewritten).
// Release: after a collection, free runs of >= kMinReleasePages not yet released are returned to
// the OS with MADV_DONTNEED, highest address first, until at most `keepBytes` of unreleased free
// memory remain; released (and never-touched) runs read as zero, so spans cut from them need no
// zeroing. Runs freed within the last kReleaseAfterCycles collections are released only while
// unreleased free memory exceeds keepBytes plus a whole heap goal: memory freed by this
// collection is what the next cycle allocates from, and releasing it would turn every reuse into
// page faults (a 1 KiB churn loop spent most of its time faulting: 258k minor
// faults per 2 GB allocated; Go's scavenger likewise retains recently freed memory).
// Invariants: every page of [heapBase, heapEnd) maps to exactly one Span (in use, or a free run in
// freeRuns); two free runs are never adjacent; a free run's `zeroed` is true only if all its bytes
// are zero. Everything here runs with heapLock held.
#include <sys/mman.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <set>

#include "heap.h"
#include "stack.h"

namespace mgo::rt {

uintptr_t heapBase = 0;
uintptr_t heapEnd = 0;
Span** pageMap = nullptr;
HeapStats heapStats;
std::vector<Span*> allSpans;
int gcPercent = 100;
bool gcTrace = false;
bool printAllocs = false;

void heapFatal(const char* msg) {
  mgo::sched::deep_stack([msg] { std::fprintf(stderr, "fatal error: %s\n", msg); });
  std::_Exit(2);
}

namespace {

constexpr uint64_t kHeapReserve = uint64_t(64) << 30;   // 64 GB of address space
constexpr uint64_t kCommitChunk = uint64_t(64) << 20;   // make the reservation usable 64 MB at a time
constexpr uint64_t kMinReleasePages = 8;                // don't madvise runs below 64 KB
constexpr uint64_t kReleaseAfterCycles = 2;             // idle for 2 collections before release

uintptr_t committedEnd = 0;

struct ByAddress {
  bool operator()(const Span* a, const Span* b) const { return a->start < b->start; }
};
std::set<Span*, ByAddress> freeRuns;


void setPageMap(Span* s) {
  uint64_t first = (s->start - heapBase) >> kPageShift;
  for (uint64_t i = 0; i < s->npages; ++i) pageMap[first + i] = s;
}

// Merges the adjacent free runs a (lower) and b (higher) into one Span object (the larger one);
// neither is in freeRuns on entry. Returns the survivor.
Span* mergeRuns(Span* a, Span* b) {
  Span* keep = a->npages >= b->npages ? a : b;
  Span* drop = keep == a ? b : a;
  keep->start = a->start;
  keep->npages = a->npages + b->npages;
  keep->zeroed = a->zeroed && b->zeroed;
  keep->freedAtGC = a->freedAtGC > b->freedAtGC ? a->freedAtGC : b->freedAtGC;
  uint64_t first = (drop->start - heapBase) >> kPageShift;
  for (uint64_t i = 0; i < drop->npages; ++i) pageMap[first + i] = keep;
  delete drop;
  return keep;
}

Span* growHeapLocked(uint64_t npages) {
  uint64_t bytes = npages * kPageSize;
  if (npages > kHeapReserve / kPageSize || heapEnd + bytes > heapBase + kHeapReserve) heapFatal("out of memory");
  while (heapEnd + bytes > committedEnd) {
    uint64_t chunk = kCommitChunk;
    if (committedEnd + chunk > heapBase + kHeapReserve) chunk = heapBase + kHeapReserve - committedEnd;
    if (mprotect(reinterpret_cast<void*>(committedEnd), chunk, PROT_READ | PROT_WRITE) != 0) heapFatal("out of memory");
    committedEnd += chunk;
    heapStats.committedBytes += chunk;
  }
  Span* s = new Span();
  s->start = heapEnd;
  s->npages = npages;
  s->zeroed = true;
  heapEnd += bytes;
  return s;
}

}  // namespace

void heapInit() {
  if (heapBase) return;
  if (const char* gogc = std::getenv("GOGC")) {
    if (std::strcmp(gogc, "off") == 0) gcPercent = -1;
    else if (*gogc) gcPercent = std::atoi(gogc);
  }
  if (const char* debug = std::getenv("GODEBUG")) {
    gcTrace = std::strstr(debug, "gctrace=1") != nullptr;
    printAllocs = std::strstr(debug, "allocs=1") != nullptr;
  }
  void* reservation = mmap(nullptr, kHeapReserve, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (reservation == MAP_FAILED) heapFatal("cannot reserve heap address space");
  uint64_t mapBytes = (kHeapReserve >> kPageShift) * sizeof(Span*);
  void* map = mmap(nullptr, mapBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (map == MAP_FAILED) heapFatal("cannot reserve heap page map");
  pageMap = static_cast<Span**>(map);
  heapStats.nextGC = kMinHeapGoal;
  allSpans.reserve(1024);
  uintptr_t base = reinterpret_cast<uintptr_t>(reservation);
  heapEnd = committedEnd = base;
  __atomic_store_n(&heapBase, base, __ATOMIC_RELEASE);  // published last: heapBase != 0 means ready
}

Span* allocSpanLocked(uint64_t npages) {
  Span* s = nullptr;
  for (auto it = freeRuns.begin(); it != freeRuns.end(); ++it) {
    Span* run = *it;
    if (run->npages < npages) continue;
    freeRuns.erase(it);
    if (run->npages == npages) {
      s = run;
    } else {  // the front pages become the span; the run keeps the tail
      s = new Span();
      s->start = run->start;
      s->npages = npages;
      s->zeroed = run->zeroed;
      run->start += npages * kPageSize;
      run->npages -= npages;
      freeRuns.insert(run);
      setPageMap(s);
    }
    break;
  }
  if (!s) {
    s = growHeapLocked(npages);
    setPageMap(s);
  }
  s->inUse = true;
  s->needZero = !s->zeroed;
  s->zeroed = false;
  s->inPartialList = false;
  s->cachedBy = nullptr;
  s->nextPartial = nullptr;
  s->freeIndex = 0;
  s->allocCount = 0;
  std::memset(s->allocBits, 0, sizeof s->allocBits);
  std::memset(s->markBits, 0, sizeof s->markBits);
  return s;
}

void freeSpanLocked(Span* s) {
  s->inUse = false;
  s->inPartialList = false;
  s->cachedBy = nullptr;
  s->nextPartial = nullptr;
  s->zeroed = false;
  s->freedAtGC = heapStats.numGC;
  uint64_t first = (s->start - heapBase) >> kPageShift;
  if (first > 0) {
    Span* before = pageMap[first - 1];
    if (before && !before->inUse) {
      freeRuns.erase(before);
      s = mergeRuns(before, s);
    }
  }
  uintptr_t end = s->start + s->npages * kPageSize;
  if (end < heapEnd) {
    Span* after = pageMap[(end - heapBase) >> kPageShift];
    if (after && !after->inUse) {
      freeRuns.erase(after);
      s = mergeRuns(s, after);
    }
  }
  freeRuns.insert(s);
}

void releaseFreeMemoryLocked(uint64_t keepBytes) {
  uint64_t unreleased = 0;
  for (Span* run : freeRuns)
    if (!run->zeroed) unreleased += run->npages * kPageSize;
  for (auto it = freeRuns.rbegin(); it != freeRuns.rend() && unreleased > keepBytes; ++it) {
    Span* run = *it;
    if (run->zeroed || run->npages < kMinReleasePages) continue;
    bool idle = heapStats.numGC - run->freedAtGC >= kReleaseAfterCycles;
    if (!idle && unreleased <= keepBytes + heapStats.nextGC) continue;
    madvise(reinterpret_cast<void*>(run->start), run->npages * kPageSize, MADV_DONTNEED);
    run->zeroed = true;
    unreleased -= run->npages * kPageSize;
  }
  uint64_t released = 0;
  for (Span* run : freeRuns)
    if (run->zeroed) released += run->npages * kPageSize;
  heapStats.releasedBytes = released;
}

}  // namespace mgo::rt
