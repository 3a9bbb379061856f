// start.cpp — runtime start-up and shutdown shared by every program (C `main` itself lives alone
// in start_main.cpp so that unit tests can link the runtime with their own main).
//
// Order: C main -> mgo_runtime_init (stack top of the main thread, heap, GOGC / GODEBUG, os.Args)
// -> scheduler -> goroutine 1: mgo_main_init (package variables, init functions) -> mgo_main_main
// -> mgo_runtime_exit(0).
// GODEBUG=allocs=1 prints "allocs: N heap allocations, B bytes" on stderr at exit (N objects and
// B requested bytes allocated from the GC heap since start-up, by every thread).
// GODEBUG=gctrace=1 and GOGC are described in gc.cpp.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "abi.h"
#include "stack.h"
#include "heap.h"
#include "runtime_internal.h"

namespace mgo::rt {
void gcInit(uintptr_t stackBase);

int savedArgc = 0;
char** savedArgv = nullptr;

}  // namespace mgo::rt

using namespace mgo::rt;

extern "C" {
// escape_check.cpp, linked in --check-escape programs only: GODEBUG=escapecheck=1 statistics.
__attribute__((weak)) void mgo_escape_check_report(void);

void mgo_runtime_init(void* stack_base, int argc, char** argv) {
  savedArgc = argc;
  savedArgv = argv;
  gcInit(reinterpret_cast<uintptr_t>(stack_base));
}

void mgo_runtime_exit(int code) {
  mgo_flush_stdout();
  // stdio needs more stack than a goroutine's small first segment keeps for libc (stack.h).
  mgo::sched::deep_stack([code] {
    if (printAllocs) {
      heapLock();
      unsigned long long count = totalAllocCount(), bytes = totalAllocBytes();
      heapUnlock();
      std::fprintf(stderr, "allocs: %llu heap allocations, %llu bytes\n", count, bytes);
    }
    if (mgo_escape_check_report) mgo_escape_check_report();
    std::fflush(stderr);
    _exit(code);
  });
  _exit(code);
}

uint64_t mgo_heap_alloc_count(void) {
  if (!heapBase) return 0;
  heapLock();
  uint64_t n = totalAllocCount();
  heapUnlock();
  return n;
}

void mgo_heap_stats(mgo_heap_stats_t* out) {
  if (!heapBase) heapInit();
  heapLock();
  out->alloc_count = totalAllocCount();
  out->alloc_bytes = totalAllocBytes();
  out->live_bytes = heapStats.liveBytes;
  out->next_gc = heapStats.nextGC;
  out->num_gc = heapStats.numGC;
  out->freed_objects = heapStats.freedObjects;
  out->committed_bytes = heapStats.committedBytes;
  out->released_bytes = heapStats.releasedBytes;
  heapUnlock();
}

}  // extern "C"
