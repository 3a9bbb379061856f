// sched_lock.h — the runtime's low-level synchronisation: futex wrappers, RtLock (a short-hold
// spin-then-futex mutex, Go's lock_futex.go) and Note (a one-shot sleep/wakeup, Go's note).
//
// Rules:
//   * RtLock protects runtime data structures only; it is held for a bounded, short time and never
//     across a goroutine switch (a goroutine may park *while releasing* one: see sched.h park()).
//   * A Note is cleared by its owner only, woken at most once per sleep.
//   * These block the OS thread: they are for worker threads (idle sleep, stop-the-world), the
//     timer thread and sysmon — never for goroutine-level waits (channels, sync use park()).
#pragma once
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <ctime>

namespace mgo::sched {

void futex_wait(std::atomic<uint32_t>* addr, uint32_t val, int64_t timeout_ns /* <0: forever */);
void futex_wake(std::atomic<uint32_t>* addr, int count);
int64_t nanotime();       // CLOCK_MONOTONIC in ns
int64_t walltime_ns();    // CLOCK_REALTIME in ns
void os_yield();
// Starts a detached OS thread running fn(arg) with the given stack size; false on failure.
bool start_os_thread(void* (*fn)(void*), void* arg, size_t stack_size);

inline void cpu_relax() {
#if defined(__x86_64__)
  __builtin_ia32_pause();
#elif defined(__aarch64__)
  asm volatile("yield");
#endif
}

// Go's lock_futex: 0 unlocked, 1 locked, 2 locked and somebody may sleep on it.
struct RtLock {
  std::atomic<uint32_t> key{0};

  void lock() {
    uint32_t expected = 0;
    if (key.compare_exchange_strong(expected, 1, std::memory_order_acquire)) return;
    lock_slow();
  }
  bool try_lock() {
    uint32_t expected = 0;
    return key.compare_exchange_strong(expected, 1, std::memory_order_acquire);
  }
  void unlock() {
    if (key.exchange(0, std::memory_order_release) == 2) futex_wake(&key, 1);
  }
  void lock_slow();
};

struct RtLockGuard {
  RtLock& l;
  explicit RtLockGuard(RtLock& lock) : l(lock) { l.lock(); }
  ~RtLockGuard() { l.unlock(); }
  RtLockGuard(const RtLockGuard&) = delete;
  RtLockGuard& operator=(const RtLockGuard&) = delete;
};

struct Note {
  std::atomic<uint32_t> key{0};
  void clear() { key.store(0, std::memory_order_relaxed); }
  void wakeup() {
    key.store(1, std::memory_order_release);
    futex_wake(&key, 1);
  }
  void sleep() {
    while (key.load(std::memory_order_acquire) == 0) futex_wait(&key, 0, -1);
  }
  // Returns true if woken, false on timeout.
  bool sleep_for(int64_t ns);
};

}  // namespace mgo::sched
