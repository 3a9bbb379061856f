// runtime_sched_stack_test.cpp — goroutine stacks: segmented growth through the split-stack
// protocol, stack arguments and float registers across __morestack, "fatal error: stack overflow",
// preemption through the prologue check and the back-edge poll, GC root iteration over every
// segment, and RSS of one million parked goroutines.
//
// The functions below are what LLVM emits for split-stack functions. They were produced with
//   llc-19 -O1 -relocation-model=pic split.ll
// from this IR (so the test exercises exactly the prologues codegen will produce):
//   ; Split-stack test functions (compiled with llc -O1 into tests/unit/runtime_sched_stack_test.cpp).
//   ; rec(n): recursion depth n with a ~800-byte frame; returns n+1 if every frame kept its data.
//   define i64 @mgo_test_rec(i64 %n) "split-stack" {
//   entry:
//     %buf = alloca [100 x i64]
//     %p = getelementptr [100 x i64], ptr %buf, i64 0, i64 50
//     store volatile i64 %n, ptr %p
//     %c = icmp eq i64 %n, 0
//     br i1 %c, label %done, label %more
//   more:
//     %m = sub i64 %n, 1
//     %r = call i64 @mgo_test_rec(i64 %m)
//     %v = load volatile i64, ptr %p
//     %ok = icmp eq i64 %v, %n
//     %inc = select i1 %ok, i64 1, i64 0
//     %s = add i64 %r, %inc
//     ret i64 %s
//   done:
//     call void @mgo_test_at_bottom()
//     ret i64 1
//   }
//   declare void @mgo_test_at_bottom()
//   
//   ; rec_args: 9 integer args (3 on the stack) and 2 doubles, recursing; returns the sum of all
//   ; args at every level (checks that __morestack copies stack args and keeps xmm registers).
//   define double @mgo_test_rec_args(i64 %a, i64 %b, i64 %c, i64 %d, i64 %e, i64 %f, i64 %g, i64 %h, i64 %n, double %x, double %y) "split-stack" {
//   entry:
//     %buf = alloca [60 x i64]
//     %p = getelementptr [60 x i64], ptr %buf, i64 0, i64 7
//     store volatile i64 %n, ptr %p
//     %s1 = add i64 %a, %b
//     %s2 = add i64 %s1, %c
//     %s3 = add i64 %s2, %d
//     %s4 = add i64 %s3, %e
//     %s5 = add i64 %s4, %f
//     %s6 = add i64 %s5, %g
//     %s7 = add i64 %s6, %h
//     %sf = sitofp i64 %s7 to double
//     %sx = fadd double %sf, %x
//     %sy = fadd double %sx, %y
//     %z = icmp eq i64 %n, 0
//     br i1 %z, label %done, label %more
//   more:
//     %m = sub i64 %n, 1
//     %r = call double @mgo_test_rec_args(i64 %a, i64 %b, i64 %c, i64 %d, i64 %e, i64 %f, i64 %g, i64 %h, i64 %m, double %x, double %y)
//     %t = fadd double %r, %sy
//     ret double %t
//   done:
//     ret double %sy
//   }
//   
//   ; leaf(x): a tiny split-stack function (its prologue is the preemption point).
//   define i64 @mgo_test_leaf(i64 %x) "split-stack" {
//     %buf = alloca [4 x i64]
//     store volatile i64 %x, ptr %buf
//     %v = load volatile i64, ptr %buf
//     %r = add i64 %v, 1
//     ret i64 %r
//   }
//   
//   ; spin_poll(flag): loops until *flag != 0 with the back-edge poll codegen emits; returns the
//   ; number of iterations.
//   declare void @mgo_preempt_poll()
//   define i64 @mgo_test_spin_poll(ptr %flag) "split-stack" {
//   entry:
//     br label %loop
//   loop:
//     %i = phi i64 [0, %entry], [%i2, %cont]
//     %f = load volatile i32, ptr %flag
//     %done = icmp ne i32 %f, 0
//     br i1 %done, label %exit, label %body
//   body:
//     %i2 = add i64 %i, 1
//     %lim = load volatile i64, ptr addrspace(257) inttoptr (i64 112 to ptr addrspace(257))
//     %req = icmp eq i64 %lim, -1
//     br i1 %req, label %poll, label %cont
//   poll:
//     call void @mgo_preempt_poll()
//     br label %cont
//   cont:
//     br label %loop
//   exit:
//     ret i64 %i
//   }

asm(R"ASM(
        .pushsection mgo_go_text,"ax",@progbits  # Go code: prologue preemption is served here (stack.h)
	.globl	mgo_test_rec
	.type	mgo_test_rec,@function
mgo_test_rec:
	leaq	-808(%rsp), %r11
	cmpq	%fs:112, %r11
	jbe	.LBB0_1
.LBB0_2:
	pushq	%rbx
	subq	$800, %rsp
	movq	%rdi, 400(%rsp)
	testq	%rdi, %rdi
	je	.LBB0_4
	leaq	-1(%rdi), %rax
	movq	%rdi, %rbx
	movq	%rax, %rdi
	callq	mgo_test_rec@PLT
	movq	400(%rsp), %rcx
	xorl	%edx, %edx
	cmpq	%rbx, %rcx
	sete	%dl
	addq	%rdx, %rax
	jmp	.LBB0_5
.LBB0_4:
	callq	mgo_test_at_bottom@PLT
	movl	$1, %eax
.LBB0_5:
	addq	$800, %rsp
	popq	%rbx
	retq
.LBB0_1:
	movl	$808, %r10d
	movl	$0, %r11d
	callq	__morestack
	retq
	jmp	.LBB0_2
.Lfunc_end0:
	.size	mgo_test_rec, .Lfunc_end0-mgo_test_rec
	.globl	mgo_test_rec_args
	.type	mgo_test_rec_args,@function
mgo_test_rec_args:
	leaq	-504(%rsp), %r11
	cmpq	%fs:112, %r11
	jbe	.LBB1_1
.LBB1_2:
	pushq	%r14
	pushq	%rbx
	subq	$488, %rsp
	movq	528(%rsp), %r11
	movq	520(%rsp), %r10
	movq	512(%rsp), %rax
	movq	%r11, 64(%rsp)
	leaq	(%rdx,%rcx), %r14
	addq	%rdi, %r14
	addq	%rsi, %r14
	addq	%r8, %r14
	addq	%r9, %r14
	addq	%rax, %r14
	addq	%r10, %r14
	cvtsi2sd	%r14, %xmm2
	addsd	%xmm0, %xmm2
	addsd	%xmm1, %xmm2
	testq	%r11, %r11
	je	.LBB1_4
	decq	%r11
	subq	$8, %rsp
	pushq	%r11
	pushq	%r10
	pushq	%rax
	movsd	%xmm2, 32(%rsp)
	callq	mgo_test_rec_args@PLT
	addq	$32, %rsp
	addsd	(%rsp), %xmm0
	jmp	.LBB1_5
.LBB1_4:
	movapd	%xmm2, %xmm0
.LBB1_5:
	addq	$488, %rsp
	popq	%rbx
	popq	%r14
	retq
.LBB1_1:
	movl	$504, %r10d
	movl	$24, %r11d
	callq	__morestack
	retq
	jmp	.LBB1_2
.Lfunc_end1:
	.size	mgo_test_rec_args, .Lfunc_end1-mgo_test_rec_args
	.globl	mgo_test_leaf
	.type	mgo_test_leaf,@function
mgo_test_leaf:
	cmpq	%fs:112, %rsp
	jbe	.LBB2_1
.LBB2_2:
	subq	$32, %rsp
	movq	%rdi, (%rsp)
	movq	(%rsp), %rax
	incq	%rax
	addq	$32, %rsp
	retq
.LBB2_1:
	movl	$32, %r10d
	movl	$0, %r11d
	callq	__morestack
	retq
	jmp	.LBB2_2
.Lfunc_end2:
	.size	mgo_test_leaf, .Lfunc_end2-mgo_test_leaf
	.globl	mgo_test_spin_poll
	.type	mgo_test_spin_poll,@function
mgo_test_spin_poll:
	cmpq	%fs:112, %rsp
	jbe	.LBB3_1
.LBB3_2:
	pushq	%r14
	pushq	%rbx
	pushq	%rax
	movq	%rdi, %r14
	xorl	%ebx, %ebx
	jmp	.LBB3_3
.LBB3_6:
	incq	%rbx
.LBB3_3:
	cmpl	$0, (%r14)
	jne	.LBB3_7
	movq	%fs:112, %rax
	cmpq	$-1, %rax
	jne	.LBB3_6
	callq	mgo_preempt_poll@PLT
	jmp	.LBB3_6
.LBB3_7:
	movq	%rbx, %rax
	addq	$8, %rsp
	popq	%rbx
	popq	%r14
	retq
.LBB3_1:
	movl	$24, %r10d
	movl	$0, %r11d
	callq	__morestack
	retq
	jmp	.LBB3_2
.Lfunc_end3:
	.size	mgo_test_spin_poll, .Lfunc_end3-mgo_test_spin_poll
        .popsection
)ASM");

#include <atomic>
#include <chrono>
#include <cmath>

#include "runtime/sched_internal.h"
#include "runtime_sched_support.h"

using namespace sched_test;
using namespace mgo::sched;

extern "C" {
int64_t mgo_test_rec(int64_t n);
double mgo_test_rec_args(int64_t a, int64_t b, int64_t c, int64_t d, int64_t e, int64_t f, int64_t g, int64_t h,
                         int64_t n, double x, double y);
int64_t mgo_test_leaf(int64_t x);
int64_t mgo_test_spin_poll(volatile int32_t* flag);
}

namespace {

double now_sec() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// Called by mgo_test_rec at the bottom of its recursion.
void (*at_bottom_hook)() = nullptr;

}  // namespace

extern "C" void mgo_test_at_bottom() {
  if (at_bottom_hook) at_bottom_hook();
}

TEST_CASE("stacks: deep split-stack recursion grows the stack in segments") {
  for_procs({1, 4}, [](int) {
    int64_t segments_before = int64_t(stack_stats().extra_segments_mapped);
    run_go([] {
      double t0 = now_sec();
      int64_t r = mgo_test_rec(100000);  // 100k frames of 816 bytes: ~82 MB of stack
      double t1 = now_sec();
      CHECK(r == 100001);
      MESSAGE("100k-deep recursion (82 MB of stack): " << (t1 - t0) * 1e3 << " ms");
      // Again: the segments are cached on the goroutine.
      CHECK(mgo_test_rec(100000) == 100001);
      // Many goroutines recursing at once.
      mgo_sync_WaitGroup wg{};
      static std::atomic<int> good;
      good = 0;
      for (int i = 0; i < 16; i++) {
        mgo_sync_WaitGroup_Add(&wg, 1);
        go([&wg, i] {
          if (mgo_test_rec(2000 + i * 100) == 2001 + i * 100) good++;
          mgo_sync_WaitGroup_Done(&wg);
        });
      }
      mgo_sync_WaitGroup_Wait(&wg);
      CHECK(good == 16);
    });
    CHECK(int64_t(stack_stats().extra_segments_mapped) >= segments_before);
  });
  CHECK(stack_stats().extra_segments_mapped > 0);
}

TEST_CASE("stacks: stack arguments and xmm registers survive __morestack") {
  run_go([] {
    // Each level adds a..h (36) + x + y (0.5 + 0.25); 3000 levels cross several segments.
    double r = mgo_test_rec_args(1, 2, 3, 4, 5, 6, 7, 8, 3000, 0.5, 0.25);
    CHECK(r == doctest::Approx(3001 * 36.75));
  });
}

SCHED_CHILD_CASE(stack_overflow) {
  run_as_program([] { mgo_test_rec(int64_t(1) << 40); });
}

TEST_CASE("stacks: infinite recursion is Go's fatal error: stack overflow, exit 2") {
  ChildResult r = run_child("stack_overflow");
  INFO(r.err);
  CHECK(r.exit_code == 2);
  CHECK(r.err.rfind("runtime: goroutine stack exceeds 1000000000-byte limit\n", 0) == 0);
  CHECK(r.err.find("\nfatal error: stack overflow\n\ngoroutine 1 [running]:\n") != std::string::npos);
}

TEST_CASE("preemption: through split-stack prologues (no explicit polls)") {
  mgo_runtime_GOMAXPROCS(1);
  static std::atomic<bool> other_ran;
  other_ran = false;
  double t0 = now_sec();
  run_go([] {
    go([] { other_ran = true; });
    int64_t x = 0;
    double start = now_sec();
    // Only function calls: the prologue's limit check is the safe point.
    while (!other_ran.load(std::memory_order_relaxed) && now_sec() - start < 5) x = mgo_test_leaf(x);
    CHECK(x > 0);
  });
  CHECK(other_ran);
  MESSAGE("prologue preemption after " << (now_sec() - t0) * 1e3 << " ms");
  CHECK(now_sec() - t0 < 1);
}

TEST_CASE("preemption: through the loop back-edge poll") {
  for_procs({1, 4}, [](int) {
    static volatile int32_t flag;
    flag = 0;
    run_go([] {
      go([] { flag = 1; });
      int64_t iterations = mgo_test_spin_poll(&flag);  // no calls at all in the loop
      CHECK(iterations >= 0);
    });
    CHECK(flag == 1);
  });
}

TEST_CASE("GC roots: parked goroutines' stacks over all segments, from their saved sp") {
  mgo_runtime_GOMAXPROCS(2);
  static mgo_chan* park_chan;
  static mgo_chan* parked;
  static const uintptr_t kMagic = 0x5eed5eed5eed0001;
  run_go([] {
    park_chan = make_chan(0);
    parked = make_chan(1);
    mgo_sync_WaitGroup wg{};
    mgo_sync_WaitGroup_Add(&wg, 1);
    go([&wg] {
      volatile uintptr_t marker = kMagic;  // lives in the first segment
      at_bottom_hook = [] {
        volatile uintptr_t deep_marker = kMagic + 1;  // lives in a later segment
        int64_t one = 1;
        mgo_chan_send(parked, &one);
        mgo_chan_recv(park_chan, nullptr);  // park at the bottom of a deep recursion
        (void)deep_marker;
      };
      mgo_test_rec(3000);  // ~2.4 MB: several segments
      at_bottom_hook = nullptr;
      (void)marker;
      mgo_sync_WaitGroup_Done(&wg);
    });
    mgo_chan_recv(parked, nullptr);
    volatile uintptr_t self_marker = kMagic + 2;  // the scanning goroutine's own stack counts too
    struct Found {
      bool first = false, deep = false, self = false;
      uint64_t bytes = 0;
      int ranges = 0;
    } found;
    mgo_sched_stop_the_world();
    mgo_sched_for_each_root(
        [](void* lo, void* hi, void* ctx) {
          auto* f = static_cast<Found*>(ctx);
          f->ranges++;
          f->bytes += uint64_t(static_cast<char*>(hi) - static_cast<char*>(lo));
          for (auto* p = static_cast<uintptr_t*>(lo); p + 1 <= static_cast<uintptr_t*>(hi); p++) {
            if (*p == kMagic) f->first = true;
            if (*p == kMagic + 1) f->deep = true;
            if (*p == kMagic + 2) f->self = true;
          }
        },
        &found);
    mgo_sched_start_the_world();
    CHECK(found.first);
    CHECK(found.deep);
    CHECK(found.self);
    (void)self_marker;
    CHECK(found.bytes > 3000 * 800);
    MESSAGE("roots: " << found.ranges << " ranges, " << found.bytes / 1024 << " KB");
    mgo_chan_close(park_chan);
    mgo_sync_WaitGroup_Wait(&wg);
  });
}

SCHED_CHILD_CASE(million_parked) {
  static constexpr long kN = 1000000;
  static long rss_before;
  static std::atomic<long> started;
  static mgo_chan* gate;
  static mgo_sync_WaitGroup wg;
  rss_before = rss_kb();
  double t0 = now_sec();
  run_go([] {
    gate = make_chan(0);
    struct Closure {
      void (*code)(void*);
    };
    static Closure body{[](void*) {
      started.fetch_add(1, std::memory_order_relaxed);
      mgo_chan_recv(gate, nullptr);  // every goroutine parks on the same channel
      mgo_sync_WaitGroup_Done(&wg);
    }};
    for (long i = 0; i < kN; i++) {
      mgo_sync_WaitGroup_Add(&wg, 1);
      mgo_go(&body);
      mgo_sched_poll();
    }
    while (started.load() < kN) mgo_time_Sleep(1000000);
    mgo_time_Sleep(20 * 1000000);
  });
  double t1 = now_sec();
  long rss_parked = rss_kb();
  run_go([] {
    mgo_chan_close(gate);
    mgo_sync_WaitGroup_Wait(&wg);
  });
  double t2 = now_sec();
  printf("RESULT rss_per_goroutine_bytes=%ld spawn_ms=%.0f release_ms=%.0f rss_total_mb=%ld\n",
         (rss_parked - rss_before) * 1024 / kN, (t1 - t0) * 1e3, (t2 - t1) * 1e3, rss_parked / 1024);
  fflush(stdout);
}

TEST_CASE("stacks: 1,000,000 parked goroutines released by closing one channel") {
  ChildResult r = run_child("million_parked", {"GOMAXPROCS=2"});
  INFO(r.out, r.err);
  REQUIRE(r.exit_code == 0);
  auto pos = r.out.find("RESULT ");
  REQUIRE(pos != std::string::npos);
  long per_g = -1;
  sscanf(r.out.c_str() + pos, "RESULT rss_per_goroutine_bytes=%ld", &per_g);
  MESSAGE(r.out.substr(pos, r.out.find('\n', pos) - pos));
  CHECK(per_g > 0);
  CHECK(per_g < 11 * 1024);  // below gccgo's ~11 KB
}
