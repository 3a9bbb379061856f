// print.cpp — the print/println builtins (to stderr, in the formats of Go 1.19's runtime/print.go:
// floats as +1.500000e+000, pointers and addresses as 0x..., slices as [len/cap]0xaddr,
// interfaces as (0xtype,0xdata)) and the low-level write helpers of runtime_internal.h.
//
// Invariant: between mgo_print_lock and mgo_print_unlock (emitted by codegen around every
// print/println call, after all operands are evaluated) output is collected in one buffer and
// written with one write(2), so one call's output is never interleaved with another's. The lock is
// recursive per thread (like Go's per-M printlock); print calls outside a lock write directly.
#include <pthread.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <mutex>
#include <string>

#include "abi.h"
#include "fmt_buffer.h"
#include "runtime_internal.h"

namespace mgo::rt {

// Go's runtime printfloat: +d.dddddde+ddd with 7 significant digits (and NaN, +Inf, -Inf).
// Returns the length written to out (at most 14 bytes).
size_t formatBuiltinFloatTo(double v, char* out) {
  if (v != v) {
    std::memcpy(out, "NaN", 3);
    return 3;
  }
  if (v + v == v && v > 0) {
    std::memcpy(out, "+Inf", 4);
    return 4;
  }
  if (v + v == v && v < 0) {
    std::memcpy(out, "-Inf", 4);
    return 4;
  }
  constexpr int n = 7;
  char* buf = out;
  buf[0] = '+';
  int e = 0;
  if (v == 0) {
    if (1 / v < 0) buf[0] = '-';
  } else {
    if (v < 0) {
      v = -v;
      buf[0] = '-';
    }
    while (v >= 10) {
      e++;
      v /= 10;
    }
    while (v < 1) {
      e--;
      v *= 10;
    }
    double h = 5.0;
    for (int i = 0; i < n; i++) h /= 10;
    v += h;
    if (v >= 10) {
      e++;
      v /= 10;
    }
  }
  for (int i = 0; i < n; i++) {
    int s = int(v);
    buf[i + 2] = char(s + '0');
    v -= double(s);
    v *= 10;
  }
  buf[1] = buf[2];
  buf[2] = '.';
  buf[n + 2] = 'e';
  buf[n + 3] = '+';
  if (e < 0) {
    e = -e;
    buf[n + 3] = '-';
  }
  buf[n + 4] = char(e / 100 + '0');
  buf[n + 5] = char((e / 10) % 10 + '0');
  buf[n + 6] = char(e % 10 + '0');
  return n + 7;
}

// Used by panic.cpp for printpanicval.
std::string formatBuiltinFloat(double v) {
  char buf[16];
  return std::string(buf, formatBuiltinFloatTo(v, buf));
}

namespace {

std::mutex printMutex;
std::atomic<pthread_t> printOwner{};
std::atomic<bool> printOwned{false};
int printDepth = 0;     // guarded by printMutex
ByteBuffer* printBuffer;  // non-null while a print call holds the lock

constexpr size_t kFlushAt = 64 * 1024;

bool heldByMe() { return printOwned.load(std::memory_order_acquire) && pthread_equal(printOwner.load(), pthread_self()); }

void emit(const char* p, size_t n) {
  if (heldByMe()) {
    printBuffer->append(p, n);
    if (printBuffer->size() >= kFlushAt) {  // still contiguous: we hold the lock
      mgo_write_all(2, printBuffer->data(), printBuffer->size());
      printBuffer->clear();
    }
    return;
  }
  mgo_write_all(2, p, n);
}

void emitUint(uint64_t v, bool negative) {
  char buf[24];
  int i = 24;
  do {
    buf[--i] = char('0' + v % 10);
    v /= 10;
  } while (v);
  if (negative) buf[--i] = '-';
  emit(buf + i, size_t(24 - i));
}

void emitHex(uint64_t v) {
  static const char dig[] = "0123456789abcdef";
  char buf[20];
  int i = 20;
  do {
    buf[--i] = dig[v % 16];
    v /= 16;
  } while (v);
  buf[--i] = 'x';
  buf[--i] = '0';
  emit(buf + i, size_t(20 - i));
}

ByteBuffer& sharedPrintBuffer() {
  static ByteBuffer buffer;
  return buffer;
}

}  // namespace
}  // namespace mgo::rt

using namespace mgo::rt;

extern "C" {

void mgo_write_all(int fd, const void* p, uint64_t n) {
  auto* bytes = static_cast<const char*>(p);
  while (n > 0) {
    ssize_t w = write(fd, bytes, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      return;
    }
    bytes += w;
    n -= uint64_t(w);
  }
}

void mgo_flush_stdout(void) {}

void mgo_print_lock(void) {
  if (heldByMe()) {
    ++printDepth;
    return;
  }
  printMutex.lock();
  printOwner.store(pthread_self());
  printOwned.store(true, std::memory_order_release);
  printDepth = 1;
  printBuffer = &sharedPrintBuffer();
  printBuffer->clear();
}

void mgo_print_unlock(void) {
  if (!heldByMe()) return;
  if (--printDepth > 0) return;
  mgo_write_all(2, printBuffer->data(), printBuffer->size());
  printBuffer->clear();
  printBuffer = nullptr;
  printOwned.store(false, std::memory_order_release);
  printMutex.unlock();
}

void mgo_print_bool(bool v) { v ? emit("true", 4) : emit("false", 5); }
void mgo_print_int(int64_t v) { emitUint(v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v), v < 0); }
void mgo_print_uint(uint64_t v) { emitUint(v, false); }
void mgo_print_float(double v) {
  char buf[16];
  emit(buf, formatBuiltinFloatTo(v, buf));
}
void mgo_print_string(const uint8_t* p, int64_t len) { emit(reinterpret_cast<const char*>(p), size_t(len)); }
void mgo_print_pointer(const void* p) { emitHex(reinterpret_cast<uintptr_t>(p)); }
void mgo_print_hex(uint64_t v) { emitHex(v); }
void mgo_print_slice(const void* p, int64_t len, int64_t cap) {
  emit("[", 1);
  emitUint(len < 0 ? uint64_t(0) - uint64_t(len) : uint64_t(len), len < 0);
  emit("/", 1);
  emitUint(cap < 0 ? uint64_t(0) - uint64_t(cap) : uint64_t(cap), cap < 0);
  emit("]", 1);
  emitHex(reinterpret_cast<uintptr_t>(p));
}
void mgo_print_eface(const mgo_type* type, const void* data) {
  emit("(", 1);
  emitHex(reinterpret_cast<uintptr_t>(type));
  emit(",", 1);
  emitHex(reinterpret_cast<uintptr_t>(data));
  emit(")", 1);
}
void mgo_print_space(void) { emit(" ", 1); }
void mgo_print_newline(void) { emit("\n", 1); }

}  // extern "C"
