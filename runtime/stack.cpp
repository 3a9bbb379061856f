// stack.cpp — stack slots, extra segments, __morestack's C half, stack scanning.
// See stack.h for the design and invariants.
//
// Compiled WITHOUT split-stack prologues (runtime/CMakeLists.txt): mgo_morestack runs below the
// stack limit. While it works it sets %fs:0x70 to 0, so the split-stack runtime functions it calls
// (locks, preempt_serve, fatal_stack_overflow) run unchecked inside the headroom.
//
// Locking: slot_lock protects the reservation bump pointer; seg_lock protects the segment cache.
// mgo_morestack / mgo_lessstack run on the goroutine itself with no lock held and touch only the
// goroutine's own segment chain (the GC reads it only while the goroutine is stopped).
#include "stack.h"

#include <sys/mman.h>

#include <cstring>
#include <new>

#include "sched_internal.h"

namespace mgo::sched {
namespace {

constexpr size_t kReservation = size_t(1) << 30;  // 16384 slots per mapping
constexpr int kSegClasses = 13;                   // 256 KiB .. 1 GiB (powers of two)
constexpr int kSegCachePerClass = 8;
constexpr int kSmallestSegCache = 256;            // goroutines of small slots that outgrow them

RtLock slot_lock;
struct SlotArena {
  uintptr_t next = 0, end = 0;
};
SlotArena large_arena, small_arena;
std::atomic<uint64_t> n_slots{0}, n_small_slots{0}, n_reservations{0}, n_extra_maps{0};
std::atomic<StackKind> default_kind{StackKind::kLarge};

RtLock seg_lock;
StackSeg* seg_cache[kSegClasses] = {};
int seg_cache_n[kSegClasses] = {};

void* map_noreserve(size_t size) {
  void* p = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) fatal("runtime: cannot allocate goroutine stack memory");
  return p;
}

// Small and large slots come from separate reservations, so two small slots share every page.
uintptr_t alloc_slot(size_t size) {
  RtLockGuard guard(slot_lock);
  SlotArena& a = size == kSmallSlotSize ? small_arena : large_arena;
  if (a.next == a.end) {
    a.next = reinterpret_cast<uintptr_t>(map_noreserve(kReservation));
    a.end = a.next + kReservation;
    n_reservations.fetch_add(1, std::memory_order_relaxed);
  }
  uintptr_t s = a.next;
  a.next += size;
  (size == kSmallSlotSize ? n_small_slots : n_slots).fetch_add(1, std::memory_order_relaxed);
  return s;
}

int seg_cache_max(int c) { return c == 0 ? kSmallestSegCache : kSegCachePerClass; }

int seg_class(size_t size) {
  int c = 0;
  size_t s = kMinExtraSegment;
  while (s < size && c < kSegClasses - 1) s <<= 1, c++;
  return c;
}

// A segment of exactly `size` bytes (a power of two >= kMinExtraSegment); header at the top.
StackSeg* alloc_segment(size_t size) {
  int c = seg_class(size);
  {
    RtLockGuard guard(seg_lock);
    if (StackSeg* s = seg_cache[c]) {
      seg_cache[c] = s->next;
      seg_cache_n[c]--;
      s->next = s->prev = nullptr;
      return s;
    }
  }
  uintptr_t base = reinterpret_cast<uintptr_t>(map_noreserve(size));
  n_extra_maps.fetch_add(1, std::memory_order_relaxed);
  auto* s = new (reinterpret_cast<void*>(base + size - sizeof(StackSeg))) StackSeg();
  s->lo = base;
  s->top = (base + size - sizeof(StackSeg)) & ~uintptr_t(15);
  s->limit = base + kHeadroom;
  s->map_size = size;
  return s;
}

void free_segment(StackSeg* s) {
  int c = seg_class(s->map_size);
  {
    RtLockGuard guard(seg_lock);
    if (seg_cache_n[c] < seg_cache_max(c)) {
      s->prev = nullptr;
      s->next = seg_cache[c];
      seg_cache[c] = s;
      seg_cache_n[c]++;
      return;
    }
  }
  munmap(reinterpret_cast<void*>(s->lo), s->map_size);
}

size_t next_pow2(size_t v) {
  size_t p = kMinExtraSegment;
  while (p < v) p <<= 1;
  return p;
}

}  // namespace

void stack_set_default_kind(StackKind kind) { default_kind.store(kind, std::memory_order_relaxed); }
StackKind stack_default_kind() { return default_kind.load(std::memory_order_relaxed); }

G* stack_new_g(StackKind kind) {
  uintptr_t lo, hi;
  size_t headroom = kHeadroom;
  if (kind == StackKind::kMain) {
    // One big mapping with a PROT_NONE guard page at the bottom: code without split-stack
    // prologues that recurses too deep faults instead of corrupting memory.
    lo = reinterpret_cast<uintptr_t>(map_noreserve(kMainStackSize));
    mprotect(reinterpret_cast<void*>(lo), 4096, PROT_NONE);
    hi = lo + kMainStackSize;
    lo += 4096;
  } else if (kind == StackKind::kSmall) {
    lo = alloc_slot(kSmallSlotSize);
    hi = lo + kSmallSlotSize;
    headroom = kSmallHeadroom;
  } else {
    lo = alloc_slot(kSlotSize);
    hi = lo + kSlotSize;
  }
  uintptr_t gaddr = (hi - sizeof(G)) & ~uintptr_t(alignof(G) - 1);
  G* g = new (reinterpret_cast<void*>(gaddr)) G();
  g->stack_kind = kind;
  g->first.lo = lo;
  g->first.top = gaddr & ~uintptr_t(15);
  g->first.limit = lo + headroom;
  g->first.total = hi - lo;
  g->stack = &g->first;
  return g;
}

void stack_init_context(G* g) {
  g->stack = &g->first;
  // Initial frame popped by mgo_ctx_switch: r15 r14 r13 r12 rbx rbp, then the return address.
  auto* frame = reinterpret_cast<uintptr_t*>(g->first.top) - 7;
  frame[0] = 0;                                           // r15
  frame[1] = 0;                                           // r14
  frame[2] = 0;                                           // r13
  frame[3] = reinterpret_cast<uintptr_t>(g);              // r12 -> mgo_ctx_entry's argument
  frame[4] = 0;                                           // rbx
  frame[5] = 0;                                           // rbp
  frame[6] = reinterpret_cast<uintptr_t>(&mgo_ctx_entry); // return address
  g->sp = frame;
}

void stack_release_extra(G* g) {
  StackSeg* s = g->first.next;
  g->first.next = nullptr;
  while (s) {
    StackSeg* next = s->next;
    free_segment(s);
    s = next;
  }
  g->stack = &g->first;
}

void stack_for_each_range(G* g, void (*fn)(void* lo, void* hi, void* ctx), void* ctx) {
  uintptr_t sp = reinterpret_cast<uintptr_t>(g->sp);
  StackSeg* s = g->stack;
  while (s) {
    uintptr_t hi = (s == &g->first) ? reinterpret_cast<uintptr_t>(g) + sizeof(G) : s->top;
    if (sp >= s->lo && sp < hi) fn(reinterpret_cast<void*>(sp), reinterpret_cast<void*>(hi), ctx);
    sp = s->caller_sp;
    s = s->prev;
  }
}

StackStats stack_stats() {
  return StackStats{n_slots.load(), n_reservations.load(), n_extra_maps.load(), n_small_slots.load()};
}

}  // namespace mgo::sched

using namespace mgo::sched;

namespace {

// Generated Go code lies in section mgo_go_text (codegen/module_context.cpp), method wrappers in
// mgo_wrappers. Weak: a link without Go code has none (prologue preemption is then never served).
extern "C" const char __start_mgo_go_text[] __attribute__((weak));
extern "C" const char __stop_mgo_go_text[] __attribute__((weak));
extern "C" const char __start_mgo_wrappers[] __attribute__((weak));
extern "C" const char __stop_mgo_wrappers[] __attribute__((weak));

bool in_section(uintptr_t pc, const char* start, const char* stop) {
  return start && pc >= reinterpret_cast<uintptr_t>(start) && pc < reinterpret_cast<uintptr_t>(stop);
}

// Only Go code may be preempted in its prologue: the runtime (split-stack too) keeps per-P state
// and spin locks across calls.
bool is_go_code(uintptr_t pc) {
  return in_section(pc, __start_mgo_go_text, __stop_mgo_go_text) ||
         in_section(pc, __start_mgo_wrappers, __stop_mgo_wrappers);
}

// Is sp inside g's current segment? False on g0, on the system stack, on a signal stack.
bool on_goroutine_stack(G* g, uintptr_t sp) {
  if (g == nullptr || g->on_system_stack) return false;
  StackSeg* s = g->stack;
  uintptr_t hi = (s == &g->first) ? reinterpret_cast<uintptr_t>(g) : s->top;
  return sp > s->lo && sp <= hi;
}

}  // namespace

// The C half of __morestack. Runs on the goroutine's current segment, below its limit (inside the
// headroom). Returns 0 to continue on the current stack, or the new sp with the stack arguments
// copied there.
extern "C" void* mgo_morestack(uintptr_t framesize, void* old_args, uintptr_t argsize, uintptr_t sp_now) {
  // Everything we call has split-stack prologues (even getg): run it unchecked.
  uintptr_t limit = read_stack_limit();
  write_stack_limit(0);
  G* g = getg();
  if (!on_goroutine_stack(g, sp_now)) {
    // g0, system stack, signal stack, a thread without goroutines: no limit there (0). We only
    // get here through a preemption mark meant for a goroutine (or a stale limit): drop it.
    return nullptr;
  }
  uintptr_t entry_sp = reinterpret_cast<uintptr_t>(old_args) - 8;
  uintptr_t prologue_pc = *reinterpret_cast<uintptr_t*>(entry_sp - 8);
  if (limit == kPreemptMark && is_go_code(prologue_pc)) {
    preempt_serve();  // may resume on another thread: g is still us
    write_stack_limit(0);
    limit = g->stack->limit;
  }
  // Enough room after all (a preemption request, or a prologue rewritten by a linker that does
  // not know our stacks, see __morestack_non_split): continue on this stack. A preemption mark
  // seen by runtime code stays in place for the next Go prologue.
  if (entry_sp - framesize > g->stack->limit) {
    write_stack_limit(limit);
    return nullptr;
  }
  StackSeg* cur = g->stack;
  size_t need = framesize + argsize + kHeadroom + 1024 + sizeof(StackSeg);
  StackSeg* nx = cur->next;
  if (nx && nx->top - nx->lo < need) {
    // Cached segment too small: drop it (and whatever was cached beyond it).
    cur->next = nullptr;
    while (nx) {
      StackSeg* after = nx->next;
      free_segment(nx);
      nx = after;
    }
  }
  if (nx == nullptr) {
    size_t cur_size = cur->top - cur->lo;
    size_t size = next_pow2(need > 2 * cur_size ? need : 2 * cur_size);
    if (cur->total + size > kMaxStack) {
      // Try the smallest segment that satisfies this frame before giving up.
      size = next_pow2(need);
      if (cur->total + size > kMaxStack) fatal_stack_overflow(g, sp_now);
    }
    nx = alloc_segment(size);
    nx->prev = cur;
    cur->next = nx;
  }
  nx->caller_sp = sp_now;
  nx->total = cur->total + nx->map_size;
  if (nx->total > kMaxStack) fatal_stack_overflow(g, sp_now);
  g->stack = nx;
  write_stack_limit(nx->limit);
  uintptr_t new_sp = (nx->top - argsize) & ~uintptr_t(15);
  if (argsize) memcpy(reinterpret_cast<void*>(new_sp), old_args, argsize);
  return reinterpret_cast<void*>(new_sp);
}

// Called by __morestack when a function that ran on a new segment returns.
extern "C" void mgo_lessstack(void) {
  G* g = getg();
  StackSeg* s = g->stack;
  g->stack = s->prev;
  write_stack_limit(s->prev->limit);
}
