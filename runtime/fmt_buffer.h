// fmt_buffer.h — ByteBuffer: the growable byte buffer that fmt, strconv and the print builtins
// format into (Go's fmt.buffer).
//
// Invariants: the first kInline bytes live inside the object (on the caller's stack), so
// formatting a typical line allocates nothing; beyond that the storage is malloc'd (never the GC
// heap: the buffer holds bytes only, and malloc memory is not scanned, so it may not hold the only
// reference to a GC object). Not copyable. Stack cost ~kInline bytes: runtime code called from
// goroutines has 32 KiB of headroom (docs/RUNTIME.md), so keep kInline modest.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>

#include "abi.h"

namespace mgo::rt {

class ByteBuffer {
 public:
  static constexpr size_t kInline = 384;

  ByteBuffer() = default;
  ByteBuffer(const ByteBuffer&) = delete;
  ByteBuffer& operator=(const ByteBuffer&) = delete;
  ~ByteBuffer() {
    if (data_ != inline_) std::free(data_);
  }

  size_t size() const { return len_; }
  bool empty() const { return len_ == 0; }
  char* data() { return data_; }
  const char* data() const { return data_; }
  const uint8_t* bytes() const { return reinterpret_cast<const uint8_t*>(data_); }
  char& operator[](size_t i) { return data_[i]; }
  char operator[](size_t i) const { return data_[i]; }
  char back() const { return data_[len_ - 1]; }

  void clear() { len_ = 0; }
  void truncate(size_t n) {
    if (n < len_) len_ = n;
  }

  void push(char c) {
    if (len_ == cap_) grow(1);
    data_[len_++] = c;
  }
  void append(const void* p, size_t n) {
    if (n == 0) return;
    if (cap_ - len_ < n) grow(n);
    std::memcpy(data_ + len_, p, n);
    len_ += n;
  }
  void append(const char* s) { append(s, std::strlen(s)); }
  void append(const uint8_t* p, int64_t n) { append(static_cast<const void*>(p), size_t(n)); }
  void appendRepeated(char c, size_t n) {
    if (n == 0) return;
    if (cap_ - len_ < n) grow(n);
    std::memset(data_ + len_, c, n);
    len_ += n;
  }
  // Room for n more bytes; write them through the pointer, then commit(count).
  char* reserve(size_t n) {
    if (cap_ - len_ < n) grow(n);
    return data_ + len_;
  }
  void commit(size_t n) { len_ += n; }

  // A copy on the GC heap (no-scan), as a Go string. Empty -> {nullptr, 0}.
  mgo_string toGoString() const {
    if (len_ == 0) return mgo_string{nullptr, 0};
    auto* p = static_cast<uint8_t*>(mgo_alloc_bytes(len_, true));
    std::memcpy(p, data_, len_);
    return mgo_string{p, int64_t(len_)};
  }

 private:
  void grow(size_t need) {
    size_t ncap = cap_ * 2;
    if (ncap < len_ + need) ncap = len_ + need;
    char* p;
    if (data_ == inline_) {
      p = static_cast<char*>(std::malloc(ncap));
      if (p) std::memcpy(p, data_, len_);
    } else {
      p = static_cast<char*>(std::realloc(data_, ncap));
    }
    if (!p) std::abort();
    data_ = p;
    cap_ = ncap;
  }

  char* data_ = inline_;
  size_t len_ = 0;
  size_t cap_ = kInline;
  char inline_[kInline];
};

}  // namespace mgo::rt
