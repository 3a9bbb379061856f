// stack.h — goroutine stacks: slots carved from big reservations, segmented growth via the
// split-stack protocol (__morestack in context_amd64.S), and the layout the GC scans.
//
// Design (see docs/RUNTIME.md "Stacks"):
//   * Every goroutine owns one *slot* carved from a 1 GiB MAP_NORESERVE reservation (one VMA per
//     GiB, never one mmap per goroutine, so a million goroutines fit under vm.max_map_count). The G
//     struct lives at the top of its slot, the stack grows down below it (the slot is the
//     goroutine's *first segment*). Pages are committed by the kernel on first touch.
//   * Slot kinds: goroutines of compiled programs (mgo_go, after mgo_sched_main) get *small* slots
//     of kSmallSlotSize = 2 KiB, two per page: a parked goroutine (G + ~350 bytes of frames) costs
//     half a page. Goroutines spawned by C++ code that is not compiled with split-stack prologues
//     (embedding, unit tests) get kSlotSize = 64 KiB slots. The main goroutine has a 256 MiB one.
//   * Code compiled with LLVM's "split-stack" attribute *and the C++ runtime itself* (built with
//     gcc's -fsplit-stack, the same protocol) compares sp against %fs:0x70 (the limit of the
//     current segment) in every prologue. When it runs out, __morestack asks mgo_morestack for a
//     new *segment* (>= 256 KiB, doubling, mmap'ed, cached per size class). Segments are linked
//     newest -> oldest; a segment released on return stays cached on the goroutine (no hot-split
//     thrash) until the goroutine exits.
//   * Each segment keeps headroom below its limit for code without split-stack prologues (libc,
//     libstdc++) and for __morestack itself: kSmallHeadroom (1 KiB) in small slots, kHeadroom
//     (32 KiB) elsewhere. Split code may also place up to 256 bytes of frame below the limit
//     (the prologue of a small frame compares sp itself). So libc called from runtime code gets at
//     least kSmallHeadroom - 256 - 256 bytes: enough for malloc/free, write, futex, clock_gettime,
//     to_chars, pthread_create (all measured < 700 bytes). Deeper libc calls (stdio, snprintf,
//     exit, sysconf) must be made under deep_stack() (stack_deep.cpp), which moves to an extra
//     segment when less than kDeepStack bytes are left. Lazy symbol binding is also too deep
//     (ld.so saves the vector registers on the stack): every executable that links the runtime is
//     static or bound at load time (-z now; codegen/link.cpp, runtime/CMakeLists.txt).
//   * Total stack > kMaxStack (1e9 bytes, Go's limit) => "fatal error: stack overflow", exit 2.
//   * Off goroutine stacks (worker g0, systemstack, other threads, signal handlers on the
//     alternate stack) %fs:0x70 is 0, so runtime prologues never fire there; a stray preemption
//     mark there is cleared by mgo_morestack.
//   * Preemption marks (%fs:0x70 == ~0) are served only in prologues of Go code (sections
//     mgo_go_text and mgo_wrappers, set by codegen): runtime code keeps per-P state and spin locks
//     across calls, so a runtime prologue that sees the mark continues (the mark stays for the
//     next Go prologue or back-edge poll).
// Invariants:
//   * g->stack is the segment sp currently lies in (while the goroutine runs or is parked).
//   * For a segment s with s->prev != nullptr, the live part of s->prev is [s->caller_sp, prev->top).
//   * %fs:0x70 == g->stack->limit while g runs (or the preemption mark, see sched.h), 0 on g0.
#pragma once
#include <cstddef>
#include <cstdint>

namespace mgo::sched {

struct G;

inline constexpr size_t kSlotSize = 64 * 1024;        // large first segment (incl. the G at its top)
inline constexpr size_t kHeadroom = 32 * 1024;        // room below the limit for non-split code
inline constexpr size_t kSmallSlotSize = 2 * 1024;    // small first segment, two per page
inline constexpr size_t kSmallHeadroom = 1024;        // its room below the limit (see above)
inline constexpr size_t kDeepStack = 16 * 1024;       // what deep_stack() guarantees below sp
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

enum class StackKind : uint8_t { kLarge = 0, kSmall, kMain };
// Allocates a zeroed slot of the given kind and constructs a G at its top; the first segment
// covers the rest. kMain gives the (much larger, guard-paged) stack of the main goroutine.
// Thread-safe (takes the slot lock). Gs are never freed: they are recycled through free lists.
G* stack_new_g(StackKind kind);
// The kind of slot spawn() gives new goroutines: kSmall once a compiled program runs
// (mgo_sched_main) or a test asks for it; kLarge by default (C++ goroutine bodies).
void stack_set_default_kind(StackKind kind);
StackKind stack_default_kind();
// Runs fn(arg) with at least kDeepStack bytes of stack below it (on a new segment if the current
// one has less left). For deep non-split code (stdio, snprintf, exit) called from a goroutine.
void deep_stack(void (*fn)(void*), void* arg);
template <class F>
inline void deep_stack(F&& f) {
  deep_stack([](void* p) { (*static_cast<F*>(p))(); }, static_cast<void*>(&f));
}
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
  uint64_t small_slots_allocated;
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
