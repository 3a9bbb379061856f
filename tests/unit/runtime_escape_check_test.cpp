// runtime_escape_check_test.cpp — the checked frames of `--check-escape` (runtime/escape_check.cpp):
// a live frame is zeroed, aligned, writable memory; frames never share or reuse addresses; any load
// or store through a pointer into a frame after mgo_escape_check_exit stops the program with
// "fatal error: escape check: access to dead stack object" and exit status 2 (the negative test of
// the check mode: an escape decision forced wrong cannot be written in Go, so the fault is provoked
// here directly); faults outside the region still kill the process with SIGSEGV; a live frame is a
// GC root; a recovered panic (mgo_escape_check_release_since) kills exactly the skipped frames. Fault cases run in a child process.
#include <doctest/doctest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdint>
#include <cstring>
#include <set>
#include <string>

#include "runtime/abi.h"
#include "runtime/runtime_internal.h"

extern "C" {
void* mgo_escape_check_enter(int64_t size);
void mgo_escape_check_exit(void* frame);
void mgo_escape_check_install(void);
uint64_t mgo_escape_check_sequence(void);
void mgo_escape_check_release_since(uint64_t sequence);
}

namespace {

struct Init {
  Init() { mgo_runtime_init(nullptr, 0, nullptr); }
} init;

// Runs fn in a child; returns its stderr and sets *status to the raw wait status.
std::string runChild(void (*fn)(), int* status) {
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  pid_t pid = fork();
  if (pid == 0) {
    dup2(fds[1], 2);
    close(fds[0]);
    signal(SIGSEGV, SIG_DFL);  // doctest installed its crash reporter; the child dies plainly
    signal(SIGBUS, SIG_DFL);
    mgo_escape_check_install();
    fn();
    _exit(0);
  }
  close(fds[1]);
  std::string out;
  char buf[512];
  ssize_t n;
  while ((n = read(fds[0], buf, sizeof buf)) > 0) out.append(buf, size_t(n));
  close(fds[0]);
  waitpid(pid, status, 0);
  return out;
}

const char* kFault = "fatal error: escape check: access to dead stack object at 0x";

}  // namespace

TEST_CASE("a live checked frame is zeroed, 16-byte aligned and writable") {
  auto* p = static_cast<unsigned char*>(mgo_escape_check_enter(10000));
  REQUIRE(p != nullptr);
  CHECK(reinterpret_cast<uintptr_t>(p) % 16 == 0);
  for (int i = 0; i < 10000; ++i) REQUIRE(p[i] == 0);
  std::memset(p, 0x7f, 10000);
  CHECK(p[9999] == 0x7f);
  mgo_escape_check_exit(p);
}

TEST_CASE("frames never overlap and dead frames' addresses are never handed out again") {
  std::set<uintptr_t> seen;
  void* outer = mgo_escape_check_enter(64);
  for (int i = 0; i < 200; ++i) {
    void* f = mgo_escape_check_enter(i * 40);
    CHECK(seen.insert(reinterpret_cast<uintptr_t>(f)).second);
    CHECK(f != outer);
    mgo_escape_check_exit(f);
  }
  mgo_escape_check_exit(outer);
}

TEST_CASE("a load through a pointer into a returned frame faults with the escape-check error") {
  int status = 0;
  std::string err = runChild(
      [] {
        auto* p = static_cast<volatile int64_t*>(mgo_escape_check_enter(64));
        p[3] = 42;
        mgo_escape_check_exit(const_cast<int64_t*>(p));
        int64_t v = p[3];  // the dangling load
        _exit(int(v));      // not reached
      },
      &status);
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 2);
  CHECK(err.find(kFault) == 0);
}

TEST_CASE("a store into a returned frame faults too, also from a nested frame") {
  int status = 0;
  std::string err = runChild(
      [] {
        void* outer = mgo_escape_check_enter(32);
        auto* inner = static_cast<volatile int32_t*>(mgo_escape_check_enter(128));
        mgo_escape_check_exit(const_cast<int32_t*>(inner));
        static_cast<volatile int32_t*>(outer)[0] = 1;  // the live outer frame is fine
        inner[31] = 7;                                 // the dead inner one is not
        _exit(0);
      },
      &status);
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 2);
  CHECK(err.find(kFault) == 0);
}

TEST_CASE("a recovered panic releases the frames it skipped, and only those") {
  int status = 0;
  std::string err = runChild(
      [] {
        auto* resumed = static_cast<volatile int64_t*>(mgo_escape_check_enter(64));
        uint64_t sequence = mgo_escape_check_sequence();  // what mgo_defer_frame_enter records
        mgo_escape_check_enter(16);
        auto* skipped = static_cast<volatile int64_t*>(mgo_escape_check_enter(64));
        mgo_escape_check_release_since(sequence);  // the recovery
        resumed[1] = 5;                            // the resumed function's frame lives on
        if (resumed[1] != 5) _exit(3);
        skipped[0] = 1;                            // the skipped one is dead
        _exit(0);
      },
      &status);
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 2);
  CHECK(err.find(kFault) == 0);
}

TEST_CASE("a fault outside the checked region is not swallowed") {
  int status = 0;
  std::string err = runChild(
      [] {
        mgo_escape_check_exit(mgo_escape_check_enter(8));
        volatile int* nil = nullptr;
        *nil = 1;
        _exit(0);
      },
      &status);
  REQUIRE(WIFSIGNALED(status));
  CHECK(WTERMSIG(status) == SIGSEGV);
  CHECK(err.find("escape check") == std::string::npos);
}

namespace {
__attribute__((noinline)) void storeFreshObject(void** slot) {
  auto* obj = static_cast<unsigned char*>(mgo_alloc_bytes(256, true));
  std::memset(obj, 0x5a, 256);
  *slot = obj;
}
__attribute__((noinline)) void scrubStack() {
  volatile unsigned char junk[16384];
  for (unsigned char& c : const_cast<unsigned char(&)[16384]>(junk)) c = 0;
}
}  // namespace

TEST_CASE("a live checked frame keeps the heap objects it points to alive across a collection") {
  auto** frame = static_cast<void**>(mgo_escape_check_enter(64));
  storeFreshObject(&frame[2]);
  scrubStack();
  mgo_gc_collect();
  for (int i = 0; i < 2000; ++i) std::memset(mgo_alloc_bytes(256, true), 0, 256);
  auto* obj = static_cast<unsigned char*>(frame[2]);
  bool intact = true;
  for (int i = 0; i < 256; ++i) intact = intact && obj[i] == 0x5a;
  CHECK(intact);
  mgo_escape_check_exit(frame);
}
