@ MOVW/MOVT pairs, ABS and PC-relative, in ARM and Thumb code, run under
@ qemu-arm: each pair builds an address that is compared with the one
@ this layout pins (far_datum at 0x123450, thumb_fn at 0x30000). The
@ addend -0x3460 borrows from the upper half: MOVT must take
@ (S + A) >> 16, not S >> 16. The PC-relative pairs add the PC of the
@ `add` the addend was folded for (llvm-mc's `sym - (L + 8)` idiom; + 4
@ in Thumb).
@ REQUIRES: qemu-arm, ld.lld, gnu-ld, mold
@ relocheck: --arch=armv7-a -Ttext=0x10000 --section-start=.thumbfn=0x30000
@ relocheck: --section-start=.far=0x123450 Inputs/runtime.s
@ RUN: %check %s | FileCheck %s --check-prefix=CHECKER
@ CHECKER: PASS
@ RUN: relocheck run %s | FileCheck %s
@ CHECK: core: exit 0: all 8 checks passed
@ CHECK-NEXT: lld: exit 0: all 8 checks passed
@ CHECK-NEXT: gnu-ld: exit 0: all 8 checks passed
@ CHECK-NEXT: mold: exit 0: all 8 checks passed
@ check 1: R_ARM_MOVW_ABS_NC + R_ARM_MOVT_ABS build a data address
@ check 2: R_ARM_MOVW_ABS_NC + R_ARM_MOVT_ABS with a borrowing addend
@ check 3: R_ARM_MOVW_ABS_NC + R_ARM_MOVT_ABS to a Thumb function (S | 1)
@ check 4: R_ARM_MOVW_PREL_NC + R_ARM_MOVT_PREL, plus the PC, build it
@ check 5: R_ARM_THM_MOVW_ABS_NC + R_ARM_THM_MOVT_ABS build a data address
@ check 6: THM_MOVW_ABS_NC + THM_MOVT_ABS with a borrowing addend
@ check 7: THM_MOVW_ABS_NC + THM_MOVT_ABS to a Thumb function (S | 1)
@ check 8: R_ARM_THM_MOVW_PREL_NC + R_ARM_THM_MOVT_PREL, plus the PC
        .syntax unified
        .arm
        .text
        .globl checks
        .type checks, %function
checks: push    {r4, lr}

        mov     r11, #1
        movw    r0, #:lower16:far_datum
        movt    r0, #:upper16:far_datum
        ldr     r1, =0x123450
        cmp     r0, r1
        bne     fail

        mov     r11, #2
        movw    r0, #:lower16:(far_datum - 0x3460)
        movt    r0, #:upper16:(far_datum - 0x3460)
        ldr     r1, =0x11fff0
        cmp     r0, r1
        bne     fail

        mov     r11, #3
        movw    r4, #:lower16:thumb_fn
        movt    r4, #:upper16:thumb_fn
        ldr     r1, =0x30001
        cmp     r4, r1
        bne     fail
        mov     r0, #0
        blx     r4
        cmp     r0, #0xb1
        bne     fail

        mov     r11, #4
        movw    r0, #:lower16:(far_datum - (4f + 8))
        movt    r0, #:upper16:(far_datum - (4f + 8))
4:      add     r0, r0, pc
        ldr     r1, =0x123450
        cmp     r0, r1
        bne     fail

        bl      thumb_checks
        pop     {r4, pc}

fail:   mov     r0, r11
        mov     r7, #1
        svc     #0
        .ltorg

        .thumb
        .type thumb_checks, %function
thumb_checks:
        push    {r4, lr}

        mov     r11, #5
        movw    r0, #:lower16:far_datum
        movt    r0, #:upper16:far_datum
        ldr     r1, =0x123450
        cmp     r0, r1
        bne     tfail

        mov     r11, #6
        movw    r0, #:lower16:(far_datum - 0x3460)
        movt    r0, #:upper16:(far_datum - 0x3460)
        ldr     r1, =0x11fff0
        cmp     r0, r1
        bne     tfail

        mov     r11, #7
        movw    r4, #:lower16:thumb_fn
        movt    r4, #:upper16:thumb_fn
        ldr     r1, =0x30001
        cmp     r4, r1
        bne     tfail
        movs    r0, #0
        blx     r4
        cmp     r0, #0xb1
        bne     tfail

        mov     r11, #8
        movw    r0, #:lower16:(far_datum - (8f + 4))
        movt    r0, #:upper16:(far_datum - (8f + 4))
8:      add     r0, pc
        ldr     r1, =0x123450
        cmp     r0, r1
        bne     tfail

        pop     {r4, pc}

tfail:  mov     r0, r11
        movs    r7, #1
        svc     #0
        .ltorg

        .section .thumbfn, "ax", %progbits
        .thumb
        .globl thumb_fn
        .type thumb_fn, %function
thumb_fn:
        movs    r0, #0xb1
        bx      lr

        .section .far, "a", %progbits
        .globl far_datum
far_datum:
        .word   0x55667788
