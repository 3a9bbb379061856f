// recover.cpp — the panic loop (Go's gopanic), recover() (gorecover) and recovery (Go's
// `recovery`: resume the frame that deferred the recovering call as if its deferred-call site
// returned, and let it return normally).
//
// Design (no unwind tables; see abi.h "Defer" for the code generated per function):
//   * A function with defer statements keeps an mgo_defer_frame in its stack frame and calls
//     llvm.eh.sjlj.setjmp on it once, at entry (LLVM's builtin setjmp: the resume point is a block
//     of the function itself, every register is treated as clobbered there, so no register-promoted
//     value is trusted after the jump; the results live in memory whose address escaped).
//   * startPanic runs the goroutine's deferred records innermost first, each marked started and
//     owned by the panic. When one returns with the panic recovered, the frame owning the record
//     (the innermost frame whose mark <= the record's index) becomes the innermost frame again:
//     the frames above it are dropped, the goroutine's stack segment (split stacks) is reset to the
//     one that frame runs on, escape-check frames created since are released, and we jump to the
//     frame's resume point with mgo_defer_longjmp (fp, pc, sp from the jmpbuf, like LLVM's own
//     llvm.eh.sjlj.longjmp). The function then runs its remaining deferred calls in its return
//     block and returns its results. The C++ frames in between (this loop, the runtime function
//     that panicked) are simply abandoned: none of them holds a lock or a needed destructor when it
//     reaches here (a few bytes of malloc'ed message text may leak).
//   * recover() is "called directly by the deferred function": codegen passes the frame address of
//     the function calling recover(); its saved frame pointer must be the frame of the deferred
//     call's code (the thunk, which stores its frame address in the second word of its closure
//     when it starts). Between the two there may be __morestack (the callee started on a new
//     stack segment: its frame sits on the new segment and the original caller's frame pointer and
//     return address are at [rbp], [rbp+16] of __morestack's frame) and method wrappers (functions
//     in the section "mgo_wrappers", like Go's wrapper frames).
//   * A panic inside a deferred call run by a panic marks the older panic aborted; it is printed
//     with the new one (with " [recovered]" if it had been recovered) unless a recovery removes it.
//     Fatal errors (deadlock, stack overflow, escape check) never come here: they are not panics.
// Invariants: at most one recovery per panic; a recovered panic's loop never resumes.
#include <cstring>

#include "defer_internal.h"
#include "sched_internal.h"
#include "stack.h"

extern "C" {
void __morestack(void);
// Bounds of the method wrappers' section (weak: absent when the program has no wrapper).
extern const char __start_mgo_wrappers[] __attribute__((weak));
extern const char __stop_mgo_wrappers[] __attribute__((weak));
// Escape-check frames (runtime/escape_check.cpp; weak: linked only in --check-escape programs).
void mgo_escape_check_release_since(uint64_t sequence) __attribute__((weak));
}

namespace mgo::rt {

namespace {

// Jumps to a resume point recorded by llvm.eh.sjlj.setjmp: restores rbp and rsp, jumps to the pc.
[[noreturn, gnu::naked]] void deferLongjmp(void* const* /*jmpbuf*/) {
  asm volatile(
      "movq 0(%rdi), %rbp\n\t"
      "movq 8(%rdi), %rax\n\t"
      "movq 16(%rdi), %rsp\n\t"
      "jmpq *%rax\n\t");
}

// The return address of __morestack's `call *%r10` (the function body on a new segment): found
// once by scanning __morestack's code for that instruction (41 ff d2).
uintptr_t morestackBodyReturn() {
  static uintptr_t cached = 0;
  if (cached) return cached;
  auto* code = reinterpret_cast<const uint8_t*>(&__morestack);
  for (int i = 0; i < 512; ++i) {
    if (code[i] == 0x41 && code[i + 1] == 0xff && code[i + 2] == 0xd2) {
      cached = reinterpret_cast<uintptr_t>(code + i + 3);
      break;
    }
  }
  return cached;
}

bool isWrapperCode(uintptr_t pc) {
  if (!__start_mgo_wrappers) return false;
  return pc >= reinterpret_cast<uintptr_t>(__start_mgo_wrappers) &&
         pc < reinterpret_cast<uintptr_t>(__stop_mgo_wrappers);
}

// Was the function whose frame is `frame` called by the code whose frame is `caller`, directly or
// through method wrappers (and __morestack)?
bool calledFrom(const uintptr_t* frame, uintptr_t caller) {
  for (int hops = 0; hops < 16 && frame; ++hops) {
    uintptr_t callerFrame = frame[0];
    uintptr_t returnPc = frame[1];
    if (returnPc == morestackBodyReturn()) {
      auto* morestack = reinterpret_cast<const uintptr_t*>(callerFrame);
      callerFrame = morestack[0];
      returnPc = morestack[2];
    }
    if (callerFrame == caller) return true;
    if (!isWrapperCode(returnPc)) return false;
    frame = reinterpret_cast<const uintptr_t*>(callerFrame);
  }
  return false;
}

// The resumed frame (its saved sp) lies in the current segment or an older one (we are deeper in the same
// goroutine): make that segment current again.
void restoreStackSegment(const void* frame) {
  sched::G* g = sched::getg();
  if (!g) return;
  auto addr = reinterpret_cast<uintptr_t>(frame);
  sched::StackSeg* seg = g->stack;
  while (seg && !(addr >= seg->lo && addr < seg->top)) seg = seg->prev;
  if (!seg) sched::fatal("recovered panic: the resumed frame is not on the goroutine's stack");
  g->stack = seg;  // newer segments stay cached in seg->next, as after a normal return
  if (sched::read_stack_limit() != sched::kPreemptMark) sched::write_stack_limit(seg->limit);
}

// Go's `recovery`: p was recovered by the deferred call of record `index`, which has returned.
[[noreturn]] void recoverInto(DeferState& st, Panic* p, int64_t index) {
  mgo_defer_frame* target = st.frames;
  while (target && target->mark > index) target = target->prev;
  if (!target) {
    sched::fatal("recovered panic without a frame to resume");
  }
  st.frames = target;
  st.panic = p->link;
  while (st.panic && st.panic->aborted) st.panic = st.panic->link;
  if (!st.panic) st.sigsegv = 0;
  restoreStackSegment(target->jmpbuf[2]);  // the saved sp (the frame itself may live in an escape-check frame)
  if (mgo_escape_check_release_since) mgo_escape_check_release_since(target->check_sequence);
  deferLongjmp(target->jmpbuf);
}

}  // namespace

void startPanic(mgo_eface arg, bool sigsegv) {
  DeferState& st = deferState();
  if (sigsegv) st.sigsegv = 1;
  // The panic record lives in this frame, as Go's _panic does: the frame stays until the panic is
  // recovered (recoverInto unlinks it before jumping past us) or the program exits; panics left on
  // the list are always those whose startPanic frames are still below the running code.
  Panic record{};
  Panic* p = &record;
  p->arg = arg;
  p->link = st.panic;
  st.panic = p;
  expandOpenDefers(st);
  while (st.depth > 0) {
    int64_t index = st.depth - 1;
    DeferRecord& d = st.records[index];
    if (d.started) {
      // It panicked (this panic started inside it): the panic that ran it is aborted, and the
      // call is not run again.
      if (d.panic) d.panic->aborted = true;
      st.records[index] = DeferRecord{};
      st.depth = index;
      continue;
    }
    d.started = 1;
    d.panic = p;
    void* closure = d.closure;
    p->running = closure;
    callDeferredClosure(closure);
    p->running = nullptr;
    // It returned normally: everything pushed above it is gone again.
    st.records[index] = DeferRecord{};
    st.depth = index;
    if (p->recovered) recoverInto(st, p, index);
  }
  printPanicsAndExit(st);
}

}  // namespace mgo::rt

using namespace mgo::rt;

extern "C" {

mgo_eface mgo_recover(void* frame) {
  DeferState& st = deferState();
  Panic* p = st.panic;
  if (!p || p->recovered || !p->running) return mgo_eface{nullptr, nullptr};
  uintptr_t thunkFrame = static_cast<const uintptr_t*>(p->running)[1];
  if (!calledFrom(static_cast<const uintptr_t*>(frame), thunkFrame)) return mgo_eface{nullptr, nullptr};
  p->recovered = true;
  return p->arg;
}

}  // extern "C"
