// panic.cpp — run-time panics with Go 1.19's exact messages (runtime/error.go, runtime/panic.go).
//
// A panic runs every pending deferred call of the goroutine (LIFO, defer.cpp), then prints
//   panic: <message>[\n[signal SIGSEGV: ...]]\n\ngoroutine 1 [running]:\nmain.main()\n\t?:0\n
// on stderr and exits with status 2, as a Go program does when nothing recovers (recover comes
// with a later issue: this is where unwinding will start).
// Invariant: nothing here returns; a panic raised while deferred calls run for another panic
// prints both ("panic: A\n\tpanic: B" is Go's form; we print the first, then the second).
#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <string>

#include "abi.h"
#include "runtime_internal.h"
#include "sched_api.h"

namespace mgo::rt {
void runAllDefers();
std::string formatBuiltinFloat(double v);
}  // namespace mgo::rt

using namespace mgo::rt;

namespace {

int panicDepth = 0;
std::string pendingMessages;

// "\ngoroutine N [running]:\n" for the panicking goroutine (1 before the scheduler starts).
std::string goroutineTrailer() {
  int64_t id = mgo_sched_goid();
  if (id == 0 || id == 1) return "\ngoroutine 1 [running]:\nmain.main()\n\t?:0 +0x0\n";
  return "\ngoroutine " + std::to_string(id) + " [running]:\n";
}

[[noreturn]] void panicWith(const std::string& message, bool sigsegv = false) {
  std::string line = (panicDepth == 0 ? "panic: " : "\tpanic: ") + message;
  if (sigsegv) line += "\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]";
  pendingMessages += line + "\n";
  if (++panicDepth == 1) runAllDefers();
  mgo_flush_stdout();
  std::string out = pendingMessages + goroutineTrailer();
  mgo_write_all(2, out.data(), out.size());
  mgo_runtime_exit(2);
}

std::string runtimeError(const std::string& what) { return "runtime error: " + what; }
std::string num(int64_t v) { return std::to_string(v); }

std::string printValue(const mgo_type* t, const void* data) {
  switch (t->kind) {
    case MGO_BOOL: return *static_cast<const uint8_t*>(data) ? "true" : "false";
    case MGO_INT: case MGO_INT64: return num(*static_cast<const int64_t*>(data));
    case MGO_INT32: return num(*static_cast<const int32_t*>(data));
    case MGO_INT16: return num(*static_cast<const int16_t*>(data));
    case MGO_INT8: return num(*static_cast<const int8_t*>(data));
    case MGO_UINT: case MGO_UINT64: case MGO_UINTPTR: return std::to_string(*static_cast<const uint64_t*>(data));
    case MGO_UINT32: return std::to_string(*static_cast<const uint32_t*>(data));
    case MGO_UINT16: return std::to_string(*static_cast<const uint16_t*>(data));
    case MGO_UINT8: return std::to_string(*static_cast<const uint8_t*>(data));
    case MGO_FLOAT64: return formatBuiltinFloat(*static_cast<const double*>(data));
    case MGO_FLOAT32: return formatBuiltinFloat(*static_cast<const float*>(data));
    case MGO_STRING: {
      auto* s = static_cast<const mgo_string*>(data);
      return std::string(reinterpret_cast<const char*>(s->ptr), size_t(s->len));
    }
    default: return "";
  }
}

}  // namespace

extern "C" {

void mgo_panic_index(int64_t index, int64_t length) {
  panicWith(runtimeError("index out of range [" + num(index) + "] with length " + num(length)));
}
void mgo_panic_slice_alen(int64_t high, int64_t length) {
  panicWith(runtimeError("slice bounds out of range [:" + num(high) + "] with length " + num(length)));
}
void mgo_panic_slice_acap(int64_t high, int64_t cap) {
  panicWith(runtimeError("slice bounds out of range [:" + num(high) + "] with capacity " + num(cap)));
}
void mgo_panic_slice_b(int64_t low, int64_t high) {
  panicWith(runtimeError("slice bounds out of range [" + num(low) + ":" + num(high) + "]"));
}
void mgo_panic_slice3_alen(int64_t max, int64_t length) {
  panicWith(runtimeError("slice bounds out of range [::" + num(max) + "] with length " + num(length)));
}
void mgo_panic_slice3_acap(int64_t max, int64_t cap) {
  panicWith(runtimeError("slice bounds out of range [::" + num(max) + "] with capacity " + num(cap)));
}
void mgo_panic_slice3_b(int64_t high, int64_t max) {
  panicWith(runtimeError("slice bounds out of range [:" + num(high) + ":" + num(max) + "]"));
}
void mgo_panic_slice3_c(int64_t low, int64_t high) {
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

void mgo_panic_value(mgo_eface v) {
  if (!v.type) {
    panicWith("nil");
  }
  const mgo_type* t = v.type;
  bool named = (t->flags & MGO_TFLAG_NAMED) != 0;
  if (t->kind == MGO_STRING || (t->kind >= MGO_BOOL && t->kind <= MGO_FLOAT64)) {
    std::string value = printValue(t, v.data);
    if (!named) panicWith(value);
    if (t->kind == MGO_STRING) panicWith(std::string(t->name) + "(\"" + value + "\")");
    panicWith(std::string(t->name) + "(" + value + ")");
  }
  char address[32];
  std::snprintf(address, sizeof address, "%p", v.data);
  panicWith(std::string("(") + t->name + ") " + address);
}

// Used by the scheduler, channels and sync (sched_api.h).
void mgo_runtime_panic_plain(const char* msg) { panicWith(msg); }
void mgo_runtime_panic_string(const char* msg) { panicWith(msg); }

void mgo_die_after_panic_message(void) {
  std::string trailer = goroutineTrailer();
  mgo_write_all(2, trailer.data(), trailer.size());
  mgo_runtime_exit(2);
}

}  // extern "C"
