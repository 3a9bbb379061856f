// runtime_internal.h — C entry points shared between runtime files (and unit tests) but not
// called by generated code (generated code uses abi.h).
#pragma once
#include <stdint.h>

#include "abi.h"

#ifdef __cplusplus
extern "C" {
#endif

// stack_base: the highest address of the calling (main) thread's stack that may hold pointers
// (C main passes its frame address); NULL asks pthread for the thread's stack top.
void mgo_runtime_init(void* stack_base, int argc, char** argv);
[[noreturn]] void mgo_runtime_exit(int code);   // flushes stdout, prints GODEBUG=allocs=1 stats
uint64_t mgo_heap_alloc_count(void);

typedef struct mgo_heap_stats_t {
  uint64_t alloc_count;      // heap allocations since start-up
  uint64_t alloc_bytes;      // requested bytes of those
  uint64_t live_bytes;       // allocated slots + free space of cached spans (the pacer's number)
  uint64_t next_gc;          // the next collection starts when live_bytes reaches this
  uint64_t num_gc;           // completed collections
  uint64_t freed_objects;    // objects reclaimed by all collections
  uint64_t committed_bytes;  // heap address space made usable
  uint64_t released_bytes;   // free heap memory currently returned to the OS
} mgo_heap_stats_t;
void mgo_heap_stats(mgo_heap_stats_t* out);
// Removes a range registered with mgo_gc_register_root (by its start address).
void mgo_gc_unregister_root(void* addr);

// fmt's stdout writes are unbuffered single write(2)s today; this is the hook if that changes.
void mgo_flush_stdout(void);
// Writes all of [p, p+n) to fd, retrying on EINTR / short writes.
void mgo_write_all(int fd, const void* p, uint64_t n);
// "goroutine 1 [running]:" trailer and exit(2), after the message has been printed.
[[noreturn]] void mgo_die_after_panic_message(void);

#ifdef __cplusplus
}
#endif
