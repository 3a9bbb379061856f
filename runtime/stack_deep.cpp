// stack_deep.cpp — deep_stack(): run deep non-split code (stdio, snprintf, exit, sysconf) from a
// goroutine whose first segment keeps only kSmallHeadroom bytes for libc (see stack.h).
//
// How: this function (compiled with -fsplit-stack like the rest of the runtime) has a frame of
// kDeepStack bytes, so its prologue calls __morestack unless that much stack is left; fn then
// runs below the (never touched, so never committed) pad with at least kDeepStack bytes free
// plus the segment's headroom. On the system stack and other threads the limit is 0: no switch.
// The pad is scanned (conservatively) by the GC only if fn reaches a safe point, which the callers
// in the runtime never do while using it for libc.
#include "stack.h"

namespace mgo::sched {

__attribute__((noinline)) void deep_stack(void (*fn)(void*), void* arg) {
  char pad[kDeepStack];
  asm volatile("" : : "r"(pad) : "memory");  // keep the frame
  fn(arg);
  asm volatile("" : : "r"(pad) : "memory");  // not a tail call: fn runs below the pad
}

}  // namespace mgo::sched
