// start_main.cpp — the process entry point of a compiled mini-Go program. Only `main` lives here
// (see start.cpp for the rest of start-up).
#include "abi.h"
#include "runtime_internal.h"

// Goroutine 1 (see docs/RUNTIME.md): package initialisation, main.main, exit 0 when it returns.
static void program_main(void) {
  mgo_main_init();
  mgo_main_main();
  mgo_runtime_exit(0);
}

int main(int argc, char** argv) {
  mgo_runtime_init(__builtin_frame_address(0), argc, argv);
  mgo_sched_main(program_main);  // this thread becomes scheduler worker 0; never returns
}
