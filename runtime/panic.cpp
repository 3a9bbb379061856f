// panic.cpp — run-time panics with Go 1.19's exact values and messages (runtime/error.go,
// runtime/panic.go): the mgo_panic_* entry points build the value Go would panic with (see
// runtime_errors.cpp: boundsError, errorString, plainError, TypeAssertionError) and hand it to
// startPanic (recover.cpp), which runs the deferred calls and either recovers or comes back here:
// printPanicsAndExit prints, with stdout flushed, every active panic oldest first (Go's
// printpanics)
//   panic: <first>[ [recovered]]\n[\tpanic: <next>[ [recovered]]\n...]
//   [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n   (a nil deref since the
//                                                                          last complete recovery)
//   \ngoroutine N [running]:\n<frames>
// and exits with status 2 (Go's fatalpanic; frames are placeholders).
// Panic values print like Go's printpanicval: error values by Error(), Stringers by String()
// (found in the descriptor's method table), strings plain, numbers and bools like the print
// builtin, named basic types as main.T(v) / main.S("v"), anything else as (T) 0xADDR.
// Bounds errors with a negative (signed) operand use Go's boundsNegErrorFmts (no length part).
// Invariant: printPanicsAndExit never returns; only one goroutine prints (a lock held until exit).
#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "abi.h"
#include "defer_internal.h"
#include "runtime_errors.h"
#include "recover_catch.h"
#include "runtime_internal.h"
#include "sched_api.h"
#include "stack.h"

namespace mgo::rt {
std::string formatBuiltinFloat(double v);  // print.cpp: Go's print(float64) format
}  // namespace mgo::rt

using namespace mgo::rt;

namespace {

volatile int printLock = 0;

std::string goroutineTrailer() {
  int64_t id = mgo_sched_goid();
  if (id == 0 || id == 1) return "\ngoroutine 1 [running]:\nmain.main()\n\t?:0 +0x0\n";
  return "\ngoroutine " + std::to_string(id) + " [running]:\n";
}

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
    // Go's preprintpanics: the method runs under a deferred recover; if it panics, the program
    // dies with "fatal error: panic while printing panic value: <string value | type T>".
    struct Call {
      StringMethod method;
      void* receiver;
      mgo_string result;
    } call{method, v.data, {}};
    struct Failure {
      std::string text;
    } failure;
    bool panicked = callCatchingPanic(
        [](void* arg) {
          auto* c = static_cast<Call*>(arg);
          c->result = c->method(c->receiver);
        },
        &call,
        [](mgo_eface r, void* ctx) {
          auto* f = static_cast<Failure*>(ctx);
          if (r.type && r.type->kind == MGO_STRING && !(r.type->flags & MGO_TFLAG_NAMED)) {
            auto* str = static_cast<const mgo_string*>(r.data);
            f->text = std::string(reinterpret_cast<const char*>(str->ptr), size_t(str->len));
          } else {
            f->text = std::string("type ") + (r.type ? r.type->name : "<nil>");
          }
        },
        &failure);
    if (panicked) {
      std::string out = "fatal error: panic while printing panic value: " + failure.text + "\n" + goroutineTrailer();
      mgo_flush_stdout();
      mgo_write_all(2, out.data(), out.size());
      mgo_runtime_exit(2);
    }
    return std::string(reinterpret_cast<const char*>(call.result.ptr), size_t(call.result.len));
  }
  std::string text;
  if (basicText(t, v.data, &text)) {
    if (!(t->flags & MGO_TFLAG_NAMED)) return text;
    if (t->kind == MGO_STRING) return std::string(t->name) + "(\"" + text + "\")";
    if (t->kind == MGO_COMPLEX64 || t->kind == MGO_COMPLEX128) return std::string(t->name) + text;
    return std::string(t->name) + "(" + text + ")";
  }
  char address[32];
  mgo::sched::deep_stack([&] { std::snprintf(address, sizeof address, "0x%" PRIxPTR, reinterpret_cast<uintptr_t>(v.data)); });
  return std::string("(") + t->name + ") " + address;
}

}  // namespace


namespace mgo::rt {

void printPanicsAndExit(const DeferState& st) {
  // Texts first (Go's preprintpanics: Error()/String() may run Go code), oldest panic first.
  std::string out;
  std::vector<const Panic*> chain;
  for (const Panic* p = st.panic; p; p = p->link) chain.push_back(p);
  for (size_t i = chain.size(); i-- > 0;) {
    const Panic* p = chain[i];
    out += (i + 1 == chain.size() ? "panic: " : "\tpanic: ") + panicValueText(p->arg);
    out += p->recovered ? " [recovered]\n" : "\n";
  }
  if (st.sigsegv) out += "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n";
  out += goroutineTrailer();
  while (__atomic_exchange_n(&printLock, 1, __ATOMIC_ACQUIRE)) {
    mgo_sched_poll();  // another goroutine is printing its panic and exiting
  }
  mgo_flush_stdout();
  mgo_write_all(2, out.data(), out.size());
  mgo_runtime_exit(2);
}

}  // namespace mgo::rt

namespace {

[[noreturn]] void panicBounds(int64_t x, int64_t y, BoundsCode code) { startPanic(boundsErrorValue(x, y, code), false); }

// A copy of v's data on the heap: panic values are boxed in the panicking frame by codegen, and
// recover() may hand them to a frame that outlives it.
mgo_eface heapCopy(mgo_eface v) {
  if (!v.type || v.type->size == 0 || !v.data) return v;
  void* copy = mgo_alloc(v.type);
  std::memcpy(copy, v.data, v.type->size);
  return mgo_eface{v.type, copy};
}

}  // namespace

extern "C" {

void mgo_panic_index(int64_t index, int64_t length) { panicBounds(index, length, BoundsCode::Index); }
void mgo_panic_slice_alen(int64_t high, int64_t length) { panicBounds(high, length, BoundsCode::SliceAlen); }
void mgo_panic_slice_acap(int64_t high, int64_t cap) { panicBounds(high, cap, BoundsCode::SliceAcap); }
void mgo_panic_slice_b(int64_t low, int64_t high) { panicBounds(low, high, BoundsCode::SliceB); }
void mgo_panic_slice3_alen(int64_t max, int64_t length) { panicBounds(max, length, BoundsCode::Slice3Alen); }
void mgo_panic_slice3_acap(int64_t max, int64_t cap) { panicBounds(max, cap, BoundsCode::Slice3Acap); }
void mgo_panic_slice3_b(int64_t high, int64_t max) { panicBounds(high, max, BoundsCode::Slice3B); }
void mgo_panic_slice3_c(int64_t low, int64_t high) { panicBounds(low, high, BoundsCode::Slice3C); }
void mgo_panic_nil_deref(void) {
  startPanic(MGO_STATIC_ERROR(MGO_RTYPE_ERROR_STRING, "invalid memory address or nil pointer dereference"),
             /*sigsegv=*/true);
}
void mgo_panic_divide(void) { startPanic(MGO_STATIC_ERROR(MGO_RTYPE_ERROR_STRING, "integer divide by zero"), false); }
void mgo_panic_nil_map(void) { startPanic(MGO_STATIC_ERROR(MGO_RTYPE_PLAIN_ERROR, "assignment to entry in nil map"), false); }
void mgo_panic_makeslice_len(void) { startPanic(MGO_STATIC_ERROR(MGO_RTYPE_ERROR_STRING, "makeslice: len out of range"), false); }
void mgo_panic_makeslice_cap(void) { startPanic(MGO_STATIC_ERROR(MGO_RTYPE_ERROR_STRING, "makeslice: cap out of range"), false); }
void mgo_panic_shift(void) { startPanic(MGO_STATIC_ERROR(MGO_RTYPE_ERROR_STRING, "negative shift amount"), false); }
void mgo_panic_type_assert(const uint8_t* msg, int64_t len) {
  startPanic(typeAssertionErrorValue(mgo_string{msg, len}), false);
}

void mgo_panic_value(mgo_eface v) { startPanic(heapCopy(v), false); }

// Used by the scheduler, channels, sync and the rest of the runtime (sched_api.h): msg is the
// whole text after "panic: ". Runtime errors carry their "runtime error: " prefix (Go's
// errorString); the others are Go's plainError ("send on closed channel").
void mgo_runtime_panic_plain(const char* msg) {
  static const char kPrefix[] = "runtime error: ";
  if (std::strncmp(msg, kPrefix, sizeof kPrefix - 1) == 0) startPanic(errorStringValue(msg + sizeof kPrefix - 1), false);
  startPanic(plainErrorValue(msg), false);
}
// panic("...") with a string value (sync: negative WaitGroup counter, strings: negative Repeat count).
void mgo_runtime_panic_string(const char* msg) { startPanic(stringValue(msg), false); }

void mgo_die_after_panic_message(void) {
  std::string trailer = goroutineTrailer();
  mgo_write_all(2, trailer.data(), trailer.size());
  mgo_runtime_exit(2);
}

}  // extern "C"
