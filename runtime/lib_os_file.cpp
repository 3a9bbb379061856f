// lib_os_file.cpp — the runtime intrinsics of the mini-Go half of package os
// (runtime/golib/os/file.go): writing a byte slice to a file descriptor, and error texts.
//
// Invariant: a write is complete when it returns a non-negative count (short writes and EINTR
// are retried), so os.Stdout.Write output is never interleaved with fmt's, which also writes each
// call at once (mgo_write_all).
#include <cerrno>
#include <cstring>
#include <unistd.h>

#include "abi.h"
#include "stack.h"

extern "C" {

int64_t mgo_os_write(int64_t fd, const uint8_t* p, int64_t len, int64_t /*cap*/) {
  int64_t done = 0;
  while (done < len) {
    ssize_t n = ::write(int(fd), p + done, size_t(len - done));
    if (n < 0) {
      if (errno == EINTR) continue;
      return -int64_t(errno);
    }
    done += n;
  }
  return done;
}

// Go's syscall.Errno texts are glibc's with a lower-case first letter ("bad file descriptor").
mgo_string mgo_os_errnoText(int64_t errnum) {
  const char* text = nullptr;  // strerror may go through gettext: deeper than a small segment's libc room
  mgo::sched::deep_stack([&] { text = std::strerror(int(errnum)); });
  size_t n = std::strlen(text);
  auto* bytes = static_cast<uint8_t*>(mgo_alloc_bytes(n ? n : 1, true));
  std::memcpy(bytes, text, n);
  if (n > 1 && bytes[0] >= 'A' && bytes[0] <= 'Z' && !(bytes[1] >= 'A' && bytes[1] <= 'Z')) bytes[0] += 'a' - 'A';
  return mgo_string{bytes, int64_t(n)};
}

}  // extern "C"
