// malloc.cpp — allocation from the garbage-collected heap (model and invariants in heap.h).
//
// Fast path (mgo_alloc_bytes, no lock, no call): size -> size class -> span class; the calling
// thread's MCache holds one current span per span class; the next free slot is found from the
// span's allocation bitmap word at freeIndex (one load, not, shift, count-trailing-zeros); its bit
// is set, statistics are bumped, and the slot is zeroed if the span may hold stale bytes.
// Slow path: the rest of the current span is searched; when it is full the MCache gives it back
// and takes a span with free slots from the central partial list of its class (refilled by the
// sweeper) or a new span from mheap.cpp, under heapLock. Taking a span accounts its whole free
// space as live (Go's rule), and that is where a collection is started when liveBytes reaches
// nextGC (pacing in gc.cpp). Large objects (> 32 KB) get a span of their own, under heapLock.
// A collection can switch the calling goroutine to another thread, so the slow path re-reads the
// thread's MCache through a non-inlinable accessor after one (never a cached TLS address).
// Size 0 returns the address of a static zero word (Go's zerobase).
// Statistics: every allocation is counted (number and requested bytes); GODEBUG=allocs=1 prints
// "allocs: N heap allocations, B bytes" at exit (start.cpp).
#include <cstdlib>
#include <cstring>

#include "abi.h"
#include "heap.h"

namespace mgo::rt {

Span emptySpan;
MCache* allCaches = nullptr;

namespace {

__attribute__((tls_model("initial-exec"))) thread_local MCache* threadCache = nullptr;
uint64_t zeroBase[2];
Span* partial[kNumSpanClasses];   // central lists: spans with free slots, not cached
volatile int lockWord = 0;

__attribute__((noipa)) MCache* currentCache() { return threadCache; }

MCache* newCacheForThread() {
  auto* c = static_cast<MCache*>(std::calloc(1, sizeof(MCache)));
  if (!c) heapFatal("out of memory");
  for (Span*& s : c->alloc) s = &emptySpan;
  heapLock();
  c->nextCache = allCaches;
  allCaches = c;
  heapUnlock();
  threadCache = c;
  return c;
}

// Finds and claims a free slot of s from freeIndex on; returns its index or -1 (span full).
int64_t takeSlot(Span* s) {
  for (uint32_t i = s->freeIndex; i < s->nelems;) {
    uint64_t freeBits = ~s->allocBits[i / 64] & (~uint64_t(0) << (i % 64));
    if (freeBits) {
      uint32_t idx = (i & ~63u) + uint32_t(__builtin_ctzll(freeBits));
      if (idx >= s->nelems) break;
      s->allocBits[idx / 64] |= uint64_t(1) << (idx % 64);
      s->freeIndex = idx + 1;
      return idx;
    }
    i = (i & ~63u) + 64;
  }
  s->freeIndex = s->nelems;
  return -1;
}

bool collectionDue() { return gcPercent >= 0 && heapStats.liveBytes >= heapStats.nextGC; }

Span* newSmallSpanLocked(int spanClass) {
  int sizeClass = spanClass >> 1;
  Span* s = allocSpanLocked(kClassToPages[sizeClass]);
  s->sizeClass = uint32_t(sizeClass);
  s->noscan = spanClass & 1;
  s->elemSize = kClassToSize[sizeClass];
  s->nelems = uint32_t(s->npages * kPageSize / s->elemSize);
  s->divMagic = divMagic(s->elemSize);
  allSpans.push_back(s);
  return s;
}

// Gives back c's current span of spanClass and installs one with free slots. Returns nullptr
// (nothing installed) if a collection ran instead: the caller must start over.
Span* refill(MCache* c, int spanClass, bool mayCollect) {
  heapLock();
  Span* old = c->alloc[spanClass];
  if (old != &emptySpan) old->cachedBy = nullptr;  // full: it waits for the sweeper
  c->alloc[spanClass] = &emptySpan;
  if (mayCollect && collectionDue()) {
    heapUnlock();
    runCollection(true);
    return nullptr;
  }
  Span* s = partial[spanClass];
  if (s) {
    partial[spanClass] = s->nextPartial;
    s->nextPartial = nullptr;
    s->inPartialList = false;
  } else {
    s = newSmallSpanLocked(spanClass);
  }
  s->cachedBy = c;
  heapStats.liveBytes += uint64_t(s->nelems - s->allocCount) * s->elemSize;
  c->alloc[spanClass] = s;
  heapUnlock();
  return s;
}

void* allocLarge(uint64_t size, bool noscan) {
  uint64_t npages = (size + kPageSize - 1) / kPageSize;
  if (size > (uint64_t(1) << 46) || npages == 0) heapFatal("runtime: out of memory: cannot allocate");
  heapLock();
  if (collectionDue()) {
    heapUnlock();
    runCollection(true);
    heapLock();
  }
  Span* s = allocSpanLocked(npages);
  s->sizeClass = 0;
  s->noscan = noscan;
  s->elemSize = npages * kPageSize;
  s->nelems = 1;
  s->allocCount = 1;
  s->freeIndex = 1;
  s->allocBits[0] = 1;
  allSpans.push_back(s);
  heapStats.liveBytes += s->elemSize;
  heapStats.allocCount++;
  heapStats.allocBytes += size;
  bool needZero = s->needZero;
  heapUnlock();
  void* p = reinterpret_cast<void*>(s->start);
  if (needZero) std::memset(p, 0, npages * kPageSize);
  return p;
}

__attribute__((noinline)) void* allocSmallSlow(uint64_t size, bool noscan, bool mayCollect) {
  MCache* c = currentCache();
  if (!c) c = newCacheForThread();
  int spanClass = sizeToClass(size) * 2 + int(noscan);
  Span* s = c->alloc[spanClass];
  int64_t idx = s == &emptySpan ? -1 : takeSlot(s);
  if (idx < 0) {
    s = refill(c, spanClass, mayCollect);
    if (!s) return allocSmallSlow(size, noscan, false);  // collected: maybe another thread now
    idx = takeSlot(s);
  }
  c->allocCount++;
  c->allocBytes += size;
  void* p = reinterpret_cast<void*>(s->start + uint64_t(idx) * s->elemSize);
  if (s->needZero) std::memset(p, 0, s->elemSize);
  return p;
}

__attribute__((noinline)) void* allocSlow(uint64_t size, bool noscan) {
  if (!heapBase) heapInit();
  if (size == 0) return zeroBase;
  if (size > kMaxSmallSize) return allocLarge(size, noscan);
  return allocSmallSlow(size, noscan, true);
}

}  // namespace

// Not a safe point: a goroutine waiting here must not switch threads (the slow path holds its
// thread's MCache). No deadlock with a stop-the-world: nobody stops the world holding heapLock, so
// the waiter gets the lock and reaches a safe point soon after.
void heapLock() {
  while (__atomic_exchange_n(&lockWord, 1, __ATOMIC_ACQUIRE)) {
    while (__atomic_load_n(&lockWord, __ATOMIC_RELAXED)) __builtin_ia32_pause();
  }
}
void heapUnlock() { __atomic_store_n(&lockWord, 0, __ATOMIC_RELEASE); }

void flushAllCachesLocked() {
  for (MCache* c = allCaches; c; c = c->nextCache) {
    for (Span*& s : c->alloc) {
      if (s != &emptySpan) s->cachedBy = nullptr;
      s = &emptySpan;
    }
  }
}

void resetPartialListsLocked() {
  for (Span*& head : partial) {
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
  if (s->inPartialList || s->cachedBy || s->sizeClass == 0) return;
  s->inPartialList = true;
  s->freeIndex = 0;
  Span*& head = partial[s->sizeClass * 2 + (s->noscan ? 1 : 0)];
  s->nextPartial = head;
  head = s;
}

uint64_t totalAllocCount() {
  uint64_t n = heapStats.allocCount;
  for (MCache* c = allCaches; c; c = c->nextCache) n += c->allocCount;
  return n;
}

uint64_t totalAllocBytes() {
  uint64_t n = heapStats.allocBytes;
  for (MCache* c = allCaches; c; c = c->nextCache) n += c->allocBytes;
  return n;
}

}  // namespace mgo::rt

using namespace mgo::rt;

extern "C" {

void* mgo_alloc_bytes(uint64_t size, bool noscan) {
  if (__builtin_expect(size - 1 < kMaxSmallSize, 1)) {  // 1 <= size <= 32 KB
    MCache* c = threadCache;
    if (__builtin_expect(c != nullptr, 1)) {
      Span* s = c->alloc[sizeToClass(size) * 2 + int(noscan)];
      uint32_t i = s->freeIndex;
      if (i < s->nelems) {
        uint64_t freeBits = ~s->allocBits[i / 64] >> (i % 64);
        uint32_t idx = i + uint32_t(__builtin_ctzll(freeBits | (uint64_t(1) << 63)));
        if (freeBits && idx < s->nelems) {
          s->allocBits[idx / 64] |= uint64_t(1) << (idx % 64);
          s->freeIndex = idx + 1;
          c->allocCount++;
          c->allocBytes += size;
          void* p = reinterpret_cast<void*>(s->start + uint64_t(idx) * s->elemSize);
          if (s->needZero) std::memset(p, 0, s->elemSize);
          return p;
        }
      }
    }
  }
  return allocSlow(size, noscan);
}

void* mgo_alloc(const mgo_type* t) {
  return mgo_alloc_bytes(t->size, (t->flags & MGO_TFLAG_NOPOINTERS) != 0);
}

void* mgo_alloc_array(const mgo_type* elem, int64_t n) {
  uint64_t size = 0;
  if (n < 0 || __builtin_mul_overflow(uint64_t(n), elem->size, &size) || size > (uint64_t(1) << 46)) {
    heapFatal("runtime: allocation size out of range");
  }
  return mgo_alloc_bytes(size, (elem->flags & MGO_TFLAG_NOPOINTERS) != 0);
}

}  // extern "C"
