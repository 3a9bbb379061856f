// runtime_sched_ir_test.cpp — an executable specification for codegen: the code LLVM produces
// for a small Go program using goroutines, channels, select, sync.WaitGroup and time.After, with
// the "split-stack" attribute and back-edge preemption polls, runs on the real scheduler as the
// main goroutine of a program (mgo_sched_main). Produced with
//   llc-19 -O2 -relocation-model=pic prog.ll
// from:
//   ; What codegen is expected to emit for this Go program (runtime/abi.h "Goroutines ..."):
//   ;   func worker(id int, c chan int, wg *sync.WaitGroup) { c <- id * id; wg.Done() }
//   ;   func main() {
//   ;     c := make(chan int)
//   ;     wg := new(sync.WaitGroup)
//   ;     for i := 0; i < 1000; i++ { wg.Add(1); go worker(i, c, wg) }
//   ;     sum := 0
//   ;     for i := 0; i < 1000; i++ { sum += <-c }
//   ;     wg.Wait()
//   ;     select { case v := <-c: sum += v; case <-time.After(time.Millisecond): sum += 1 }
//   ;     result = sum
//   ;   }
//   declare ptr @mgo_chan_make(ptr, i64)
//   declare void @mgo_chan_send(ptr, ptr)
//   declare void @mgo_chan_recv(ptr, ptr)
//   declare void @mgo_go(ptr)
//   declare ptr @mgo_alloc_bytes(i64, i1 zeroext)
//   declare void @mgo_sync_WaitGroup_Add(ptr, i64)
//   declare void @mgo_sync_WaitGroup_Done(ptr)
//   declare void @mgo_sync_WaitGroup_Wait(ptr)
//   declare ptr @mgo_time_After(ptr, i64)
//   declare i64 @mgo_select(ptr, i64, i1 zeroext, ptr)
//   declare void @mgo_preempt_poll()
//   @mgo_test_chan_int = external constant i8
//   @mgo_test_result = global i64 0
//   
//   define void @main.worker(i64 %id, ptr %c, ptr %wg) "split-stack" {
//     %v = alloca i64
//     %sq = mul i64 %id, %id
//     store i64 %sq, ptr %v
//     call void @mgo_chan_send(ptr %c, ptr %v)
//     call void @mgo_sync_WaitGroup_Done(ptr %wg)
//     ret void
//   }
//   
//   ; go statement thunk: the closure object is {code, id, c, wg}.
//   define void @main.worker.go(ptr %env) "split-stack" {
//     %pid = getelementptr { ptr, i64, ptr, ptr }, ptr %env, i32 0, i32 1
//     %pc = getelementptr { ptr, i64, ptr, ptr }, ptr %env, i32 0, i32 2
//     %pwg = getelementptr { ptr, i64, ptr, ptr }, ptr %env, i32 0, i32 3
//     %id = load i64, ptr %pid
//     %c = load ptr, ptr %pc
//     %wg = load ptr, ptr %pwg
//     call void @main.worker(i64 %id, ptr %c, ptr %wg)
//     ret void
//   }
//   
//   define void @mgo_test_program_main() "split-stack" {
//   entry:
//     %v = alloca i64
//     %ok = alloca i8
//     %cases = alloca [2 x { ptr, ptr, i64 }]
//     %c = call ptr @mgo_chan_make(ptr @mgo_test_chan_int, i64 0)
//     %wg = call ptr @mgo_alloc_bytes(i64 16, i1 zeroext true)
//     br label %spawn
//   spawn:
//     %i = phi i64 [0, %entry], [%i1, %spawn.cont]
//     call void @mgo_sync_WaitGroup_Add(ptr %wg, i64 1)
//     %clo = call ptr @mgo_alloc_bytes(i64 32, i1 zeroext false)
//     store ptr @main.worker.go, ptr %clo
//     %f1 = getelementptr { ptr, i64, ptr, ptr }, ptr %clo, i32 0, i32 1
//     store i64 %i, ptr %f1
//     %f2 = getelementptr { ptr, i64, ptr, ptr }, ptr %clo, i32 0, i32 2
//     store ptr %c, ptr %f2
//     %f3 = getelementptr { ptr, i64, ptr, ptr }, ptr %clo, i32 0, i32 3
//     store ptr %wg, ptr %f3
//     call void @mgo_go(ptr %clo)
//     %i1 = add i64 %i, 1
//     %lim = load volatile i64, ptr addrspace(257) inttoptr (i64 112 to ptr addrspace(257))
//     %req = icmp eq i64 %lim, -1
//     br i1 %req, label %spawn.poll, label %spawn.cont
//   spawn.poll:
//     call void @mgo_preempt_poll()
//     br label %spawn.cont
//   spawn.cont:
//     %more = icmp slt i64 %i1, 1000
//     br i1 %more, label %spawn, label %collect
//   collect:
//     %j = phi i64 [0, %spawn.cont], [%j1, %collect]
//     %sum = phi i64 [0, %spawn.cont], [%sum1, %collect]
//     call void @mgo_chan_recv(ptr %c, ptr %v)
//     %x = load i64, ptr %v
//     %sum1 = add i64 %sum, %x
//     %j1 = add i64 %j, 1
//     %more2 = icmp slt i64 %j1, 1000
//     br i1 %more2, label %collect, label %wait
//   wait:
//     call void @mgo_sync_WaitGroup_Wait(ptr %wg)
//     %t = call ptr @mgo_time_After(ptr @mgo_test_chan_int, i64 1000000)
//     %c0 = getelementptr [2 x { ptr, ptr, i64 }], ptr %cases, i32 0, i32 0
//     store ptr %c, ptr %c0
//     %c0e = getelementptr { ptr, ptr, i64 }, ptr %c0, i32 0, i32 1
//     store ptr %v, ptr %c0e
//     %c0d = getelementptr { ptr, ptr, i64 }, ptr %c0, i32 0, i32 2
//     store i64 2, ptr %c0d
//     %c1 = getelementptr [2 x { ptr, ptr, i64 }], ptr %cases, i32 0, i32 1
//     store ptr %t, ptr %c1
//     %c1e = getelementptr { ptr, ptr, i64 }, ptr %c1, i32 0, i32 1
//     store ptr null, ptr %c1e
//     %c1d = getelementptr { ptr, ptr, i64 }, ptr %c1, i32 0, i32 2
//     store i64 2, ptr %c1d
//     %k = call i64 @mgo_select(ptr %cases, i64 2, i1 zeroext false, ptr %ok)
//     %timeout = icmp eq i64 %k, 1
//     %inc = select i1 %timeout, i64 1, i64 1000000000
//     %total = add i64 %sum1, %inc
//     store i64 %total, ptr @mgo_test_result
//     ret void
//   }

asm(R"ASM(
        .pushsection .text
	.globl	main.worker
	.p2align	4, 0x90
	.type	main.worker,@function
main.worker:
	cmpq	%fs:112, %rsp
	jbe	.LBB0_1
.LBB0_2:
	pushq	%rbx
	subq	$16, %rsp
	movq	%rdx, %rbx
	movq	%rsi, %rax
	imulq	%rdi, %rdi
	movq	%rdi, 8(%rsp)
	leaq	8(%rsp), %rsi
	movq	%rax, %rdi
	callq	mgo_chan_send@PLT
	movq	%rbx, %rdi
	callq	mgo_sync_WaitGroup_Done@PLT
	addq	$16, %rsp
	popq	%rbx
	retq
.LBB0_1:
	movl	$24, %r10d
	movl	$0, %r11d
	callq	__morestack
	retq
	jmp	.LBB0_2
.Lfunc_end0:
	.size	main.worker, .Lfunc_end0-main.worker
	.globl	main.worker.go
	.p2align	4, 0x90
	.type	main.worker.go,@function
main.worker.go:
	cmpq	%fs:112, %rsp
	jbe	.LBB1_1
.LBB1_2:
	pushq	%rax
	movq	8(%rdi), %rax
	movq	16(%rdi), %rsi
	movq	24(%rdi), %rdx
	movq	%rax, %rdi
	callq	main.worker@PLT
	popq	%rax
	retq
.LBB1_1:
	movl	$8, %r10d
	movl	$0, %r11d
	callq	__morestack
	retq
	jmp	.LBB1_2
.Lfunc_end1:
	.size	main.worker.go, .Lfunc_end1-main.worker.go
	.globl	mgo_test_program_main
	.p2align	4, 0x90
	.type	mgo_test_program_main,@function
mgo_test_program_main:
	cmpq	%fs:112, %rsp
	jbe	.LBB2_1
.LBB2_2:
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$64, %rsp
	movq	mgo_test_chan_int@GOTPCREL(%rip), %rdi
	xorl	%r15d, %r15d
	xorl	%esi, %esi
	callq	mgo_chan_make@PLT
	movq	%rax, %rbx
	movl	$16, %edi
	movl	$1, %esi
	callq	mgo_alloc_bytes@PLT
	movq	%rax, %r14
	movq	main.worker.go@GOTPCREL(%rip), %r12
	jmp	.LBB2_3
	.p2align	4, 0x90
.LBB2_5:
	incq	%r15
	cmpq	$1000, %r15
	jge	.LBB2_6
.LBB2_3:
	movl	$1, %esi
	movq	%r14, %rdi
	callq	mgo_sync_WaitGroup_Add@PLT
	movl	$32, %edi
	xorl	%esi, %esi
	callq	mgo_alloc_bytes@PLT
	movq	%r12, (%rax)
	movq	%r15, 8(%rax)
	movq	%rbx, 16(%rax)
	movq	%r14, 24(%rax)
	movq	%rax, %rdi
	callq	mgo_go@PLT
	movq	%fs:112, %rax
	cmpq	$-1, %rax
	jne	.LBB2_5
	callq	mgo_preempt_poll@PLT
	jmp	.LBB2_5
.LBB2_6:
	xorl	%r13d, %r13d
	leaq	8(%rsp), %r15
	xorl	%r12d, %r12d
	.p2align	4, 0x90
.LBB2_7:
	movq	%rbx, %rdi
	movq	%r15, %rsi
	callq	mgo_chan_recv@PLT
	addq	8(%rsp), %r12
	incq	%r13
	cmpq	$1000, %r13
	jl	.LBB2_7
	movq	%r14, %rdi
	callq	mgo_sync_WaitGroup_Wait@PLT
	movq	mgo_test_chan_int@GOTPCREL(%rip), %rdi
	movl	$1000000, %esi
	callq	mgo_time_After@PLT
	movq	%rbx, 16(%rsp)
	movq	%r15, 24(%rsp)
	movq	$2, 32(%rsp)
	movq	%rax, 40(%rsp)
	movq	$0, 48(%rsp)
	movq	$2, 56(%rsp)
	leaq	16(%rsp), %rdi
	leaq	7(%rsp), %rcx
	movl	$2, %esi
	xorl	%edx, %edx
	callq	mgo_select@PLT
	cmpq	$1, %rax
	movl	$1000000000, %ecx
	cmoveq	%rax, %rcx
	addq	%rcx, %r12
	movq	mgo_test_result@GOTPCREL(%rip), %rax
	movq	%r12, (%rax)
	addq	$64, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	retq
.LBB2_1:
	movl	$104, %r10d
	movl	$0, %r11d
	callq	__morestack
	retq
	jmp	.LBB2_2
.Lfunc_end2:
	.size	mgo_test_program_main, .Lfunc_end2-mgo_test_program_main
	.type	mgo_test_result,@object
	.bss
	.globl	mgo_test_result
	.p2align	3, 0x0
mgo_test_result:
	.quad	0
	.size	mgo_test_result, 8
        .popsection
)ASM");

#include "runtime_sched_support.h"

using namespace sched_test;

extern "C" {
// The descriptor of `chan int` the IR refers to.
extern const mgo_type mgo_test_chan_int;
const mgo_type mgo_test_chan_int = {8, 8, MGO_CHAN, MGO_TFLAG_COMPARABLE, 0, "chan int", &kInt64Type,
                                    nullptr, 0, nullptr, 3, 0, nullptr, nullptr, 0};
extern int64_t mgo_test_result;
void mgo_test_program_main(void);
}

SCHED_CHILD_CASE(ir_program) {
  run_as_program([] {
    mgo_test_program_main();
    printf("result %ld\n", long(mgo_test_result));
    fflush(stdout);
  });
}

TEST_CASE("codegen contract: LLVM-compiled goroutines, channels, select, WaitGroup, time.After") {
  for (const char* procs : {"GOMAXPROCS=1", "GOMAXPROCS=4"}) {
    ChildResult r = run_child("ir_program", {procs});
    INFO(procs, r.err);
    CHECK(r.exit_code == 0);
    // sum of i*i for i < 1000, plus 1 for the time.After case of the final select.
    CHECK(r.out.find("result 332833501\n") != std::string::npos);
  }
}
