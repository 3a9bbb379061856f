// runtime_core_heap_test.cpp — the GC heap (runtime/malloc.cpp, mheap.cpp, gc.cpp) without the
// scheduler: size classes and roundupsize against Go 1.19, zeroed/aligned/distinct allocation,
// interior pointers, collection of unreachable memory (bounded heap and RSS while allocating far
// more than the heap goal), survival of reachable objects (from a registered root, from the
// stack, through interior pointers) across many collections, no-scan objects, large objects.
#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "runtime/abi.h"
#include "runtime/heap.h"
#include "runtime/runtime_internal.h"
#include "runtime/sizeclasses.h"

using namespace mgo::rt;

namespace {

struct Init {
  Init() { mgo_runtime_init(nullptr, 0, nullptr); }
} init;

mgo_heap_stats_t stats() {
  mgo_heap_stats_t s;
  mgo_heap_stats(&s);
  return s;
}

long rssKb() {
  FILE* f = std::fopen("/proc/self/status", "r");
  char line[256];
  long kb = -1;
  while (f && std::fgets(line, sizeof line, f))
    if (std::strncmp(line, "VmRSS:", 6) == 0) kb = std::strtol(line + 6, nullptr, 10);
  if (f) std::fclose(f);
  return kb;
}

struct Node {
  Node* next;
  uint64_t value;
  uint64_t check;
};

const mgo_type kNodeType = {sizeof(Node), 8, MGO_STRUCT, 0, 0, "main.node", nullptr, nullptr, 0,
                            nullptr, 0, 0, nullptr, nullptr, 0};

Node* buildList(uint64_t n, uint64_t salt) {
  Node* head = nullptr;
  for (uint64_t i = 0; i < n; i++) {
    auto* node = static_cast<Node*>(mgo_alloc(&kNodeType));
    node->next = head;
    node->value = i;
    node->check = i * 2654435761u + salt;
    head = node;
    mgo_alloc_bytes(40, false);  // garbage in between
  }
  return head;
}

// Counts nodes whose contents are intact; n on success.
uint64_t verifyList(const Node* head, uint64_t n, uint64_t salt) {
  uint64_t good = 0;
  uint64_t expect = n;
  for (const Node* p = head; p; p = p->next) {
    --expect;
    if (p->value == expect && p->check == expect * 2654435761u + salt) good++;
  }
  return good;
}

// Allocates `bytes` of garbage in objects of `size` bytes.
__attribute__((noinline)) void churn(uint64_t bytes, uint64_t size, bool noscan) {
  for (uint64_t done = 0; done < bytes; done += size) {
    auto* p = static_cast<uint64_t*>(mgo_alloc_bytes(size, noscan));
    p[0] = done;
  }
}

Node* rootedList = nullptr;

}  // namespace

TEST_CASE("size classes are Go 1.19's and roundupsize matches Go") {
  CHECK(kClassToSize[1] == 8);
  CHECK(kClassToSize[kNumSizeClasses - 1] == 32768);
  for (int c = 2; c < kNumSizeClasses; c++) CHECK(kClassToSize[c] > kClassToSize[c - 1]);
  for (uint64_t size = 1; size <= kMaxSmallSize; size++) {
    int c = sizeToClass(size);
    REQUIRE(kClassToSize[c] >= size);
    REQUIRE(kClassToSize[c - 1] < size);
  }
  // Go 1.19: for each n, cap(append([]byte(nil), make([]byte, n)...)) == roundupsize(n):
  //   for _, n := range []int{1, 7, 8, 9, 16, 17, 24, 25, 33, 48, 49, 100, 1000, 1016, 1017, 1024,
  //       1025, 1100, 2000, 4000, 5000, 8000, 9000, 16000, 20000, 32767, 32768, 32769, 40000,
  //       65536, 100000, 1000000} { fmt.Print(cap(append([]byte(nil), make([]byte, n)...)), " ") }
  const uint64_t sizes[] = {1, 7, 8, 9, 16, 17, 24, 25, 33, 48, 49, 100, 1000, 1016, 1017, 1024, 1025,
                            1100, 2000, 4000, 5000, 8000, 9000, 16000, 20000, 32767, 32768, 32769, 40000,
                            65536, 100000, 1000000};
  const uint64_t go[] = {8, 8, 8, 16, 16, 24, 24, 32, 48, 48, 64, 112, 1024, 1024, 1024, 1024, 1152, 1152,
                         2048, 4096, 5376, 8192, 9472, 16384, 20480, 32768, 32768, 40960, 40960, 65536,
                         106496, 1007616};
  for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
    CAPTURE(sizes[i]);
    CHECK(roundUpSize(sizes[i]) == go[i]);
  }
  CHECK(roundUpSize(0) == 0);
}

TEST_CASE("allocations are zeroed, 8-byte aligned, distinct and found from interior pointers") {
  std::vector<uint8_t*> objects;
  for (uint64_t size = 1; size <= 70000; size = size * 3 / 2 + 1) {
    for (int k = 0; k < 3; k++) {
      auto* p = static_cast<uint8_t*>(mgo_alloc_bytes(size, k == 1));
      REQUIRE(p != nullptr);
      CHECK(reinterpret_cast<uintptr_t>(p) % 8 == 0);
      bool zero = true;
      for (uint64_t i = 0; i < size; i++) zero = zero && p[i] == 0;
      CHECK(zero);
      std::memset(p, 0xAB, size);  // dirty it: reused slots must be zeroed again
      Span* s = spanOf(reinterpret_cast<uintptr_t>(p + size - 1));
      REQUIRE(s != nullptr);
      CHECK(s->inUse);
      CHECK(s->elemSize >= size);
      uint64_t idx = s->sizeClass ? (reinterpret_cast<uintptr_t>(p + size - 1) - s->start) / s->elemSize : 0;
      CHECK(s->start + idx * s->elemSize == reinterpret_cast<uintptr_t>(p));
      CHECK(s->noscan == (k == 1));
      objects.push_back(p);
    }
  }
  for (size_t i = 1; i < objects.size(); i++) CHECK(objects[i] != objects[i - 1]);
  CHECK(mgo_alloc_bytes(0, true) != nullptr);
  objects.clear();
  mgo_gc_collect();
  for (int round = 0; round < 3; round++) {  // slots freed above come back zeroed
    for (uint64_t size : {8, 24, 100, 1000, 5000, 40000}) {
      auto* p = static_cast<uint8_t*>(mgo_alloc_bytes(size, false));
      bool zero = true;
      for (uint64_t i = 0; i < size; i++) zero = zero && p[i] == 0;
      CHECK(zero);
      std::memset(p, 0xCD, size);
    }
    mgo_gc_collect();
  }
}

TEST_CASE("allocation statistics count every allocation") {
  mgo_heap_stats_t before = stats();
  for (int i = 0; i < 1000; i++) mgo_alloc_bytes(24, true);
  mgo_alloc_bytes(100000, true);
  mgo_heap_stats_t after = stats();
  CHECK(after.alloc_count - before.alloc_count == 1001);
  CHECK(after.alloc_bytes - before.alloc_bytes == 1000 * 24 + 100000);
}

TEST_CASE("unreachable memory is collected: 2 GB of garbage in a bounded heap") {
  mgo_gc_collect();
  mgo_heap_stats_t before = stats();
  long rssBefore = rssKb();
  churn(uint64_t(1) << 30, 48, false);    // 22M small scan objects
  churn(uint64_t(1) << 29, 1000, true);   // noscan
  churn(uint64_t(1) << 29, 100000, false);  // large objects
  mgo_heap_stats_t after = stats();
  long rssAfter = rssKb();
  MESSAGE("collections: " << after.num_gc - before.num_gc << ", committed MB: " << after.committed_bytes / 1048576
          << ", RSS MB before/after: " << rssBefore / 1024 << "/" << rssAfter / 1024);
  CHECK(after.num_gc - before.num_gc >= 100);
  CHECK(after.freed_objects - before.freed_objects > 20000000);
  CHECK(after.committed_bytes <= (uint64_t(256) << 20));
  CHECK(rssAfter - rssBefore < 64 * 1024);
}

TEST_CASE("a linked list reachable from a registered root survives many collections") {
  mgo_gc_register_root(&rootedList, sizeof rootedList);
  rootedList = buildList(200000, 17);
  uint64_t gcs = stats().num_gc;
  for (int i = 0; i < 10; i++) {
    churn(uint64_t(16) << 20, 32, false);  // overwrite freed memory if the list were collected
    mgo_gc_collect();
  }
  CHECK(stats().num_gc - gcs >= 10);
  CHECK(verifyList(rootedList, 200000, 17) == 200000);
  rootedList = nullptr;
  mgo_gc_unregister_root(&rootedList);
}

TEST_CASE("a million-node list reachable only from the stack survives (no recursion in marking)") {
  Node* volatile head = buildList(1000000, 99);
  for (int i = 0; i < 5; i++) {
    churn(uint64_t(32) << 20, 24, false);
    mgo_gc_collect();
  }
  CHECK(verifyList(head, 1000000, 99) == 1000000);
}

TEST_CASE("interior pointers keep whole objects alive; no-scan objects are not traced") {
  struct Holder {
    uint64_t* interior;
  };
  static Holder holder;  // registered root holding only an interior pointer
  mgo_gc_register_root(&holder, sizeof holder);
  auto* big = static_cast<uint64_t*>(mgo_alloc_bytes(800, true));
  for (int i = 0; i < 100; i++) big[i] = uint64_t(i) * 31;
  holder.interior = big + 57;
  big = nullptr;
  // A pointer stored only inside a no-scan object does not keep its target alive.
  static uint64_t* noscanBox;
  mgo_gc_register_root(&noscanBox, sizeof noscanBox);
  noscanBox = static_cast<uint64_t*>(mgo_alloc_bytes(64, true));
  [] {
    auto* target = static_cast<uint64_t*>(mgo_alloc_bytes(4096, false));
    target[0] = 12345;
    noscanBox[0] = reinterpret_cast<uint64_t>(target);
  }();
  for (int i = 0; i < 4; i++) {
    churn(uint64_t(8) << 20, 800, true);
    mgo_gc_collect();
  }
  uint64_t* base = holder.interior - 57;
  bool intact = true;
  for (int i = 0; i < 100; i++) intact = intact && base[i] == uint64_t(i) * 31;
  CHECK(intact);
  Span* s = spanOf(noscanBox[0]);
  REQUIRE(s != nullptr);
  // The 4 KB target was either freed or (if its span was reused) handed out again; either way
  // its slot is no longer the one we wrote, or is free.
  uint64_t idx = (noscanBox[0] - s->start) / (s->elemSize ? s->elemSize : 1);
  bool allocated = s->inUse && (s->allocBits[idx / 64] >> (idx % 64) & 1);
  CHECK((!allocated || reinterpret_cast<uint64_t*>(noscanBox[0])[0] != 12345));
  mgo_gc_unregister_root(&holder);
  mgo_gc_unregister_root(&noscanBox);
}

TEST_CASE("freed large objects return memory to the OS") {
  mgo_gc_collect();
  long rss0 = rssKb();
  {
    static void* big[64];
    mgo_gc_register_root(big, sizeof big);
    for (auto& b : big) {
      b = mgo_alloc_bytes(4 << 20, true);
      std::memset(b, 1, 4 << 20);
    }
    long rss1 = rssKb();
    CHECK(rss1 - rss0 > 200 * 1024);
    for (auto& b : big) b = nullptr;
    mgo_gc_unregister_root(big);
  }
  mgo_gc_collect();
  long rss2 = rssKb();
  MESSAGE("RSS KB: " << rss0 << " -> " << rss2);
  CHECK(rss2 - rss0 < 32 * 1024);
  CHECK(stats().released_bytes >= (uint64_t(200) << 20));
}
