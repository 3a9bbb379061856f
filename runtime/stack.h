// stack.h — goroutine stacks: slots carved from big reservations, segmented growth via the
// split-stack protocol (__morestack in context_amd64.S), and the layout the GC scans.
//
// Design (see docs/RUNTIME.md "Stacks"):
//   * Every goroutine owns one *slot* of kSlotSize bytes carved from a 1 GiB MAP_NORESERVE
//     reservation (one VMA per GiB, never one mmap per goroutine, so a million goroutines fit under
//     vm.max_map_count). The G struct lives at the top of its slot, the stack grows down below it.
//     Pages are committed by the kernel on first touch: a parked goroutine costs the pages it
//     touched (normally one) and nothing else.
//   * Code compiled with LLVM's "split-stack" attribute compares sp against %fs:0x70 (the limit of
//     the current segment) in every prologue. When it runs out, __morestack asks mgo_morestack for a
//     new *segment* (>= 256 KiB, doubling, mmap'ed, cached per size class). Segments are linked
//     newest -> oldest; a segment released on return stays cached on the goroutine (no hot-split
//     thrash) until the goroutine exits.
//   * Each segment keeps kHeadroom bytes below its limit for code without split-stack prologues
//     (the C++ runtime, libc) called from Go code.
//   * Total stack > kMaxStack (1e9 bytes, Go's limit) => "fatal error: stack overflow", exit 2.
// Invariants:
//   * g->stack is the segment sp currently lies in (while the goroutine runs or is parked).
//   * For a segment s with s->prev != nullptr, the live part of s->prev is [s->caller_sp, prev->top).
//   * %fs:0x70 == g->stack->limit while g runs (or the preemption mark, see sched.h).
#pragma once
#include <cstddef>
#include <cstdint>

namespace mgo::sched {

struct G;

inline constexpr size_t kSlotSize = 64 * 1024;        // first segment (incl. the G at its top)
inline constexpr size_t kHeadroom = 32 * 1024;        // room below the limit for non-split code
inline constexpr size_t kMinExtraSegment = 256 * 1024;
inline constexpr uint64_t kMaxStack = 1000000000;     // Go's maxstacksize on 64-bit
inline constexpr size_t kMainStackSize = 256u << 20;  // the main goroutine's first segment

struct StackSeg {
  uintptr_t lo = 0;          // lowest usable address
  uintptr_t top = 0;         // initial sp of this segment (16-aligned); scanning ends here
  uintptr_t limit = 0;       // lo + kHeadroom: the value of %fs:0x70 while sp is in here
  StackSeg* prev = nullptr;  // the older segment we came from (nullptr for the first one)
  StackSeg* next = nullptr;  // cached newer segment, reused by the next __morestack
  uintptr_t caller_sp = 0;   // sp in prev when we switched here
  uint64_t total = 0;        // bytes of stack from the first segment up to this one
  size_t map_size = 0;       // extra segments: size of the mapping (the header sits at its top)
};

// Stack limit register (%fs:0x70 on x86-64 Linux, glibc's tcbhead_t.__private_ss).
inline uintptr_t read_stack_limit() {
  uintptr_t v;
  asm volatile("movq %%fs:0x70, %0" : "=r"(v));
  return v;
}
inline void write_stack_limit(uintptr_t v) { asm volatile("movq %0, %%fs:0x70" ::"r"(v) : "memory"); }
inline uintptr_t thread_pointer() {
  uintptr_t v;
  asm volatile("movq %%fs:0, %0" : "=r"(v));
  return v;
}

// Allocates a zeroed slot and constructs a G at its top; the first segment covers the rest.
// `main_stack` gives the (much larger, guard-paged) stack of the main goroutine.
// Thread-safe (takes the slot lock). Gs are never freed: they are recycled through free lists.
G* stack_new_g(bool main_stack);
// Prepares g's stack so that switching to g->sp enters mgo_ctx_entry with r12 = g.
void stack_init_context(G* g);
// Returns every extra segment of an exited goroutine to the segment cache.
void stack_release_extra(G* g);
// Calls fn(lo, hi, ctx) for every live range of g's stack, from the saved sp upwards, across
// segments. g must not be running (or must be on the system stack).
void stack_for_each_range(G* g, void (*fn)(void* lo, void* hi, void* ctx), void* ctx);
// Statistics for tests and docs.
struct StackStats {
  uint64_t slots_allocated;
  uint64_t reservations;
  uint64_t extra_segments_mapped;
};
StackStats stack_stats();

}  // namespace mgo::sched

extern "C" {
void mgo_ctx_switch(void** save_sp, void* new_sp);
void mgo_ctx_entry(void);
void mgo_ctx_call_on(void** save_sp, void* new_sp, void (*fn)(void*), void* arg);
void* mgo_morestack(uintptr_t framesize, void* old_args, uintptr_t argsize, uintptr_t sp_now);
void mgo_lessstack(void);
}
