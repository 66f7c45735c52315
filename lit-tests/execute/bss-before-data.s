@ .bss pinned below .data on one page. relocheck's core, lld and GNU ld
@ run it; mold 1.10 sizes a segment 0xfffff804 bytes (past the end of
@ the address space), which is its failure, said as such (it read as a
@ page clash at 0x00200000, blamed on the layout and not counted).
@ REQUIRES: qemu-arm, ld.lld, gnu-ld, mold
@ relocheck: --arch=armv7-a -Ttext=0x10000 --section-start=.bss=0x20000
@ relocheck: --section-start=.data=0x20800 Inputs/runtime.s
@ RUN: not relocheck run %s | FileCheck %s
@ CHECK: core: exit 0: all 2 checks passed
@ CHECK-NEXT: lld: exit 0: all 2 checks passed
@ CHECK-NEXT: gnu-ld: exit 0: all 2 checks passed
@ CHECK-NEXT: mold: bad image: its segment at 0x00020800 is 0xfffff804 bytes long and runs past 0xffffffff
@ CHECK-NEXT: 3 runs passed, 1 failed, 0 not linked
@ check 1: a data word loaded through an R_ARM_ABS32 literal
@ check 2: a .bss word is zero, and can be written
        .syntax unified
        .arm
        .text
        .globl checks
        .type checks, %function
checks: push    {r4, lr}
        mov     r11, #1
        ldr     r0, =val
        ldr     r0, [r0]
        ldr     r1, =0x1234
        cmp     r0, r1
        bne     fail
        mov     r11, #2
        ldr     r0, =zero
        ldr     r1, [r0]
        cmp     r1, #0
        bne     fail
        str     r0, [r0]
        pop     {r4, pc}
fail:   mov     r0, r11
        mov     r7, #1
        svc     #0

        .data
val:    .word 0x1234
        .bss
zero:   .word 0
