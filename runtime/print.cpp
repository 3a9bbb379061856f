// print.cpp — the print/println builtins (output on stderr in the formats of Go's runtime/print.go)
// and the low-level write helpers.
//
// Invariant: between mgo_print_lock and mgo_print_unlock (emitted around every print/println
// call) output is collected in a per-thread buffer and written with one write(2), so one call's
// output is never interleaved with another thread's.
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <string>

#include "abi.h"
#include "runtime_internal.h"

namespace mgo::rt {

// Go's runtime printfloat: +d.dddddde+ddd with 7 significant digits.
std::string formatBuiltinFloat(double v) {
  if (v != v) return "NaN";
  if (v + v == v && v > 0) return "+Inf";
  if (v + v == v && v < 0) return "-Inf";
  constexpr int n = 7;
  char buf[n + 7];
  buf[0] = '+';
  int e = 0;
  if (v == 0) {
    if (1 / v < 0) buf[0] = '-';
  } else {
    if (v < 0) {
      v = -v;
      buf[0] = '-';
    }
    while (v >= 10) { e++; v /= 10; }
    while (v < 1) { e--; v *= 10; }
    double h = 5.0;
    for (int i = 0; i < n; i++) h /= 10;
    v += h;
    if (v >= 10) { e++; v /= 10; }
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
  if (e < 0) { e = -e; buf[n + 3] = '-'; }
  buf[n + 4] = char(e / 100 + '0');
  buf[n + 5] = char((e / 10) % 10 + '0');
  buf[n + 6] = char(e % 10 + '0');
  return std::string(buf, sizeof buf);
}

namespace {

thread_local bool printLocked = false;
thread_local std::string printBuffer;

void emit(const char* p, size_t n) {
  if (printLocked) printBuffer.append(p, n);
  else mgo_write_all(2, p, n);
}
void emit(const std::string& s) { emit(s.data(), s.size()); }

std::string hex(uint64_t v) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(v));
  return buf;
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
  printLocked = true;
  printBuffer.clear();
}
void mgo_print_unlock(void) {
  printLocked = false;
  mgo_write_all(2, printBuffer.data(), printBuffer.size());
  printBuffer.clear();
}
void mgo_print_bool(bool v) { emit(v ? "true" : "false"); }
void mgo_print_int(int64_t v) { emit(std::to_string(v)); }
void mgo_print_uint(uint64_t v) { emit(std::to_string(v)); }
void mgo_print_float(double v) { emit(formatBuiltinFloat(v)); }
void mgo_print_string(const uint8_t* p, int64_t len) { emit(reinterpret_cast<const char*>(p), size_t(len)); }
void mgo_print_pointer(const void* p) { emit(hex(reinterpret_cast<uintptr_t>(p))); }
void mgo_print_slice(const void* p, int64_t len, int64_t cap) {
  emit("[" + std::to_string(len) + "/" + std::to_string(cap) + "]" + hex(reinterpret_cast<uintptr_t>(p)));
}
void mgo_print_space(void) { emit(" ", 1); }
void mgo_print_newline(void) { emit("\n", 1); }

}  // extern "C"
