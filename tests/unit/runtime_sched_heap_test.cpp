// runtime_sched_heap_test.cpp — the garbage collector (runtime-core's heap) under the scheduler:
// collections triggered by 8 goroutines allocating at once stop the world, find every live object
// through goroutine stacks (all Ps, parked and running goroutines) and channel buffers, and free
// garbage. Any live object freed too early is reused by later allocations and shows up as a
// corrupted list node.
#define SCHED_TEST_REAL_HEAP
#include <atomic>

#include "runtime/heap.h"
#include "runtime_sched_support.h"

using namespace sched_test;

namespace {

struct Node {
  Node* next;
  int64_t value;
  int64_t check;
};

const mgo_type kNodeType = {sizeof(Node), 8, MGO_STRUCT, 0, 0, "main.node", nullptr, nullptr, 0,
                            nullptr, 0, 0, nullptr, nullptr, 0};
const mgo_type kNodePtrType = {8, 8, MGO_POINTER, MGO_TFLAG_COMPARABLE, 0, "*main.node", &kNodeType,
                               nullptr, 0, nullptr, 0, 0, nullptr, nullptr, 0};
const mgo_type kChanNodePtrType = {8, 8, MGO_CHAN, MGO_TFLAG_COMPARABLE, 0, "chan *main.node", &kNodePtrType,
                                   nullptr, 0, nullptr, 3, 0, nullptr, nullptr, 0};

std::atomic<long> corrupted{0};
std::atomic<long> verified{0};

Node* build_list(int64_t n, int64_t salt) {
  Node* head = nullptr;
  for (int64_t i = 0; i < n; i++) {
    auto* node = static_cast<Node*>(mgo_alloc(&kNodeType));
    node->next = head;
    node->value = i;
    node->check = i * 7 + salt;
    head = node;
    if (i % 8 == 0) mgo_alloc_bytes(200, false);  // garbage
    mgo_sched_poll();
  }
  return head;
}

void verify_list(Node* head, int64_t n, int64_t salt) {
  int64_t expect = n - 1;
  long bad = 0;
  for (Node* p = head; p; p = p->next, expect--)
    if (p->value != expect || p->check != expect * 7 + salt) bad++;
  if (expect != -1) bad++;
  corrupted += bad;
  verified++;
}

}  // namespace

TEST_CASE("GC while 8 goroutines allocate: stop-the-world, stacks and channel buffers as roots") {
  mgo_gc_collect();  // initialises the heap before any goroutine allocates
  for_procs({1, 4}, [](int procs) {
    corrupted = 0;
    verified = 0;
    uint64_t gcs_before = mgo::rt::heapStats.numGC;
    run_go([] {
      mgo_sync_WaitGroup wg{};
      mgo_chan* pipe = mgo_chan_make(&kChanNodePtrType, 64);
      // A consumer keeps lists alive only through the channel buffer while it sleeps.
      mgo_sync_WaitGroup_Add(&wg, 1);
      go([pipe, &wg] {
        for (int k = 0; k < 12; k++) {
          mgo_time_Sleep(2000000);
          Node* head = nullptr;
          mgo_chan_recv(pipe, &head);
          verify_list(head, 2000, head ? head->check - head->value * 7 : -1);  // salt of the sender
        }
        mgo_sync_WaitGroup_Done(&wg);
      });
      for (int g = 0; g < 8; g++) {
        mgo_sync_WaitGroup_Add(&wg, 1);
        go([g, pipe, &wg] {
          for (int round = 0; round < 6; round++) {
            Node* head = build_list(20000, g * 100 + round);
            if (g < 2) {
              Node* sent = build_list(2000, 1000 + g * 8 + round);
              mgo_chan_send(pipe, &sent);
            }
            mgo_time_Sleep(100000);  // parked with the list on its stack
            verify_list(head, 20000, g * 100 + round);
          }
          mgo_sync_WaitGroup_Done(&wg);
        });
      }
      mgo_sync_WaitGroup_Wait(&wg);
    });
    uint64_t gcs = mgo::rt::heapStats.numGC - gcs_before;
    MESSAGE("GOMAXPROCS=" << procs << ": " << gcs << " collections while 8 goroutines allocated, "
                          << verified.load() << " lists verified");
    CHECK(corrupted == 0);
    CHECK(verified == 8 * 6 + 12);
    CHECK(gcs >= 2);
  });
}
