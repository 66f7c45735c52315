@ ARM-state branches, taken under qemu-arm: BL and BLX (R_ARM_CALL) to ARM
@ and Thumb functions, B and BL<cond> (R_ARM_JUMP24) to both, the Thumb
@ ones through the linker's interworking veneers. Each target returns its
@ own number in r0, set by its first instruction, so a branch to the
@ wrong place or state leaves r0 wrong or faults.
@ REQUIRES: qemu-arm, ld.lld, gnu-ld, mold
@ relocheck: --arch=armv7-a -Ttext=0x10000 --section-start=.armfn=0x20000
@ relocheck: --section-start=.thumbfn=0x30000 Inputs/runtime.s
@ RUN: %check %s | FileCheck %s --check-prefix=CHECKER
@ CHECKER: PASS
@ RUN: relocheck run %s | FileCheck %s
@ CHECK: core: exit 0: all 7 checks passed
@ CHECK-NEXT: lld: exit 0: all 7 checks passed
@ CHECK-NEXT: gnu-ld: exit 0: all 7 checks passed
@ CHECK-NEXT: mold: exit 0: all 7 checks passed
@ check 1: BL (R_ARM_CALL) to an ARM function
@ check 2: BL (R_ARM_CALL) to a Thumb function, made a BLX
@ check 3: BLX (R_ARM_CALL) to a Thumb function
@ check 4: BLX (R_ARM_CALL) to an ARM function, made a BL
@ check 5: B (R_ARM_JUMP24) to an ARM function
@ check 6: B (R_ARM_JUMP24) to a Thumb function, through a veneer
@ check 7: BLEQ (R_ARM_JUMP24) to a Thumb function, through a veneer
        .syntax unified
        .arm
        .text
        .globl checks
        .type checks, %function
checks: push    {r4, lr}

        mov     r11, #1
        mov     r0, #0
        bl      arm_fn
        cmp     r0, #0xa1
        bne     fail

        mov     r11, #2
        mov     r0, #0
        bl      thumb_fn
        cmp     r0, #0xb1
        bne     fail

        mov     r11, #3
        mov     r0, #0
        blx     thumb_fn
        cmp     r0, #0xb1
        bne     fail

        mov     r11, #4
        mov     r0, #0
        blx     arm_fn
        cmp     r0, #0xa1
        bne     fail

        mov     r11, #5
        mov     r0, #0
        adr     lr, 5f
        b       arm_fn
5:      cmp     r0, #0xa1
        bne     fail

        mov     r11, #6
        mov     r0, #0
        adr     lr, 6f
        b       thumb_fn
6:      cmp     r0, #0xb1
        bne     fail

        mov     r11, #7
        mov     r0, #0
        cmp     r0, #0
        bleq    thumb_fn
        cmp     r0, #0xb1
        bne     fail

        pop     {r4, pc}

fail:   mov     r0, r11
        mov     r7, #1
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
