// runtime_sched_fatal_test.cpp — deadlock detection and runtime panics/fatal errors of channels
// and sync, checked in child processes against Go 1.19's exact stderr text and exit status 2.
// (Expected texts come from running the equivalent Go programs with go1.19.)
#include "runtime/sched_internal.h"
#include "runtime_sched_support.h"

using namespace sched_test;

namespace {
mgo_chan* global_chan;
}

// --- deadlocks ---

SCHED_CHILD_CASE(deadlock_recv) {
  run_as_program([] {
    mgo_chan* c = make_chan(0);
    mgo_chan_recv(c, nullptr);
  });
}

SCHED_CHILD_CASE(deadlock_nil_recv) {
  run_as_program([] { mgo_chan_recv(nullptr, nullptr); });
}

SCHED_CHILD_CASE(deadlock_nil_send) {
  run_as_program([] {
    int64_t v = 1;
    mgo_chan_send(nullptr, &v);
  });
}

SCHED_CHILD_CASE(deadlock_select_no_cases) {
  run_as_program([] {
    bool ok;
    mgo_select(nullptr, 0, false, &ok);
  });
}

SCHED_CHILD_CASE(deadlock_select) {
  run_as_program([] {
    mgo_chan* a = make_chan(0);
    mgo_chan* b = make_chan(0);
    int64_t v = 0;
    mgo_select_case cases[2] = {{a, &v, MGO_SELECT_RECV}, {b, &v, MGO_SELECT_SEND}};
    bool ok;
    mgo_select(cases, 2, false, &ok);
  });
}

SCHED_CHILD_CASE(deadlock_mutex) {
  run_as_program([] {
    static mgo_sync_Mutex mu;
    mgo_sync_Mutex_Lock(&mu);
    mgo_sync_Mutex_Lock(&mu);
  });
}

// main waits on a WaitGroup, goroutine 5 blocks sending, goroutine 6 in select {} (like the Go
// program in docs/RUNTIME.md).
SCHED_CHILD_CASE(deadlock_many) {
  run_as_program([] {
    static mgo_sync_WaitGroup wg;
    mgo_sync_WaitGroup_Add(&wg, 1);
    global_chan = make_chan(0);
    go([] {
      int64_t v = 1;
      mgo_chan_send(global_chan, &v);
    });
    go([] {
      bool ok;
      mgo_select(nullptr, 0, false, &ok);
    });
    mgo_sync_WaitGroup_Wait(&wg);
  });
}

// A goroutine blocked forever is not a deadlock while main sleeps; main returning exits 0.
SCHED_CHILD_CASE(no_deadlock_while_sleeping) {
  run_as_program([] {
    global_chan = make_chan(0);
    go([] { mgo_chan_recv(global_chan, nullptr); });
    mgo_time_Sleep(50 * 1000 * 1000);
    printf("main done\n");
    fflush(stdout);
  });
}

// A timer channel wakes main: not a deadlock.
SCHED_CHILD_CASE(no_deadlock_timer_channel) {
  run_as_program([] {
    mgo_chan* c = mgo_time_After(&kChanInt64Type, 20 * 1000 * 1000);
    int64_t t = 0;
    mgo_chan_recv(c, &t);
    printf("got time %d\n", t > 0 ? 1 : 0);
    fflush(stdout);
  });
}

TEST_CASE("deadlock: Go 1.19's message, wait reason and exit status 2") {
  struct Expect {
    const char* child;
    const char* err;
  } cases[] = {
      {"deadlock_recv", "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\nmain.main()\n"},
      {"deadlock_nil_recv", "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive (nil chan)]:\nmain.main()\n"},
      {"deadlock_nil_send", "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan send (nil chan)]:\nmain.main()\n"},
      {"deadlock_select_no_cases", "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [select (no cases)]:\nmain.main()\n"},
      {"deadlock_select", "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [select]:\nmain.main()\n"},
      {"deadlock_mutex", "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [semacquire]:\nmain.main()\n"},
      {"deadlock_many",
       "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [semacquire]:\nmain.main()\n\n"
       "goroutine 5 [chan send]:\n\ngoroutine 6 [select (no cases)]:\n"},
  };
  for (auto& c : cases) {
    for (const char* procs : {"GOMAXPROCS=1", "GOMAXPROCS=4"}) {
      ChildResult r = run_child(c.child, {procs});
      INFO(c.child, " ", procs);
      CHECK(r.exit_code == 2);
      CHECK(r.err == c.err);
    }
  }
}

TEST_CASE("deadlock: no false positives") {
  for (const char* procs : {"GOMAXPROCS=1", "GOMAXPROCS=4"}) {
    ChildResult r = run_child("no_deadlock_while_sleeping", {procs});
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("main done\n") != std::string::npos);
    CHECK(r.err == "");
    r = run_child("no_deadlock_timer_channel", {procs});
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("got time 1\n") != std::string::npos);
  }
}

// --- panics and fatal errors ---

SCHED_CHILD_CASE(send_closed) {
  run_as_program([] {
    mgo_chan* c = make_chan(1);
    mgo_chan_close(c);
    int64_t v = 1;
    mgo_chan_send(c, &v);
  });
}

SCHED_CHILD_CASE(send_closed_while_blocked) {
  run_as_program([] {
    global_chan = make_chan(0);
    go([] {
      mgo_time_Sleep(10 * 1000 * 1000);
      mgo_chan_close(global_chan);
    });
    int64_t v = 1;
    mgo_chan_send(global_chan, &v);
  });
}

SCHED_CHILD_CASE(close_closed) {
  run_as_program([] {
    mgo_chan* c = make_chan(0);
    mgo_chan_close(c);
    mgo_chan_close(c);
  });
}

SCHED_CHILD_CASE(close_nil) {
  run_as_program([] { mgo_chan_close(nullptr); });
}

SCHED_CHILD_CASE(unlock_unlocked) {
  run_as_program([] {
    static mgo_sync_Mutex mu;
    mgo_sync_Mutex_Unlock(&mu);
  });
}

SCHED_CHILD_CASE(runlock_unlocked) {
  run_as_program([] {
    static mgo_sync_RWMutex rw;
    mgo_sync_RWMutex_RUnlock(&rw);
  });
}

SCHED_CHILD_CASE(rwunlock_unlocked) {
  run_as_program([] {
    static mgo_sync_RWMutex rw;
    mgo_sync_RWMutex_Unlock(&rw);
  });
}

SCHED_CHILD_CASE(negative_waitgroup) {
  run_as_program([] {
    static mgo_sync_WaitGroup wg;
    mgo_sync_WaitGroup_Add(&wg, -1);
  });
}

SCHED_CHILD_CASE(makechan_negative) {
  run_as_program([] { make_chan(-1); });
}

TEST_CASE("panics and fatal errors: Go 1.19's first lines, exit status 2") {
  struct Expect {
    const char* child;
    const char* err_prefix;
  } cases[] = {
      {"send_closed", "panic: send on closed channel\n\ngoroutine 1 [running]:\n"},
      {"send_closed_while_blocked", "panic: send on closed channel\n\ngoroutine 1 [running]:\n"},
      {"close_closed", "panic: close of closed channel\n\ngoroutine 1 [running]:\n"},
      {"close_nil", "panic: close of nil channel\n\ngoroutine 1 [running]:\n"},
      {"unlock_unlocked", "fatal error: sync: unlock of unlocked mutex\n\ngoroutine 1 [running]:\n"},
      {"runlock_unlocked", "fatal error: sync: RUnlock of unlocked RWMutex\n\ngoroutine 1 [running]:\n"},
      {"rwunlock_unlocked", "fatal error: sync: Unlock of unlocked RWMutex\n\ngoroutine 1 [running]:\n"},
      {"negative_waitgroup", "panic: sync: negative WaitGroup counter\n\ngoroutine 1 [running]:\n"},
      {"makechan_negative", "panic: makechan: size out of range\n\ngoroutine 1 [running]:\n"},
  };
  for (auto& c : cases) {
    ChildResult r = run_child(c.child);
    INFO(c.child, " stderr: ", r.err);
    CHECK(r.exit_code == 2);
    CHECK(r.err.rfind(c.err_prefix, 0) == 0);
  }
}

SCHED_CHILD_CASE(select_send_closed_while_blocked) {
  run_as_program([] {
    global_chan = make_chan(0);
    go([] {
      mgo_time_Sleep(10 * 1000 * 1000);
      mgo_chan_close(global_chan);
    });
    int64_t v = 1;
    mgo_chan* never = make_chan(0);
    mgo_select_case cases[2] = {{never, &v, MGO_SELECT_RECV}, {global_chan, &v, MGO_SELECT_SEND}};
    bool ok;
    mgo_select(cases, 2, false, &ok);
  });
}

TEST_CASE("select: a send case on a channel closed while blocked panics") {
  ChildResult r = run_child("select_send_closed_while_blocked");
  CHECK(r.exit_code == 2);
  CHECK(r.err.rfind("panic: send on closed channel\n\ngoroutine 1 [running]:\n", 0) == 0);
}
