// start.cpp — runtime start-up and shutdown shared by every program (C `main` itself lives alone
// in start_main.cpp so that unit tests can link the runtime with their own main).
//
// Order: mgo_runtime_init (heap, GOGC/GODEBUG, os.Args) -> mgo_main_init (package variables,
// init functions) -> mgo_main_main -> mgo_runtime_exit(0).
// GODEBUG=allocs=1 prints "allocs: N heap allocations, B bytes" on stderr at exit.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "abi.h"
#include "heap.h"
#include "runtime_internal.h"

namespace mgo::rt {
void gcInit(uintptr_t stackBase);

int savedArgc = 0;
char** savedArgv = nullptr;
static bool printAllocs = false;

}  // namespace mgo::rt

using namespace mgo::rt;

extern "C" {

void mgo_runtime_init(void* stack_base, int argc, char** argv) {
  savedArgc = argc;
  savedArgv = argv;
  gcInit(reinterpret_cast<uintptr_t>(stack_base));
  if (const char* debug = std::getenv("GODEBUG")) printAllocs = std::strstr(debug, "allocs=1") != nullptr;
}

void mgo_runtime_exit(int code) {
  mgo_flush_stdout();
  if (printAllocs) {
    std::fprintf(stderr, "allocs: %llu heap allocations, %llu bytes\n",
                 static_cast<unsigned long long>(heapStats.allocCount),
                 static_cast<unsigned long long>(heapStats.allocBytes));
  }
  std::fflush(stderr);
  _exit(code);
}

uint64_t mgo_heap_alloc_count(void) { return heapStats.allocCount; }

}  // extern "C"
