// context_amd64.S — goroutine context switch and the split-stack entry (__morestack), x86-64 SysV.
//
// mgo_ctx_switch(void** save_sp, void* new_sp)
//   Pushes the callee-saved registers (rbp rbx r12-r15) on the current stack, stores the stack
//   pointer in *save_sp, loads new_sp, pops the same registers from there and returns into the
//   other context. A saved context is therefore just a stack pointer: the GC scans a parked
//   goroutine from its saved sp upwards and sees its callee-saved registers there.
//   MXCSR / x87 control words are not saved (Go code never changes them).
//
// mgo_ctx_entry
//   First "return address" of a new goroutine (see stack.cpp: make_initial_context). Called with
//   r12 = G*, rsp 16-byte aligned; calls mgo_sched_goroutine_main(G*), which never returns.
//
// __morestack
//   Called by the prologue of every function carrying LLVM's "split-stack" attribute when
//   sp - framesize <= %fs:0x70:
//       lea -FRAME(%rsp),%r11 ; cmp %fs:0x70,%r11 ; jbe 1f ; <body>
//    1: mov $FRAME,%r10 ; mov $ARGS,%r11 ; call __morestack ; ret ; <jmp body>
//   Stack at entry: [rsp] = address of that `ret` (the body continues at ret+1),
//   [rsp+8] = return address into the function's caller, [rsp+16...] = stack arguments (r11 bytes).
//   We save every argument register (rdi rsi rdx rcx r8 r9 rax xmm0-7) and call
//       void* mgo_morestack(framesize, old_args, argsize, sp_now)        (stack.cpp)
//   which either returns 0 ("enough room now": a preemption request was served, continue on this
//   stack) or the new stack pointer on a fresh segment with the stack arguments already copied.
//   In the second case we call the function body on the new segment; when it returns we keep its
//   results (rax rdx xmm0 xmm1), call mgo_lessstack() to pop the segment and restore %fs:0x70,
//   switch back to the old stack and return to the `ret` after the prologue's call, which returns
//   to the original caller.
// Invariant: %fs:0x70 always holds the running goroutine's stack limit (or the preemption mark
//   MGO_PREEMPT_MARK = ~0, which makes the next prologue call __morestack, see sched_preempt.cpp).

#if defined(__x86_64__)

        .text

        .globl  mgo_ctx_switch
        .hidden mgo_ctx_switch
        .type   mgo_ctx_switch,@function
        .p2align 4
mgo_ctx_switch:
        .cfi_startproc
        pushq   %rbp
        pushq   %rbx
        pushq   %r12
        pushq   %r13
        pushq   %r14
        pushq   %r15
        movq    %rsp, (%rdi)
        movq    %rsi, %rsp
        popq    %r15
        popq    %r14
        popq    %r13
        popq    %r12
        popq    %rbx
        popq    %rbp
        ret
        .cfi_endproc
        .size   mgo_ctx_switch, . - mgo_ctx_switch

        .globl  mgo_ctx_entry
        .hidden mgo_ctx_entry
        .type   mgo_ctx_entry,@function
        .p2align 4
mgo_ctx_entry:
        .cfi_startproc
        .cfi_undefined rip
        xorl    %ebp, %ebp
        movq    %r12, %rdi
        call    mgo_sched_goroutine_main
        ud2
        .cfi_endproc
        .size   mgo_ctx_entry, . - mgo_ctx_entry

// void mgo_ctx_call_on(void** save_sp, void* new_sp, void (*fn)(void*), void* arg)
//   Like mgo_ctx_switch it pushes the callee-saved registers and stores sp in *save_sp (so the GC
//   sees the caller exactly like a parked goroutine), then runs fn(arg) on new_sp (a 16-byte
//   aligned point on another stack, normally the worker's system stack) and comes back.
        .globl  mgo_ctx_call_on
        .hidden mgo_ctx_call_on
        .type   mgo_ctx_call_on,@function
        .p2align 4
mgo_ctx_call_on:
        .cfi_startproc
        pushq   %rbp
        .cfi_def_cfa_offset 16
        .cfi_offset %rbp, -16
        movq    %rsp, %rbp
        .cfi_def_cfa_register %rbp
        pushq   %rbx
        pushq   %r12
        pushq   %r13
        pushq   %r14
        pushq   %r15
        movq    %rsp, (%rdi)
        movq    %rsi, %rsp
        movq    %rcx, %rdi
        call    *%rdx
        leaq    -40(%rbp), %rsp
        popq    %r15
        popq    %r14
        popq    %r13
        popq    %r12
        popq    %rbx
        popq    %rbp
        .cfi_def_cfa %rsp, 8
        ret
        .cfi_endproc
        .size   mgo_ctx_call_on, . - mgo_ctx_call_on

// __morestack_non_split: what lld (and gold) redirect the prologue of a split-stack function to
// when it calls code without split-stack prologues; they also make that prologue always fail.
// Like libgcc we ask for 16 KiB more; mgo_morestack continues on the current stack if it fits.
// (mgo links with GNU ld, which leaves prologues alone; gold rejects LLVM's prologues.)
        .globl  __morestack_non_split
        .type   __morestack_non_split,@function
        .p2align 4
__morestack_non_split:
        addq    $0x4000, %r10
        jmp     __morestack
        .size   __morestack_non_split, . - __morestack_non_split

        .globl  __morestack
        .type   __morestack,@function
        .p2align 4
__morestack:
        .cfi_startproc
        pushq   %rbp
        .cfi_def_cfa_offset 16
        .cfi_offset %rbp, -16
        movq    %rsp, %rbp
        .cfi_def_cfa_register %rbp
        // Let unwinders skip the single `ret` we return to: the caller's frame looks like the
        // original function's caller (same trick as libgcc).
        .cfi_offset 16, 0
        .cfi_escape 0x15, 7, 0x7f       // DW_CFA_val_offset_sf %rsp, 8/-8
        subq    $184, %rsp              // 7 GPRs + 8 XMMs; keeps rsp 16-byte aligned
        movq    %rax, -8(%rbp)
        movq    %rdi, -16(%rbp)
        movq    %rsi, -24(%rbp)
        movq    %rdx, -32(%rbp)
        movq    %rcx, -40(%rbp)
        movq    %r8,  -48(%rbp)
        movq    %r9,  -56(%rbp)
        movdqu  %xmm0, -184(%rbp)
        movdqu  %xmm1, -168(%rbp)
        movdqu  %xmm2, -152(%rbp)
        movdqu  %xmm3, -136(%rbp)
        movdqu  %xmm4, -120(%rbp)
        movdqu  %xmm5, -104(%rbp)
        movdqu  %xmm6, -88(%rbp)
        movdqu  %xmm7, -72(%rbp)

        movq    %r10, %rdi              // frame size
        leaq    24(%rbp), %rsi          // the function's stack arguments on the old stack
        movq    %r11, %rdx              // their size
        movq    %rsp, %rcx              // live part of the old segment starts here
        call    mgo_morestack

        movq    -16(%rbp), %rdi
        movq    -24(%rbp), %rsi
        movq    -32(%rbp), %rdx
        movq    -40(%rbp), %rcx
        movq    -48(%rbp), %r8
        movq    -56(%rbp), %r9
        movdqu  -184(%rbp), %xmm0
        movdqu  -168(%rbp), %xmm1
        movdqu  -152(%rbp), %xmm2
        movdqu  -136(%rbp), %xmm3
        movdqu  -120(%rbp), %xmm4
        movdqu  -104(%rbp), %xmm5
        movdqu  -88(%rbp), %xmm6
        movdqu  -72(%rbp), %xmm7
        testq   %rax, %rax
        jz      .Lcontinue_here

        movq    %rax, %rsp              // switch to the new segment
        movq    8(%rbp), %r10
        incq    %r10                    // skip the `ret` after the prologue's call
        movq    -8(%rbp), %rax
        call    *%r10                   // run the function body on the new segment

        subq    $48, %rsp               // keep the results while we pop the segment
        movq    %rax, 0(%rsp)
        movq    %rdx, 8(%rsp)
        movdqu  %xmm0, 16(%rsp)
        movdqu  %xmm1, 32(%rsp)
        call    mgo_lessstack
        movq    0(%rsp), %rax
        movq    8(%rsp), %rdx
        movdqu  16(%rsp), %xmm0
        movdqu  32(%rsp), %xmm1
        movq    %rbp, %rsp              // back on the old segment
        popq    %rbp
        .cfi_def_cfa %rsp, 8
        ret                             // to the prologue's `ret`, which returns to the caller

.Lcontinue_here:
        .cfi_def_cfa %rbp, 16
        movq    -8(%rbp), %rax
        movq    %rbp, %rsp
        popq    %rbp
        .cfi_def_cfa %rsp, 8
        popq    %r10                    // address of the prologue's `ret`
        .cfi_def_cfa_offset 0
        incq    %r10
        jmp     *%r10                   // body of the function, with the stack as at its entry
        .cfi_endproc
        .size   __morestack, . - __morestack

#endif

        .section .note.GNU-stack,"",@progbits
