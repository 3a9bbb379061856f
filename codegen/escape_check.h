// escape_check.h — `--check-escape` instrumentation: moves a function's stack frame objects into
// the runtime's checked region (runtime/escape_check.cpp) so that any use of a pointer into a
// frame that has returned faults loudly. See docs/ESCAPE.md, "Soundness check mode".
#pragma once
#include <llvm/IR/Function.h>

namespace mgo::codegen {

// Replaces every static alloca of `fn` whose address may be captured (variables and allocation
// sites the escape analysis kept on the stack, closure environments, temporaries) by a slice of one checked frame obtained with
// mgo_escape_check_enter at function entry, and releases the frame (mgo_escape_check_exit: its
// pages become inaccessible, never reused) before every return. Functions without allocas are
// (or whose allocas are never captured) are left untouched. Call once, after the function body is complete.
void instrumentEscapeCheck(llvm::Function& fn);

}  // namespace mgo::codegen
