// defer.cpp — the per-goroutine stack of deferred calls and the list of defer frames (see abi.h,
// "Defer", and defer_internal.h for the model).
//
// Invariants: records above a frame's mark belong to that frame; mgo_defer_frame_return pops LIFO
// down to the mark, each record popped BEFORE its call (as Go's deferreturn: a panic in it does
// not see it again), then unlinks the frame. The state object and the records array live in the
// GC heap, reachable from runtime-core slot 0 of the goroutine (the GC scans the G with its stack),
// or from the registered static mainState outside goroutines, so pending closures stay alive
// (closures in the deferring function's own stack frame are scanned with that stack).
// Cost of a function with defers: mgo_defer_frame_enter (one goroutine lookup; the frame caches the
// state pointer: a goroutine's state never moves) + mgo_defer_frame_return, and one
// mgo_defer_frame_push per executed defer statement.
#include <cstring>

#include "defer_internal.h"
#include "sched_api.h"
#include "sched_internal.h"

namespace mgo::rt {


namespace {

DeferState mainState;
bool rootRegistered = false;

void grow(DeferState& s) {
  int64_t capacity = s.capacity ? s.capacity * 2 : 16;
  auto* grown = static_cast<DeferRecord*>(mgo_alloc_bytes(uint64_t(capacity) * sizeof(DeferRecord), false));
  if (s.depth) std::memcpy(grown, s.records, uint64_t(s.depth) * sizeof(DeferRecord));
  s.records = grown;
  s.capacity = capacity;
}

// Pops and calls every record above mark.
void runDown(DeferState& s, int64_t mark) {
  while (s.depth > mark) {
    void* closure = s.records[--s.depth].closure;
    s.records[s.depth] = DeferRecord{};
    callDeferredClosure(closure);
  }
}

}  // namespace

DeferState& stateOf(sched::G* g) {
  if (g) {
    if (!g->core[0]) g->core[0] = mgo_alloc_bytes(sizeof(DeferState), false);
    return *static_cast<DeferState*>(g->core[0]);
  }
  if (!rootRegistered) {
    rootRegistered = true;
    mgo_gc_register_root(&mainState, sizeof mainState);
  }
  return mainState;
}

DeferState& deferState() { return stateOf(sched::getg()); }

void callDeferredClosure(void* closure) {
  auto code = *reinterpret_cast<void (**)(void*)>(closure);
  code(closure);
}

void expandOpenDefers(DeferState& s) {
  // Frames innermost first; `inner` ends at the frame just visited, whose marks (and all inner ones)
  // must move up by what an outer frame inserts below them.
  for (mgo_defer_frame* f = s.frames; f; f = f->prev) {
    uint64_t bits = f->open_bits;
    if (bits == 0) continue;
    int64_t n = __builtin_popcountll(bits);
    while (s.capacity < s.depth + n) grow(s);
    std::memmove(&s.records[f->mark + n], &s.records[f->mark], size_t(s.depth - f->mark) * sizeof(DeferRecord));
    int64_t at = f->mark;
    for (int i = 0; i < 64; ++i)  // lowest index first: the last deferred call ends on top
      if (bits & (uint64_t(1) << i)) s.records[at++] = DeferRecord{f->open_closures[i], nullptr, 0};
    s.depth += n;
    f->open_bits = 0;
    for (mgo_defer_frame* inner = s.frames; inner != f; inner = inner->prev) inner->mark += n;
  }
}

}  // namespace mgo::rt

using namespace mgo::rt;

extern "C" {

uint64_t mgo_escape_check_sequence(void) __attribute__((weak));  // escape_check.cpp, --check-escape only

// The running goroutine's DeferState (sched_hooks.h keeps it current on every switch).
__attribute__((tls_model("initial-exec"))) __thread void* mgo_tls_defer_state = nullptr;

void mgo_defer_frame_enter(mgo_defer_frame* f) {
  // The slow path of codegen's inline enter (abi.h "Fast path"), and the whole of it in
  // --check-escape programs and for C++ callers (recover_catch.cpp).
  mgo::sched::G* g = mgo::sched::getg();
  auto* s = g ? static_cast<DeferState*>(g->core[0]) : nullptr;
  if (__builtin_expect(s == nullptr, 0)) {
    s = &stateOf(g);
    if (g) mgo_tls_defer_state = s;  // from now on the inline fast path finds it
  }
  f->prev = s->frames;
  f->mark = s->depth;
  f->state = s;
  f->check_sequence = mgo_escape_check_sequence ? mgo_escape_check_sequence() : 0;
  s->frames = f;
}

void mgo_defer_frame_push(mgo_defer_frame* f, void* closure) {
  DeferState& s = *static_cast<DeferState*>(f->state);
  if (s.depth == s.capacity) grow(s);
  s.records[s.depth++] = DeferRecord{closure, nullptr, 0};
}

void mgo_defer_frame_return(mgo_defer_frame* f) {
  DeferState& s = *static_cast<DeferState*>(f->state);
  if (__builtin_expect(s.depth > f->mark, 0)) runDown(s, f->mark);
  s.frames = f->prev;
}

int64_t mgo_defer_mark(void) { return deferState().depth; }

void mgo_defer_push(void* closure) {
  DeferState& s = deferState();
  if (s.depth == s.capacity) grow(s);
  s.records[s.depth++] = DeferRecord{closure, nullptr, 0};
}

void mgo_defer_run(int64_t mark) { runDown(deferState(), mark); }

}  // extern "C"
