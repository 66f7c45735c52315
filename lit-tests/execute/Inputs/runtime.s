@ The runtime of the self-checking programs in lit-tests/execute
@ (docs/linker-matrix.md, "Execution oracle"); qemu-arm runs it in user
@ mode, without a C library. _start catches the faults a wrong relocation
@ causes, calls the test's `checks` (ARM or Thumb) and exits 0 when it
@ returns. r11 holds the number of the running check: a check that finds
@ a wrong value exits with it, and a fault exits with 100 + r11.
@ Its only relocation is the call to `checks`; everything else here is
@ PC-relative within this section, resolved by the assembler.
        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start: mov     r11, #0
        @ struct sigaction for rt_sigaction: handler, flags, restorer and
        @ an 8-byte mask, all zero but the handler and SA_SIGINFO (4).
        sub     sp, sp, #24
        mov     r0, #0
        str     r0, [sp, #8]
        str     r0, [sp, #12]
        str     r0, [sp, #16]
        adr     r0, on_fault
        str     r0, [sp]
        mov     r0, #4
        str     r0, [sp, #4]
        adr     r4, fault_signals
1:      ldrb    r0, [r4], #1
        cmp     r0, #0
        beq     2f
        mov     r1, sp
        mov     r2, #0
        mov     r3, #8
        mov     r7, #174                @ rt_sigaction(sig, act, 0, 8)
        svc     #0
        b       1b
2:      add     sp, sp, #24
        bl      checks
        mov     r0, #0
exit:   mov     r7, #1                  @ exit(r0)
        svc     #0

@ on_fault(signal, siginfo, ucontext): the interrupted r11 is in the
@ ucontext's sigcontext (uc_flags, uc_link, 12-byte uc_stack, then
@ trap_no, error_code, oldmask, r0..r10, fp = r11): offset 20 + 12 + 44.
        .type on_fault, %function
on_fault:
        ldr     r0, [r2, #76]
        add     r0, r0, #100
        b       exit

@ SIGILL, SIGTRAP, SIGBUS, SIGFPE, SIGSEGV.
fault_signals:
        .byte   4, 5, 7, 8, 11, 0
        .balign 4
