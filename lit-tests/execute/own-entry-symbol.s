@ A test may name a symbol __relocheck_entry itself: the symbol that
@ carries a numeric entry to the oracles then takes another name (the
@ test's was overridden by the --defsym, and check 2 failed in lld's, GNU
@ ld's and mold's images only).
@ REQUIRES: qemu-arm, ld.lld, gnu-ld, mold
@ RUN: relocheck run %s | FileCheck %s
@ CHECK: 4 runs passed, 0 failed, 0 not linked
@ relocheck: --arch=armv7-a -Ttext=0x10000 --entry=0x1000c
@ check 2: __relocheck_entry is the test's own symbol
        .syntax unified
        .arm
        .text
        .globl checks
        .type checks, %function
checks: mov     r0, #1
        mov     r7, #1
        svc     #0
        .type alt, %function
alt:    ldr     r0, =__relocheck_entry
        ldr     r1, =target
        cmp     r0, r1
        movne   r0, #2
        moveq   r0, #0
        mov     r7, #1
        svc     #0
        .globl __relocheck_entry
        .type __relocheck_entry, %function
__relocheck_entry:
target: bx lr
