// runtime_internal.h — C entry points shared between runtime files but not called by generated
// code (generated code uses abi.h).
#pragma once
#include <stdint.h>

#include "abi.h"

#ifdef __cplusplus
extern "C" {
#endif

void mgo_runtime_init(void* stack_base, int argc, char** argv);
[[noreturn]] void mgo_runtime_exit(int code);   // flushes stdout, prints GODEBUG=allocs=1 stats
uint64_t mgo_heap_alloc_count(void);
// fmt's stdout writes are unbuffered single write(2)s today; this is the hook if that changes.
void mgo_flush_stdout(void);
// Writes all of [p, p+n) to fd, retrying on EINTR / short writes.
void mgo_write_all(int fd, const void* p, uint64_t n);
// "goroutine 1 [running]:" trailer and exit(2), after the message has been printed.
[[noreturn]] void mgo_die_after_panic_message(void);

#ifdef __cplusplus
}
#endif
