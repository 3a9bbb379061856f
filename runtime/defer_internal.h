// defer_internal.h — the per-goroutine defer / panic state shared by defer.cpp (defer records and
// frames), panic.cpp (panic values, messages, printing) and recover.cpp (the panic loop,
// recover(), recovery by longjmp).
//
// Model (Go 1.19's runtime/panic.go; open-coded defers become records when a panic starts, as Go's
// addOneOpenDeferFrame does lazily):
//   * records: the goroutine's deferred calls, innermost last. A record is `started` once a panic
//     has begun running it; `panic` is that panic (so a later panic can mark it aborted).
//   * frames: the mgo_defer_frames of the live functions that have defer statements, innermost
//     first (a list through mgo_defer_frame::prev, on the machine stack). Frame F owns the records
//     [F.mark, next inner frame's mark): the records its body pushed.
//   * panics: the active panics, innermost first (Go's gp._panic list). A panic stays on the list
//     while recovered-but-aborted or aborted panics below it are printed with it.
// Invariants: the state is one GC object per goroutine (runtime-core slot 0 of the G; a static
// registered root outside goroutines), so panic values and closures stay alive; a Panic lives in
// its startPanic frame (scanned with the stack). Records array indices, never pointers, survive a call (it may grow).
#pragma once
#include <cstddef>
#include <cstdint>

#include "abi.h"

namespace mgo::rt {

struct Panic {
  mgo_eface arg;       // the value (data always a heap copy)
  Panic* link;         // the panic that was running when this one started
  void* running;       // closure of the deferred call this panic is running (recover's check)
  bool recovered;
  bool aborted;        // a deferred call it ran panicked
};

struct DeferRecord {
  void* closure;
  Panic* panic;        // the panic running it (started records only)
  uint64_t started;
};

struct DeferState {
  DeferRecord* records;
  int64_t depth;
  int64_t capacity;
  mgo_defer_frame* frames;   // innermost live defer frame
  Panic* panic;              // innermost active panic
  uint64_t sigsegv;          // a nil dereference panicked since the panic list was last empty
};

static_assert(offsetof(DeferState, depth) == 8 && offsetof(DeferState, frames) == 24,
              "codegen's inline defer-frame enter/return (abi.h) relies on this layout");

DeferState& deferState();
// Turns the pending open-coded defers of every live frame into records at that frame's mark (see
// abi.h "Open-coded defers"); called when a panic starts, before it runs any deferred call.
void expandOpenDefers(DeferState& s);
void callDeferredClosure(void* closure);

// Starts a panic with `arg` (data already on the heap): runs the deferred calls, recovers or prints
// every active panic and exits with status 2.
[[noreturn]] void startPanic(mgo_eface arg, bool sigsegv);
// Go's printpanics + fatalpanic: "panic: A [recovered]\n\tpanic: B\n[signal ...]\n\ngoroutine ...".
[[noreturn]] void printPanicsAndExit(const DeferState& st);

}  // namespace mgo::rt
