// runtime_sched_support.h — helpers shared by the runtime_sched_* unit tests: running code as
// goroutines from doctest, type descriptors for channel elements, GOMAXPROCS sweeps, RSS.
#pragma once
#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <initializer_list>

#include "runtime/abi.h"
#include "runtime/sched_api.h"

// Channels and timers of these tests get zeroed C heap memory, so that scheduler tests do not
// depend on the collector (the archive's allocator is not linked in: this definition satisfies the
// reference). A test that wants the real GC heap defines SCHED_TEST_REAL_HEAP before including.
#ifndef SCHED_TEST_REAL_HEAP
extern "C" __attribute__((weak)) void* mgo_alloc_bytes(uint64_t size, bool) {
  void* p = calloc(1, size ? size : 1);
  return p;
}
#endif

namespace sched_test {

inline const mgo_type kInt64Type = {8, 8, MGO_INT64, MGO_TFLAG_NOPOINTERS | MGO_TFLAG_COMPARABLE, 0,
                                    "int64", nullptr, nullptr, 0, nullptr, 0, 0, nullptr, nullptr, 0};
inline const mgo_type kChanInt64Type = {8, 8, MGO_CHAN, MGO_TFLAG_COMPARABLE, 0, "chan int64", &kInt64Type,
                                        nullptr, 0, nullptr, 3, 0, nullptr, nullptr, 0};
inline const mgo_type kEmptyStructType = {0, 1, MGO_STRUCT, MGO_TFLAG_NOPOINTERS | MGO_TFLAG_COMPARABLE, 0,
                                          "struct {}", nullptr, nullptr, 0, nullptr, 0, 0, nullptr, nullptr, 0};
inline const mgo_type kChanEmptyType = {8, 8, MGO_CHAN, MGO_TFLAG_COMPARABLE, 0, "chan struct {}", &kEmptyStructType,
                                        nullptr, 0, nullptr, 3, 0, nullptr, nullptr, 0};

// Runs fn as a goroutine and waits for it (the doctest thread is not a worker).
inline void run_go(std::function<void()> fn) {
  mgo_sched_run([](void* f) { (*static_cast<std::function<void()>*>(f))(); }, &fn);
}

// A goroutine-startable closure object with the ABI layout {code, env...}.
struct GoClosure {
  void (*code)(void*);
  std::function<void()> body;
};
inline void go(std::function<void()> body) {
  auto* c = new GoClosure{[](void* self) {
                            auto* me = static_cast<GoClosure*>(self);
                            me->body();
                            delete me;
                          },
                          std::move(body)};
  mgo_go(c);
}

inline mgo_chan* make_chan(int64_t cap) { return mgo_chan_make(&kChanInt64Type, cap); }

// Runs body under each GOMAXPROCS value (the issue asks for 1 and 4).
inline void for_procs(std::initializer_list<int> procs, const std::function<void(int)>& body) {
  for (int n : procs) {
    mgo_runtime_GOMAXPROCS(n);
    body(n);
  }
}

inline long rss_kb() {
  FILE* f = fopen("/proc/self/status", "r");
  char line[256];
  long kb = -1;
  while (f && fgets(line, sizeof line, f))
    if (strncmp(line, "VmRSS:", 6) == 0) kb = strtol(line + 6, nullptr, 10);
  if (f) fclose(f);
  return kb;
}

}  // namespace sched_test

// ---- child processes: fatal errors, deadlocks and fresh-process measurements ----
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <string>
#include <vector>

extern char** environ;

namespace sched_test {

struct ChildResult {
  int exit_code = -1;  // -1: killed by a signal
  std::string out, err;
};

inline std::string read_file(const char* path) {
  std::string s;
  FILE* f = fopen(path, "r");
  char buf[4096];
  size_t n;
  while (f && (n = fread(buf, 1, sizeof buf, f)) > 0) s.append(buf, n);
  if (f) fclose(f);
  return s;
}

// Re-runs this test binary with only the test case "child: <name>" and MGO_SCHED_CHILD=<name>.
inline ChildResult run_child(const std::string& name, std::vector<std::string> extra_env = {}) {
  std::string out_path = "/tmp/mgo_sched_child_out_" + std::to_string(getpid());
  std::string err_path = "/tmp/mgo_sched_child_err_" + std::to_string(getpid());
  std::string tc = "-tc=child: " + name;
  std::vector<std::string> env_strings = {"MGO_SCHED_CHILD=" + name};
  for (auto& e : extra_env) env_strings.push_back(e);
  for (char** e = environ; *e; e++) env_strings.push_back(*e);
  std::vector<char*> envp;
  for (auto& e : env_strings) envp.push_back(e.data());
  envp.push_back(nullptr);
  char self[] = "/proc/self/exe";
  char* argv[] = {self, tc.data(), nullptr};
  pid_t pid = fork();
  if (pid == 0) {
    int fo = open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    int fe = open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    dup2(fo, 1);
    dup2(fe, 2);
    execve(self, argv, envp.data());
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  ChildResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = read_file(out_path.c_str());
  r.err = read_file(err_path.c_str());
  unlink(out_path.c_str());
  unlink(err_path.c_str());
  return r;
}

inline bool is_child(const char* name) {
  const char* v = getenv("MGO_SCHED_CHILD");
  return v && strcmp(v, name) == 0;
}

// In a child: runs `body` as goroutine 1 of a "program" (mgo_sched_main): deadlock detection on,
// exit(0) when body returns.
inline void run_as_program(void (*body)(void)) { mgo_sched_main(body); }

}  // namespace sched_test

// A test case that only does something inside its child process.
#define SCHED_CHILD_CASE(name) \
  static void child_body_##name(); \
  TEST_CASE("child: " #name) { if (sched_test::is_child(#name)) child_body_##name(); } \
  static void child_body_##name()
