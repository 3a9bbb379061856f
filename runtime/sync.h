// sync.h — internal interface of package sync's runtime support (sync_*.cpp): the address-keyed
// goroutine semaphore. The C layouts of sync.Mutex, RWMutex, WaitGroup and Once are in abi.h.
#pragma once
#include <cstdint>

#include "abi.h"
#include "sched_internal.h"

namespace mgo::sched {

// Go's runtime_Semacquire(Mutex): blocks the goroutine (never the thread) until *addr > 0, then
// decrements it. lifo: queue at the front (a Mutex waiter that already waited once).
void semacquire(uint32_t* addr, bool lifo, WaitReason reason);
// Go's runtime_Semrelease: increments *addr and wakes one waiter; handoff: give the count directly
// to the waiter and yield to it (starving Mutex).
void semrelease(uint32_t* addr, bool handoff);

[[noreturn]] void panic_string(const char* msg);  // panic("...") with a string value

}  // namespace mgo::sched
