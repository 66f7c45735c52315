@ An armv4t program runs on QEMU's ARMv4T core (ti925t), not its newest:
@ a BLX there is undefined (SIGILL), as on the hardware. mold writes BLX
@ for an ARM call to a Thumb function on v4T; the other linkers go through
@ a BX veneer. (`run` used QEMU's newest core for every --arch, where
@ mold's BLX ran, and its image "passed".)
@ REQUIRES: qemu-arm, ld.lld, gnu-ld, mold
@ relocheck: --arch=armv4t -Ttext=0x10000 --section-start=.thumbfn=0x30000
@ relocheck: Inputs/runtime.s
@ RUN: %check %s | FileCheck %s --check-prefix=CHECKER
@ CHECKER: PASS
@ RUN: not relocheck run %s | FileCheck %s
@ CHECK: core: exit 0: its one check passed
@ CHECK-NEXT: lld: exit 0: its one check passed
@ CHECK-NEXT: gnu-ld: exit 0: its one check passed
@ CHECK-NEXT: mold: exit 101: a fault in check 1: {{.*}} [SIGILL at 0x{{[0-9a-f]+}}]
@ check 1: BL (R_ARM_CALL) to a Thumb function on v4T
        .syntax unified
        .arm
        .text
        .globl checks
        .type checks, %function
checks: push    {r4, lr}
        mov     r11, #1
        mov     r0, #0
c1:     bl      thumb_fn
        cmp     r0, #7
        bne     fail
        pop     {r4, lr}
        bx      lr
fail:   mov     r0, r11
        mov     r7, #1
        svc     #0

        .section .thumbfn, "ax", %progbits
        .thumb
        .globl thumb_fn
        .type thumb_fn, %function
thumb_fn:
        movs    r0, #7
        bx      lr
