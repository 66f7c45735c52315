@ B<cond>.W (R_ARM_THM_JUMP19), taken under qemu-arm: a conditional branch
@ cannot change state, so both targets are Thumb. llvm-mc leaves the
@ REL addend -4 in the field (the PC bias); the ABI value is
@ S + A - P. thumb_fn2 sets r0 from its first instruction and faults past
@ its end, so a branch 4 bytes late lands on the UDF.
@ mold 1.10 branches to S + 4 (it ignores the addend in the field): its
@ run fails check 1 with a fault (see the matrix's THM_JUMP19 row).
@ REQUIRES: qemu-arm, ld.lld, gnu-ld, mold
@ relocheck: --arch=armv7-a -Ttext=0x10000 --section-start=.thumbfn=0x30000
@ relocheck: --section-start=.lowfn=0xf000 Inputs/runtime.s
@ RUN: %check %s | FileCheck %s --check-prefix=CHECKER
@ CHECKER: PASS
@ RUN: not relocheck run %s | FileCheck %s
@ CHECK: core: exit 0: all 2 checks passed
@ CHECK-NEXT: lld: exit 0: all 2 checks passed
@ CHECK-NEXT: gnu-ld: exit 0: all 2 checks passed
@ CHECK-NEXT: mold: exit 101: a fault in check 1: BEQ.W (R_ARM_THM_JUMP19) forward to a Thumb function [{{SIG[A-Z]+}} at 0x00030004]
@ check 1: BEQ.W (R_ARM_THM_JUMP19) forward to a Thumb function
@ check 2: BNE.W (R_ARM_THM_JUMP19) backward to a Thumb function
        .syntax unified
        .thumb
        .section .lowfn, "ax", %progbits
        .thumb
        .type thumb_low, %function
thumb_low:
        movs    r0, #0xb2
        bx      lr
        udf     #2

        .text
        .globl checks
        .type checks, %function
checks: push    {r4, lr}

        mov     r11, #1
        movs    r0, #0
        adr.w   lr, 1f + 1
        cmp     r0, #0
        beq.w   thumb_fn
1:      cmp     r0, #0xb1
        bne     fail

        mov     r11, #2
        movs    r0, #1
        adr.w   lr, 2f + 1
        cmp     r0, #0
        bne.w   thumb_low
2:      cmp     r0, #0xb2
        bne     fail

        pop     {r4, pc}

fail:   mov     r0, r11
        movs    r7, #1
        svc     #0

        .section .thumbfn, "ax", %progbits
        .thumb
        .globl thumb_fn
        .type thumb_fn, %function
thumb_fn:
        movs    r0, #0xb1
        bx      lr
        udf     #1
