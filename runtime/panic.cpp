// panic.cpp — run-time panics with Go 1.19's exact messages (runtime/error.go, runtime/panic.go).
//
// A panic records its message in the goroutine's panic state (runtime-core slot 1 of the G; a
// static state before the scheduler runs), then runs every pending deferred call of the goroutine
// (LIFO, defer.cpp). A deferred call that panics again appends its message and goes on running
// the remaining deferred calls, as Go does. Finally, with stdout flushed, stderr gets
//   panic: <first message>\n[\tpanic: <next message>\n...]
//   [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n   (if any was a nil deref)
//   \ngoroutine N [running]:\n<frames>
// and the process exits with status 2 (Go's printpanics / fatalpanic; frames are placeholders).
// Panic values print like Go's printpanicval: error values by Error(), Stringers by String()
// (found in the descriptor's method table), strings plain, numbers and bools like the print
// builtin, named basic types as main.T(v) / main.S("v"), anything else as (T) 0xADDR.
// Bounds errors with a negative (signed) operand use Go's boundsNegErrorFmts (no length part).
// recover() is not supported yet: this is where unwinding would start.
// Invariant: nothing here returns; only one goroutine prints (a lock held until exit).
#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <string>

#include "abi.h"
#include "runtime_internal.h"
#include "sched_api.h"

namespace mgo::rt {
void runAllDefers();
std::string formatBuiltinFloat(double v);  // print.cpp: Go's print(float64) format
}  // namespace mgo::rt

using namespace mgo::rt;

namespace {

struct PanicState {
  std::string lines;   // "panic: a\n\tpanic: b\n"
  int depth = 0;
  bool sigsegv = false;
};

PanicState mainState;
volatile int printLock = 0;

PanicState& currentState() {
  if (void** slots = mgo_sched_core_slots()) {
    if (!slots[1]) slots[1] = new PanicState();  // C++ heap: holds no GC pointers
    return *static_cast<PanicState*>(slots[1]);
  }
  return mainState;
}

std::string goroutineTrailer() {
  int64_t id = mgo_sched_goid();
  if (id == 0 || id == 1) return "\ngoroutine 1 [running]:\nmain.main()\n\t?:0 +0x0\n";
  return "\ngoroutine " + std::to_string(id) + " [running]:\n";
}

[[noreturn]] void printAndExit(const PanicState& st) {
  while (__atomic_exchange_n(&printLock, 1, __ATOMIC_ACQUIRE)) {
    mgo_sched_poll();  // another goroutine is printing its panic and exiting
  }
  mgo_flush_stdout();
  std::string out = st.lines;
  if (st.sigsegv) out += "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n";
  out += goroutineTrailer();
  mgo_write_all(2, out.data(), out.size());
  mgo_runtime_exit(2);
}

[[noreturn]] void panicWith(const std::string& message, bool sigsegv = false) {
  PanicState& st = currentState();
  st.lines += (st.depth == 0 ? "panic: " : "\tpanic: ") + message + "\n";
  st.sigsegv = st.sigsegv || sigsegv;
  st.depth++;
  runAllDefers();  // a panic inside one of them re-enters panicWith and runs the rest
  printAndExit(currentState());
}

std::string runtimeError(const std::string& what) { return "runtime error: " + what; }
std::string num(int64_t v) { return std::to_string(v); }

std::string complexText(double re, double im) {
  return "(" + formatBuiltinFloat(re) + formatBuiltinFloat(im) + "i)";
}

// The print builtin's text for a value of basic kind; false for other kinds.
bool basicText(const mgo_type* t, const void* data, std::string* out) {
  switch (t->kind) {
    case MGO_BOOL: *out = *static_cast<const uint8_t*>(data) ? "true" : "false"; return true;
    case MGO_INT: case MGO_INT64: *out = num(*static_cast<const int64_t*>(data)); return true;
    case MGO_INT32: *out = num(*static_cast<const int32_t*>(data)); return true;
    case MGO_INT16: *out = num(*static_cast<const int16_t*>(data)); return true;
    case MGO_INT8: *out = num(*static_cast<const int8_t*>(data)); return true;
    case MGO_UINT: case MGO_UINT64: case MGO_UINTPTR: *out = std::to_string(*static_cast<const uint64_t*>(data)); return true;
    case MGO_UINT32: *out = std::to_string(*static_cast<const uint32_t*>(data)); return true;
    case MGO_UINT16: *out = std::to_string(*static_cast<const uint16_t*>(data)); return true;
    case MGO_UINT8: *out = std::to_string(*static_cast<const uint8_t*>(data)); return true;
    case MGO_FLOAT64: *out = formatBuiltinFloat(*static_cast<const double*>(data)); return true;
    case MGO_FLOAT32: *out = formatBuiltinFloat(*static_cast<const float*>(data)); return true;
    case MGO_COMPLEX64: {
      auto* c = static_cast<const float*>(data);
      *out = complexText(c[0], c[1]);
      return true;
    }
    case MGO_COMPLEX128: {
      auto* c = static_cast<const double*>(data);
      *out = complexText(c[0], c[1]);
      return true;
    }
    case MGO_STRING: {
      auto* s = static_cast<const mgo_string*>(data);
      out->assign(reinterpret_cast<const char*>(s->ptr), size_t(s->len));
      return true;
    }
    default: return false;
  }
}

// A method `name() string` of t (value receiver set), or nullptr.
using StringMethod = mgo_string (*)(void* receiver);
StringMethod stringMethod(const mgo_type* t, const char* name) {
  for (uint32_t i = 0; i < t->nmethods; ++i) {
    const mgo_method& m = t->methods[i];
    if (!m.fn || std::strcmp(m.name, name) != 0) continue;
    const mgo_type* sig = m.signature;
    if (!sig || sig->len != 0 || (sig->func_results & ~(uint64_t(1) << 63)) != 1) continue;
    if (!sig->func_params || sig->func_params[0]->kind != MGO_STRING) continue;
    return reinterpret_cast<StringMethod>(m.fn);
  }
  return nullptr;
}

std::string panicValueText(const mgo_eface& v) {
  if (!v.type) return "nil";
  const mgo_type* t = v.type;
  StringMethod method = stringMethod(t, "Error");
  if (!method) method = stringMethod(t, "String");
  if (method) {
    mgo_string s = method(v.data);
    return std::string(reinterpret_cast<const char*>(s.ptr), size_t(s.len));
  }
  std::string text;
  if (basicText(t, v.data, &text)) {
    if (!(t->flags & MGO_TFLAG_NAMED)) return text;
    if (t->kind == MGO_STRING) return std::string(t->name) + "(\"" + text + "\")";
    if (t->kind == MGO_COMPLEX64 || t->kind == MGO_COMPLEX128) return std::string(t->name) + text;
    return std::string(t->name) + "(" + text + ")";
  }
  char address[32];
  std::snprintf(address, sizeof address, "0x%" PRIxPTR, reinterpret_cast<uintptr_t>(v.data));
  return std::string("(") + t->name + ") " + address;
}

}  // namespace

extern "C" {

void mgo_panic_index(int64_t index, int64_t length) {
  if (index < 0) panicWith(runtimeError("index out of range [" + num(index) + "]"));
  panicWith(runtimeError("index out of range [" + num(index) + "] with length " + num(length)));
}
void mgo_panic_slice_alen(int64_t high, int64_t length) {
  if (high < 0) panicWith(runtimeError("slice bounds out of range [:" + num(high) + "]"));
  panicWith(runtimeError("slice bounds out of range [:" + num(high) + "] with length " + num(length)));
}
void mgo_panic_slice_acap(int64_t high, int64_t cap) {
  if (high < 0) panicWith(runtimeError("slice bounds out of range [:" + num(high) + "]"));
  panicWith(runtimeError("slice bounds out of range [:" + num(high) + "] with capacity " + num(cap)));
}
void mgo_panic_slice_b(int64_t low, int64_t high) {
  if (low < 0) panicWith(runtimeError("slice bounds out of range [" + num(low) + ":]"));
  panicWith(runtimeError("slice bounds out of range [" + num(low) + ":" + num(high) + "]"));
}
void mgo_panic_slice3_alen(int64_t max, int64_t length) {
  if (max < 0) panicWith(runtimeError("slice bounds out of range [::" + num(max) + "]"));
  panicWith(runtimeError("slice bounds out of range [::" + num(max) + "] with length " + num(length)));
}
void mgo_panic_slice3_acap(int64_t max, int64_t cap) {
  if (max < 0) panicWith(runtimeError("slice bounds out of range [::" + num(max) + "]"));
  panicWith(runtimeError("slice bounds out of range [::" + num(max) + "] with capacity " + num(cap)));
}
void mgo_panic_slice3_b(int64_t high, int64_t max) {
  if (high < 0) panicWith(runtimeError("slice bounds out of range [:" + num(high) + ":]"));
  panicWith(runtimeError("slice bounds out of range [:" + num(high) + ":" + num(max) + "]"));
}
void mgo_panic_slice3_c(int64_t low, int64_t high) {
  if (low < 0) panicWith(runtimeError("slice bounds out of range [" + num(low) + "::]"));
  panicWith(runtimeError("slice bounds out of range [" + num(low) + ":" + num(high) + ":]"));
}
void mgo_panic_nil_deref(void) {
  panicWith(runtimeError("invalid memory address or nil pointer dereference"), /*sigsegv=*/true);
}
void mgo_panic_divide(void) { panicWith(runtimeError("integer divide by zero")); }
void mgo_panic_nil_map(void) { panicWith("assignment to entry in nil map"); }
void mgo_panic_makeslice_len(void) { panicWith(runtimeError("makeslice: len out of range")); }
void mgo_panic_makeslice_cap(void) { panicWith(runtimeError("makeslice: cap out of range")); }
void mgo_panic_shift(void) { panicWith(runtimeError("negative shift amount")); }

void mgo_panic_value(mgo_eface v) { panicWith(panicValueText(v)); }

// Used by the scheduler, channels, sync and the rest of the runtime (sched_api.h): msg is the
// whole text after "panic: " (runtime errors include their "runtime error: " prefix).
void mgo_runtime_panic_plain(const char* msg) { panicWith(msg); }
void mgo_runtime_panic_string(const char* msg) { panicWith(msg); }

void mgo_die_after_panic_message(void) {
  std::string trailer = goroutineTrailer();
  mgo_write_all(2, trailer.data(), trailer.size());
  mgo_runtime_exit(2);
}

}  // extern "C"
