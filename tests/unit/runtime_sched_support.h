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

// Until runtime-core's allocator is linked in, channels and timers get zeroed C heap memory.
// A strong mgo_alloc_bytes in libmgo_runtime.a takes precedence over this weak one.
extern "C" __attribute__((weak)) void* mgo_alloc_bytes(uint64_t size, bool) {
  void* p = calloc(1, size ? size : 1);
  return p;
}

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
