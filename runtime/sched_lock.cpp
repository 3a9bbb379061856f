// sched_lock.cpp — futex system calls, clocks, RtLock slow path and timed Note sleep.
// See sched_lock.h for the rules.
#include "sched_lock.h"
#include "stack.h"

#include <linux/futex.h>
#include <pthread.h>
#include <sched.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace mgo::sched {

void futex_wait(std::atomic<uint32_t>* addr, uint32_t val, int64_t timeout_ns) {
  struct timespec ts;
  struct timespec* tsp = nullptr;
  if (timeout_ns >= 0) {
    ts.tv_sec = timeout_ns / 1000000000;
    ts.tv_nsec = timeout_ns % 1000000000;
    tsp = &ts;
  }
  syscall(SYS_futex, reinterpret_cast<uint32_t*>(addr), FUTEX_WAIT_PRIVATE, val, tsp, nullptr, 0);
}

void futex_wake(std::atomic<uint32_t>* addr, int count) {
  syscall(SYS_futex, reinterpret_cast<uint32_t*>(addr), FUTEX_WAKE_PRIVATE, count, nullptr, nullptr, 0);
}

int64_t nanotime() {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

int64_t walltime_ns() {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

void os_yield() { sched_yield(); }

bool start_os_thread(void* (*fn)(void*), void* arg, size_t stack_size) {
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, stack_size);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  pthread_t t;
  bool ok = false;
  deep_stack([&] { ok = pthread_create(&t, &attr, fn, arg) == 0; });  // ~650 bytes of libc stack
  pthread_attr_destroy(&attr);
  return ok;
}

// Go's lock2: spin briefly (the holder is running on another CPU), yield a few times, then sleep.
void RtLock::lock_slow() {
  uint32_t wait = key.exchange(1, std::memory_order_acquire);
  if (wait == 0) return;
  for (;;) {
    for (int i = 0; i < 64; i++) {
      while (key.load(std::memory_order_relaxed) == 0) {
        uint32_t expected = 0;
        if (key.compare_exchange_weak(expected, wait, std::memory_order_acquire)) return;
      }
      cpu_relax();
    }
    for (int i = 0; i < 2; i++) {
      while (key.load(std::memory_order_relaxed) == 0) {
        uint32_t expected = 0;
        if (key.compare_exchange_weak(expected, wait, std::memory_order_acquire)) return;
      }
      os_yield();
    }
    // Sleep: mark the lock contended.
    uint32_t v = key.exchange(2, std::memory_order_acquire);
    if (v == 0) return;
    wait = 2;
    futex_wait(&key, 2, -1);
  }
}

bool Note::sleep_for(int64_t ns) {
  int64_t deadline = nanotime() + ns;
  while (key.load(std::memory_order_acquire) == 0) {
    int64_t left = deadline - nanotime();
    if (left <= 0) return false;
    futex_wait(&key, 0, left);
  }
  return true;
}

}  // namespace mgo::sched
