// recover_catch.h — a Go call made by runtime C++ code under a deferred recover(), as Go's
//     func() { defer func() { if r := recover(); ... { onPanic(r) } }(); body() }()
// (used by fmt's catchPanic around String() / Error() / GoString()). See recover_catch.cpp.
#pragma once
#include "abi.h"

namespace mgo::rt {

using CatchBody = void (*)(void* arg);
// Runs as the deferred call of the panic that ended body, with the panic already recovered and
// its value (recover()'s result: {nullptr, nullptr} after panic(nil)). It runs on top of the
// panicking stack, like a deferred function: a panic inside it is a nested panic (the recovered
// one is then printed as "[recovered]" if nothing recovers the new one), exactly as in Go.
using CatchHandler = void (*)(mgo_eface value, void* ctx);

// Calls body(arg). Returns false if it returned normally; true if it panicked, in which case
// onPanic(value, ctx) has run and the stack, the goroutine's stack segment, its defer/panic state
// and the escape-check frames are back to what they were at the call.
bool callCatchingPanic(CatchBody body, void* arg, CatchHandler onPanic, void* ctx);

}  // namespace mgo::rt
