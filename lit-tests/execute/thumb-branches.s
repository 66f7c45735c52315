@ Thumb-state branches, taken under qemu-arm: BL and BLX (R_ARM_THM_CALL)
@ to Thumb and ARM functions, B.W (R_ARM_THM_JUMP24) to both, the ARM one
@ through an interworking veneer. Each target returns its own number in
@ r0, set by its first instruction, so a branch to the wrong place or
@ state leaves r0 wrong or faults. `checks` itself is Thumb: the runtime's
@ BL to it is made a BLX.
@ REQUIRES: qemu-arm, ld.lld, gnu-ld, mold
@ relocheck: --arch=armv7-a -Ttext=0x10000 --section-start=.armfn=0x20000
@ relocheck: --section-start=.thumbfn=0x30000 Inputs/runtime.s
@ RUN: %check %s | FileCheck %s --check-prefix=CHECKER
@ CHECKER: PASS
@ RUN: relocheck run %s | FileCheck %s
@ CHECK: core: exit 0: all 6 checks passed
@ CHECK-NEXT: lld: exit 0: all 6 checks passed
@ CHECK-NEXT: gnu-ld: exit 0: all 6 checks passed
@ CHECK-NEXT: mold: exit 0: all 6 checks passed
@ check 1: BL (R_ARM_THM_CALL) to a Thumb function
@ check 2: BL (R_ARM_THM_CALL) to an ARM function, made a BLX
@ check 3: BLX (R_ARM_THM_CALL) to an ARM function
@ check 4: BLX (R_ARM_THM_CALL) to a Thumb function, made a BL
@ check 5: B.W (R_ARM_THM_JUMP24) to a Thumb function
@ check 6: B.W (R_ARM_THM_JUMP24) to an ARM function, through a veneer
        .syntax unified
        .thumb
        .text
        .globl checks
        .type checks, %function
checks: push    {r4, lr}

        mov     r11, #1
        movs    r0, #0
        bl      thumb_fn
        cmp     r0, #0xb1
        bne     fail

        mov     r11, #2
        movs    r0, #0
        bl      arm_fn
        cmp     r0, #0xa1
        bne     fail

        mov     r11, #3
        movs    r0, #0
        blx     arm_fn
        cmp     r0, #0xa1
        bne     fail

        mov     r11, #4
        movs    r0, #0
        blx     thumb_fn
        cmp     r0, #0xb1
        bne     fail

        @ A B.W does not set lr: point it at the next check, in Thumb.
        mov     r11, #5
        movs    r0, #0
        adr.w   lr, 5f + 1
        b.w     thumb_fn
5:      cmp     r0, #0xb1
        bne     fail

        mov     r11, #6
        movs    r0, #0
        adr.w   lr, 6f + 1
        b.w     arm_fn
6:      cmp     r0, #0xa1
        bne     fail

        pop     {r4, pc}

fail:   mov     r0, r11
        movs    r7, #1
        svc     #0

        .section .armfn, "ax", %progbits
        .arm
        .globl arm_fn
        .type arm_fn, %function
arm_fn: mov     r0, #0xa1
        bx      lr

        .section .thumbfn, "ax", %progbits
        .thumb
        .globl thumb_fn
        .type thumb_fn, %function
thumb_fn:
        movs    r0, #0xb1
        bx      lr
