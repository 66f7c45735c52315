@ An entry given as an address (--entry=0x1000c, a local label): every
@ linker must start there. It was passed to no oracle, so lld, GNU ld and
@ mold started at _start (the runtime's), ran the checks, and check 1
@ failed in their images only. Now each gets the address through a
@ symbol of its own (mold reads `-e 0x1000c` as a symbol's name).
@ REQUIRES: qemu-arm, ld.lld, gnu-ld, mold
@ relocheck: --arch=armv7-a -Ttext=0x10000 --entry=0x1000c Inputs/runtime.s
@ RUN: relocheck run %s | FileCheck %s
@ CHECK: core: exit 0
@ CHECK: lld: exit 0
@ CHECK: gnu-ld: exit 0
@ CHECK: mold: exit 0
@ CHECK: 4 runs passed, 0 failed, 0 not linked
@ check 1: reached only from _start, which is not the entry
        .syntax unified
        .arm
        .text
        .globl checks
        .type checks, %function
checks: mov     r0, #1          @ check 1 fails
        mov     r7, #1
        svc     #0
        .type alt, %function
alt:    mov     r0, #0          @ 0x1000c: exit 0
        mov     r7, #1
        svc     #0
