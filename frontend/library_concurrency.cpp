// library_concurrency.cpp — the built-in packages sync, sync/atomic, time and runtime: exported
// types (with their methods), functions and constants with Go 1.19's signatures.
//
// Invariants:
//   * Library struct types have exactly the size and alignment of the runtime's C structs in
//     runtime/abi.h (sync.Mutex 8 bytes, RWMutex 24, WaitGroup 16, Once 12, atomic.Int64 8 ...),
//     because codegen lays them out like any Go struct and the runtime works on them in place;
//     they are valid when zeroed. Their fields are unexported.
//   * time.Time is {wall int64 (Unix ns), mono int64 (monotonic ns, 0 if unknown)}: the runtime
//     writes the wall clock into the first word of values it sends on timer channels.
//   * Methods of sync types and atomic types have pointer receivers, time's have value receivers,
//     as in Go; codegen lowers them to mgo_<pkg>_<Type>_<Method>.
//   * runtime.Error is an interface type (no methods of its own to lower).
#include "frontend/library_builder.h"

namespace mgo::types {

namespace {

const Type* emptyStruct(LibraryBuilder& b) { return b.structType({}); }

}  // namespace

void buildSync(Context& ctx, LibraryBuilder& b) {
  const Type* i32 = b.t(Kind::Int32);
  const Type* u32 = b.t(Kind::Uint32);
  const Type* u64 = b.t(Kind::Uint64);
  const Type* bl = b.t(Kind::Bool);
  Named* noCopy = b.namedType("noCopy", emptyStruct(b));

  Named* mutex = b.namedType("Mutex", b.structType({{"state", i32}, {"sema", u32}}));
  b.method(mutex, true, "Lock", {}, {});
  b.method(mutex, true, "Unlock", {}, {});
  b.method(mutex, true, "TryLock", {}, {{"", bl}});

  Named* rw = b.namedType("RWMutex", b.structType({{"w", mutex},
                                                   {"writerSem", u32},
                                                   {"readerSem", u32},
                                                   {"readerCount", i32},
                                                   {"readerWait", i32}}));
  for (const char* m : {"Lock", "Unlock", "RLock", "RUnlock"}) b.method(rw, true, m, {}, {});
  b.method(rw, true, "TryLock", {}, {{"", bl}});
  b.method(rw, true, "TryRLock", {}, {{"", bl}});

  Named* wg = b.namedType("WaitGroup", b.structType({{"noCopy", noCopy}, {"state1", u64}, {"state2", u32}}));
  b.method(wg, true, "Add", {{"delta", b.t(Kind::Int)}}, {});
  b.method(wg, true, "Done", {}, {});
  b.method(wg, true, "Wait", {}, {});

  Named* once = b.namedType("Once", b.structType({{"done", u32}, {"m", mutex}}));
  const Type* thunk = ctx.signature(ctx.tuple({}), ctx.tuple({}), false);
  b.method(once, true, "Do", {{"f", thunk}}, {});
}

void buildAtomic(Context& ctx, LibraryBuilder& b) {
  struct IntKind {
    const char* name;
    Kind kind;
  };
  const IntKind kinds[] = {{"Int32", Kind::Int32}, {"Int64", Kind::Int64}, {"Uint32", Kind::Uint32},
                           {"Uint64", Kind::Uint64}, {"Uintptr", Kind::Uintptr}};
  const Type* bl = b.t(Kind::Bool);
  for (const IntKind& k : kinds) {
    const Type* t = b.t(k.kind);
    const Type* p = ctx.pointerTo(t);
    std::string n = k.name;
    b.func("Add" + n, {{"addr", p}, {"delta", t}}, {{"new", t}});
    b.func("Load" + n, {{"addr", p}}, {{"val", t}});
    b.func("Store" + n, {{"addr", p}, {"val", t}}, {});
    b.func("Swap" + n, {{"addr", p}, {"new", t}}, {{"old", t}});
    b.func("CompareAndSwap" + n, {{"addr", p}, {"old", t}, {"new", t}}, {{"swapped", bl}});
    if (k.kind == Kind::Uintptr) continue;
    // Go 1.19's typed atomics: the value itself in memory.
    Named* named = b.namedType(n, b.structType({{"v", t}}));
    b.method(named, true, "Load", {}, {{"", t}});
    b.method(named, true, "Store", {{"val", t}}, {});
    b.method(named, true, "Swap", {{"new", t}}, {{"old", t}});
    b.method(named, true, "CompareAndSwap", {{"old", t}, {"new", t}}, {{"swapped", bl}});
    b.method(named, true, "Add", {{"delta", t}}, {{"new", t}});
  }
  Named* boolean = b.namedType("Bool", b.structType({{"v", b.t(Kind::Uint32)}}));
  b.method(boolean, true, "Load", {}, {{"", bl}});
  b.method(boolean, true, "Store", {{"val", bl}}, {});
  b.method(boolean, true, "Swap", {{"new", bl}}, {{"old", bl}});
  b.method(boolean, true, "CompareAndSwap", {{"old", bl}, {"new", bl}}, {{"swapped", bl}});
}

void buildTime(Context& ctx, LibraryBuilder& b) {
  const Type* i64 = b.t(Kind::Int64);
  const Type* f64 = b.t(Kind::Float64);
  const Type* bl = b.t(Kind::Bool);
  Named* duration = b.namedType("Duration", i64);
  const int64_t units[] = {1, 1000, 1000000, 1000000000, 60000000000LL, 3600000000000LL};
  const char* unitNames[] = {"Nanosecond", "Microsecond", "Millisecond", "Second", "Minute", "Hour"};
  for (int i = 0; i < 6; ++i) b.constant(unitNames[i], duration, ConstValue::makeInt(units[i]));
  b.method(duration, false, "String", {}, {{"", b.t(Kind::String)}});
  b.method(duration, false, "Nanoseconds", {}, {{"", i64}});
  b.method(duration, false, "Microseconds", {}, {{"", i64}});
  b.method(duration, false, "Milliseconds", {}, {{"", i64}});
  b.method(duration, false, "Seconds", {}, {{"", f64}});
  b.method(duration, false, "Minutes", {}, {{"", f64}});
  b.method(duration, false, "Hours", {}, {{"", f64}});

  Named* tm = b.namedType("Time", b.structType({{"wall", i64}, {"mono", i64}}));
  b.method(tm, false, "Sub", {{"u", tm}}, {{"", duration}});
  b.method(tm, false, "Add", {{"d", duration}}, {{"", tm}});
  b.method(tm, false, "Before", {{"u", tm}}, {{"", bl}});
  b.method(tm, false, "After", {{"u", tm}}, {{"", bl}});
  b.method(tm, false, "UnixNano", {}, {{"", i64}});
  b.method(tm, false, "UnixMilli", {}, {{"", i64}});
  b.method(tm, false, "Unix", {}, {{"", i64}});

  const Type* timeChan = ctx.chanOf(ast::ChanDir::Recv, tm);
  Named* timer = b.namedType("Timer", b.structType({{"C", timeChan}}));
  b.method(timer, true, "Stop", {}, {{"", bl}});
  b.method(timer, true, "Reset", {{"d", duration}}, {{"", bl}});

  Named* ticker = b.namedType("Ticker", b.structType({{"C", timeChan}}));
  b.method(ticker, true, "Stop", {}, {});
  b.method(ticker, true, "Reset", {{"d", duration}}, {});

  const Type* thunk = ctx.signature(ctx.tuple({}), ctx.tuple({}), false);
  b.func("Sleep", {{"d", duration}}, {});
  b.func("Now", {}, {{"", tm}});
  b.func("Since", {{"t", tm}}, {{"", duration}});
  b.func("Until", {{"t", tm}}, {{"", duration}});
  b.func("After", {{"d", duration}}, {{"", timeChan}});
  b.func("Tick", {{"d", duration}}, {{"", timeChan}});
  b.func("NewTimer", {{"d", duration}}, {{"", ctx.pointerTo(timer)}});
  b.func("NewTicker", {{"d", duration}}, {{"", ctx.pointerTo(ticker)}});
  b.func("AfterFunc", {{"d", duration}, {"f", thunk}}, {{"", ctx.pointerTo(timer)}});
}

void buildRuntime(Context& ctx, LibraryBuilder& b) {
  const Type* i = b.t(Kind::Int);
  // type Error interface { error; RuntimeError() }: what recovered run-time panics implement
  // (their types, runtime.boundsError etc., exist only in the runtime: codegen/lower_recover.cpp).
  const Signature* errorSig = ctx.signature(ctx.tuple({}), ctx.tuple({b.t(Kind::String)}), false);
  const Signature* markerSig = ctx.signature(ctx.tuple({}), ctx.tuple({}), false);
  b.namedType("Error", ctx.interfaceOf({InterfaceMethod{"Error", errorSig}, InterfaceMethod{"RuntimeError", markerSig}}));
  b.func("Gosched", {}, {});
  b.func("GC", {}, {});
  b.func("NumGoroutine", {}, {{"", i}});
  b.func("NumCPU", {}, {{"", i}});
  b.func("GOMAXPROCS", {{"n", i}}, {{"", i}});
}

}  // namespace mgo::types
