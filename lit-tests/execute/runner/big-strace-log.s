@ A program whose QEMU -strace log passes 1 MiB (one 1.5 MiB write to
@ stderr, logged in full) still passes: relocheck keeps the log's first
@ and last MiB, and the exit call is in the last. (Only the first MiB was
@ kept, so the run was "not run: ... before the program made its exit
@ call".)
@ REQUIRES: qemu-arm
@ RUN: relocheck run --oracles=core %s | FileCheck %s
@ CHECK: core: exit 0: its one check passed
@ relocheck: --arch=armv7-a -Ttext=0x10000 ../Inputs/runtime.s
@ check 1: the write succeeds
        .syntax unified
        .arm
        .text
        .globl checks
        .type checks, %function
checks: push    {r4, lr}
        mov     r11, #1
        mov     r0, #2
        ldr     r1, =buf
        ldr     r2, =0x180000
        mov     r7, #4          @ write
        svc     #0
        ldr     r1, =0x180000
        cmp     r0, r1
        bne     fail
        pop     {r4, pc}
fail:   mov     r0, r11
        mov     r7, #1
        svc     #0
        .bss
buf:    .space  0x180000
