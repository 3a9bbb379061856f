// recover_catch.cpp — callCatchingPanic: runtime C++ code calling Go code under a deferred
// recover(), the way generated code does it (abi.h "Defer"), with C++ in the generated code's place.
//
// How: the caller owns an mgo_defer_frame with one deferred record (a closure whose code is
// runHandler) and calls body through catchTrampoline, a tiny assembly function that saves the
// callee-saved registers in its own frame and records its resume point in the frame's jmpbuf
// (fp, pc, sp: the layout recover.cpp's longjmp restores). If body returns, the trampoline
// returns 0 and mgo_defer_frame_return runs the record, which sees no panic of its own and does
// nothing. If body panics, the panic loop (recover.cpp startPanic) runs the record: runHandler
// marks the panic recovered (what recover() does) and calls the handler, still on top of the
// panicking stack; when it returns, recovery resumes the innermost frame owning the record — ours,
// since every frame body created was entered after our record was pushed — at the trampoline's
// resume point, which restores the callee-saved registers and returns 1. To the C++ caller the
// trampoline simply returned: its own frame, below the abandoned ones, is intact.
//
// Invariants: the record is the first one above the frame's mark, and the trampoline runs on the
// stack segment recorded by mgo_defer_frame_enter (same C++ function, no split-stack prologue in
// between). The record is only ever acted on by the panic that is running it (Panic::running).
#include "recover_catch.h"

#include "defer_internal.h"

namespace mgo::rt {

namespace {

struct CatchClosure {
  void (*code)(void* env);  // word 0: the code, called with the closure itself
  void* frameWord;          // word 1: written by generated deferred thunks (recover's check); unused
  CatchHandler onPanic;
  void* ctx;
};

void runHandler(void* env) {
  auto* closure = static_cast<CatchClosure*>(env);
  Panic* p = deferState().panic;
  // Run by mgo_defer_frame_return after a normal return (possibly while an older panic runs the
  // deferred call that called us): not ours, nothing to do.
  if (!p || p->recovered || p->running != closure) return;
  p->recovered = true;
  closure->onPanic(p->arg, closure->ctx);
}

// uint64_t catchTrampoline(mgo_defer_frame* f, CatchBody body, void* arg): 0 after body returned,
// 1 when resumed by a recovery. rsp is 16-byte aligned at the call of body.
[[gnu::naked, gnu::noinline]] uint64_t catchTrampoline(mgo_defer_frame* /*f*/, CatchBody /*body*/,
                                                       void* /*arg*/) {
  asm volatile(
      "pushq %rbp\n\t"
      "movq %rsp, %rbp\n\t"
      "pushq %rbx\n\t"
      "pushq %r12\n\t"
      "pushq %r13\n\t"
      "pushq %r14\n\t"
      "pushq %r15\n\t"
      "subq $8, %rsp\n\t"
      "movq %rbp, 0(%rdi)\n\t"
      "leaq 1f(%rip), %rax\n\t"
      "movq %rax, 8(%rdi)\n\t"
      "movq %rsp, 16(%rdi)\n\t"
      "movq %rdx, %rdi\n\t"
      "callq *%rsi\n\t"
      "xorl %eax, %eax\n\t"
      "jmp 2f\n"
      "1:\n\t"
      "movl $1, %eax\n"
      "2:\n\t"
      "leaq -40(%rbp), %rsp\n\t"
      "popq %r15\n\t"
      "popq %r14\n\t"
      "popq %r13\n\t"
      "popq %r12\n\t"
      "popq %rbx\n\t"
      "popq %rbp\n\t"
      "ret\n\t");
}

}  // namespace

bool callCatchingPanic(CatchBody body, void* arg, CatchHandler onPanic, void* ctx) {
  CatchClosure closure{&runHandler, nullptr, onPanic, ctx};
  mgo_defer_frame frame{};
  mgo_defer_frame_enter(&frame);
  mgo_defer_frame_push(&frame, &closure);
  bool panicked = catchTrampoline(&frame, body, arg) != 0;
  // After a recovery the record is already gone and `frame` is the innermost frame again.
  mgo_defer_frame_return(&frame);
  return panicked;
}

}  // namespace mgo::rt
