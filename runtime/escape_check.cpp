// escape_check.cpp — the checked frame region of `mgo build --check-escape` (docs/ESCAPE.md).
//
// In check mode codegen (codegen/escape_check.cpp) moves every stack object of a function (the
// variables and allocation sites the escape analysis kept on the stack, closure environments,
// temporaries) out of the machine stack into one *checked frame*:
//   void* mgo_escape_check_enter(int64_t size)   at function entry: a fresh, zeroed frame
//   void  mgo_escape_check_exit(void* frame)     before every return: the frame dies
// A dead frame's pages are replaced by an inaccessible (PROT_NONE) mapping and their addresses are
// never handed out again, so any later load or store through a pointer into a returned function's
// frame faults. The SIGSEGV handler recognises addresses in the region and stops the program:
//   fatal error: escape check: access to dead stack object at 0x... (...)
// with exit status 2. Faults elsewhere go to the previously installed handler (default: die).
//
// Layout: address space is reserved in 64 GB chunks (MAP_NORESERVE, read/write; smaller chunks,
// down to 16 MB, if the kernel refuses); frames are carved from it by a bump pointer, each frame
// a whole number of pages starting with a FrameHeader (links of the live-frame list). Live frames are GC roots (mgo_escape_check_for_each_root, called
// by gc.cpp through a weak reference): they hold pointers into the heap exactly like stack slots.
//
// A recovered panic skips the exits of the frames between the panic and the resumed function:
// mgo_escape_check_release_since (called by runtime/recover.cpp) kills the running goroutine's
// frames entered since the resumed function's entry (frames carry their owner and an entry
// sequence number; the live list is sorted by it, newest first).
// Invariants: a frame is in the live list from enter to exit and nowhere else; the bump pointer
// only grows (no address is reused); the signal handler takes no lock. If the kernel refuses to
// remap a dead frame (the per-process mapping limit, vm.max_map_count), the frame is filled with a
// poison pattern instead, counted, and protected later (one pending frame per later successful
// exit, once mappings have merged again): GODEBUG=escapecheck=1 prints
//   escape check: N frames, M bytes, U frames poisoned only (mapping limit), L of them protected later
// at exit.
#include <pthread.h>
#include <signal.h>
#include <sys/mman.h>
#include <unistd.h>

#include <atomic>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "runtime_internal.h"
#include "sched_api.h"

namespace mgo::rt {

namespace {

constexpr uintptr_t kPage = 4096;
constexpr uintptr_t kChunkBytes = uintptr_t(64) << 30;
constexpr uintptr_t kMinChunkBytes = uintptr_t(16) << 20;
constexpr int kMaxChunks = 1024;  // 64 TB of never-reused frame addresses

struct FrameHeader {
  FrameHeader* prev;
  FrameHeader* next;
  uintptr_t bytes;  // whole frame including this header, a multiple of kPage
  uintptr_t magic;
  const void* owner;   // the goroutine (its runtime-core slots) or thread that entered it
  uint64_t sequence;   // entry order: the live list is sorted by it, newest first
};
constexpr uintptr_t kMagic = 0x6573636170656368;  // "escapech"
static_assert(sizeof(FrameHeader) == 48, "objects start 16-byte aligned after the header");

struct Chunk {
  std::atomic<uintptr_t> lo{0}, hi{0};
};
Chunk chunks[kMaxChunks];
std::atomic<int> chunkCount{0};

pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
uintptr_t cursor = 0, cursorEnd = 0;  // under lock
FrameHeader live{&live, &live, 0, kMagic, nullptr, 0};  // circular list of live frames, under lock
std::atomic<uint64_t> nextSequence{1};                  // written under lock
uint64_t frames = 0, frameBytes = 0, poisonedOnly = 0, protectedLater = 0;  // under lock
// Dead frames the kernel refused to remap (mapping limit): retried, one per later exit, once
// mappings have merged again (as the deep call chain that caused them unwinds). Under lock.
struct DeadRange {
  void* lo;
  uintptr_t bytes;
};
// A static array: at the mapping limit malloc itself cannot map memory.
constexpr size_t kMaxPending = 1 << 17;
DeadRange pending[kMaxPending];
size_t pendingSize = 0;
std::atomic<size_t> pendingCount{0};

struct sigaction previousSegv;
std::atomic<bool> handlerInstalled{false};

void writeStr(const char* s) { mgo_write_all(2, s, std::strlen(s)); }

[[noreturn]] void fatal(const char* message) {
  writeStr("fatal error: escape check: ");
  writeStr(message);
  writeStr("\n");
  _exit(2);
}

bool inRegion(uintptr_t addr) {
  int n = chunkCount.load(std::memory_order_acquire);
  for (int i = 0; i < n; ++i)
    if (addr >= chunks[i].lo.load(std::memory_order_relaxed) && addr < chunks[i].hi.load(std::memory_order_relaxed))
      return true;
  return false;
}

void onSegvBody(int sig, siginfo_t* info, void* uctx);

// On the alternate signal stack (every worker has one, sched.cpp): no split-stack limit there.
// Without a prologue of its own; the limit of the interrupted goroutine comes back on return.
__attribute__((no_split_stack)) void onSegv(int sig, siginfo_t* info, void* uctx);
void onSegv(int sig, siginfo_t* info, void* uctx) {
  uintptr_t limit;
  asm volatile("movq %%fs:0x70, %0" : "=r"(limit));
  asm volatile("movq %0, %%fs:0x70" ::"r"(uintptr_t(0)) : "memory");
  onSegvBody(sig, info, uctx);
  asm volatile("movq %0, %%fs:0x70" ::"r"(limit) : "memory");
}

void onSegvBody(int sig, siginfo_t* info, void* uctx) {
  uintptr_t addr = reinterpret_cast<uintptr_t>(info->si_addr);
  if (inRegion(addr)) {
    char buf[160];
    char hex[17];
    for (int i = 15; i >= 0; --i) {
      hex[i] = "0123456789abcdef"[addr & 15];
      addr >>= 4;
    }
    hex[16] = 0;
    const char* digits = hex;
    while (*digits == '0' && digits[1]) ++digits;
    std::snprintf(buf, sizeof buf,
                  "access to dead stack object at 0x%s (a pointer into the frame of a function that "
                  "has returned)", digits);
    fatal(buf);
  }
  // Not ours: hand the fault to whoever was installed before (by default: die with SIGSEGV).
  if (previousSegv.sa_flags & SA_SIGINFO) {
    if (previousSegv.sa_sigaction) {
      previousSegv.sa_sigaction(sig, info, uctx);
      return;
    }
  } else if (previousSegv.sa_handler != SIG_DFL && previousSegv.sa_handler != SIG_IGN) {
    previousSegv.sa_handler(sig);
    return;
  }
  signal(SIGSEGV, SIG_DFL);  // returning re-executes the faulting access, which now kills us
}

void installHandler() {
  handlerInstalled.store(true);
  static char altStack[64 * 1024];
  stack_t ss{};
  ss.ss_sp = altStack;
  ss.ss_size = sizeof altStack;
  sigaltstack(&ss, nullptr);  // the main thread; other threads run the handler on their stack
  struct sigaction sa {};
  sa.sa_sigaction = onSegv;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
  sigemptyset(&sa.sa_mask);
  struct sigaction old {};
  sigaction(SIGSEGV, &sa, &old);
  if (!((old.sa_flags & SA_SIGINFO) && old.sa_sigaction == onSegv)) previousSegv = old;  // never chain to ourselves
  sigaction(SIGBUS, &sa, nullptr);
}

bool killPages(void* frame, uintptr_t bytes) {
  void* p = mmap(frame, bytes, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED, -1, 0);
  return p != MAP_FAILED || mprotect(frame, bytes, PROT_NONE) == 0;
}

// Under lock: makes room for `bytes` more bytes at the cursor.
void reserveLocked(uintptr_t bytes) {
  if (cursor + bytes <= cursorEnd) return;
  int n = chunkCount.load(std::memory_order_relaxed);
  if (n == kMaxChunks || bytes > kChunkBytes) fatal("out of address space for checked frames");
  // 64 GB normally; smaller when the kernel refuses (strict overcommit ignores MAP_NORESERVE).
  uintptr_t size = kChunkBytes;
  void* p = MAP_FAILED;
  for (; size >= bytes && size >= kMinChunkBytes; size /= 4) {
    p = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p != MAP_FAILED) break;
  }
  if (p == MAP_FAILED) fatal("cannot reserve address space for checked frames");
  cursor = reinterpret_cast<uintptr_t>(p);
  cursorEnd = cursor + size;
  chunks[n].lo.store(cursor, std::memory_order_relaxed);
  chunks[n].hi.store(cursorEnd, std::memory_order_relaxed);
  chunkCount.store(n + 1, std::memory_order_release);
}

// The identity of the running goroutine (or thread, outside goroutines).
const void* currentOwner() {
  if (void** slots = mgo_sched_core_slots()) return slots;
  return reinterpret_cast<const void*>(pthread_self());
}

// A frame unlinked from the live list dies: its pages become inaccessible.
void killFrame(FrameHeader* frame) {
  uintptr_t bytes = frame->bytes;
  // Replace the pages by an inaccessible mapping: frees their memory and makes every later access
  // fault. The addresses stay reserved (the bump pointer never returns).
  if (!killPages(frame, bytes)) {
    std::memset(frame, 0xA5, bytes);  // mapping limit reached: poison now, protect later
    pthread_mutex_lock(&lock);
    poisonedOnly++;
    if (pendingSize < kMaxPending) pending[pendingSize++] = DeadRange{frame, bytes};
    pendingCount.store(pendingSize, std::memory_order_relaxed);
    pthread_mutex_unlock(&lock);
    return;
  }
  if (pendingCount.load(std::memory_order_relaxed) == 0) return;
  pthread_mutex_lock(&lock);
  if (pendingSize && killPages(pending[pendingSize - 1].lo, pending[pendingSize - 1].bytes)) {
    pendingSize--;
    pendingCount.store(pendingSize, std::memory_order_relaxed);
    protectedLater++;
  }
  pthread_mutex_unlock(&lock);
}

bool printStats() {
  const char* debug = std::getenv("GODEBUG");
  return debug && std::strstr(debug, "escapecheck=1");
}

}  // namespace

}  // namespace mgo::rt

using namespace mgo::rt;

extern "C" {

// Installs the SIGSEGV/SIGBUS handler (again: tests whose harness replaced it call this).
void mgo_escape_check_install(void) {
  pthread_mutex_lock(&lock);
  installHandler();
  pthread_mutex_unlock(&lock);
}

void* mgo_escape_check_enter(int64_t size) {
  if (!handlerInstalled.load(std::memory_order_acquire)) {
    pthread_mutex_lock(&lock);
    if (!handlerInstalled.load(std::memory_order_relaxed)) installHandler();
    pthread_mutex_unlock(&lock);
  }
  uintptr_t bytes = (sizeof(FrameHeader) + uintptr_t(size) + kPage - 1) & ~(kPage - 1);
  pthread_mutex_lock(&lock);
  reserveLocked(bytes);
  auto* frame = reinterpret_cast<FrameHeader*>(cursor);
  cursor += bytes;
  frame->bytes = bytes;
  frame->magic = kMagic;
  frame->owner = currentOwner();
  frame->sequence = nextSequence.load(std::memory_order_relaxed);
  nextSequence.store(frame->sequence + 1, std::memory_order_relaxed);
  frame->next = live.next;
  frame->prev = &live;
  live.next->prev = frame;
  live.next = frame;
  frames++;
  frameBytes += bytes;
  pthread_mutex_unlock(&lock);
  return frame + 1;
}

void mgo_escape_check_exit(void* objects) {
  FrameHeader* frame = static_cast<FrameHeader*>(objects) - 1;
  if (frame->magic != kMagic) fatal("corrupt checked frame header (a frame object was overrun)");
  pthread_mutex_lock(&lock);
  frame->prev->next = frame->next;
  frame->next->prev = frame->prev;
  pthread_mutex_unlock(&lock);
  killFrame(frame);
}

// Sequence number the next frame will get (a recovered panic's resume point records it).
uint64_t mgo_escape_check_sequence(void) { return nextSequence.load(std::memory_order_relaxed); }

// A recovered panic skipped the returns of the current goroutine's frames entered at or after
// `sequence` (runtime/recover.cpp): they die as if those functions had returned.
void mgo_escape_check_release_since(uint64_t sequence) {
  const void* owner = currentOwner();
  FrameHeader* dead = nullptr;  // chained through `next`
  pthread_mutex_lock(&lock);
  for (FrameHeader* f = live.next; f != &live && f->sequence >= sequence;) {
    FrameHeader* next = f->next;
    if (f->owner == owner) {
      f->prev->next = f->next;
      f->next->prev = f->prev;
      f->next = dead;
      dead = f;
    }
    f = next;
  }
  pthread_mutex_unlock(&lock);
  while (dead) {
    FrameHeader* next = dead->next;
    killFrame(dead);
    dead = next;
  }
}

// GC roots: every live frame (gc.cpp calls this with the world stopped).
void mgo_escape_check_for_each_root(void (*fn)(void* lo, void* hi, void* ctx), void* ctx) {
  pthread_mutex_lock(&lock);
  for (FrameHeader* f = live.next; f != &live; f = f->next)
    fn(f + 1, reinterpret_cast<char*>(f) + f->bytes, ctx);
  pthread_mutex_unlock(&lock);
}

// Called by mgo_runtime_exit (weak reference): the GODEBUG=escapecheck=1 line.
void mgo_escape_check_report(void) {
  if (!printStats()) return;
  pthread_mutex_lock(&lock);
  std::fprintf(stderr,
               "escape check: %llu frames, %llu bytes, %llu frames poisoned only (mapping limit), "
               "%llu of them protected later\n",
               static_cast<unsigned long long>(frames), static_cast<unsigned long long>(frameBytes),
               static_cast<unsigned long long>(poisonedOnly), static_cast<unsigned long long>(protectedLater));
  pthread_mutex_unlock(&lock);
}

}  // extern "C"
