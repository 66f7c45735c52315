@ A Thumb function's address plus an odd addend, run under qemu-arm. The
@ ABI's value is (S + A) | T (AAELF32 5.6.1): `thumb_fn + 1` is 0x30001,
@ thumb_fn in Thumb state, and a BLX to it runs thumb_fn. ld.lld 22 and
@ mold 1.10 add T instead of OR-ing it (the matrix's ABS32 row): they
@ write 0x30002, whose clear bit 0 sends the BLX to 0x30002 in ARM state,
@ a misaligned PC: the run faults there.
@ REQUIRES: qemu-arm, ld.lld, gnu-ld, mold
@ relocheck: --arch=armv7-a -Ttext=0x10000 --section-start=.thumbfn=0x30000
@ relocheck: Inputs/runtime.s
@ RUN: %check %s | FileCheck %s --check-prefix=CHECKER
@ CHECKER: PASS
@ RUN: not relocheck run %s | FileCheck %s
@ CHECK: core: exit 0: all 3 checks passed
@ CHECK-NEXT: lld: exit 101: a fault in check 1: BLX to R_ARM_ABS32 `thumb_fn + 1` runs thumb_fn in Thumb state [{{SIG[A-Z]+}} at 0x00030002]
@ CHECK-NEXT: gnu-ld: exit 0: all 3 checks passed
@ CHECK-NEXT: mold: exit 101: a fault in check 1: BLX to R_ARM_ABS32 `thumb_fn + 1` runs thumb_fn in Thumb state [{{SIG[A-Z]+}} at 0x00030002]
@ check 1: BLX to R_ARM_ABS32 `thumb_fn + 1` runs thumb_fn in Thumb state
@ check 2: R_ARM_ABS32 `thumb_fn + 1` is 0x30001
@ check 3: R_ARM_REL32 `thumb_fn + 1 - .`, plus P, is 0x30001
        .syntax unified
        .arm
        .text
        .globl checks
        .type checks, %function
checks: push    {r4, lr}

        mov     r11, #1
        ldr     r4, w_abs
        mov     r0, #0
        blx     r4
        cmp     r0, #0xb1
        bne     fail

        mov     r11, #2
        ldr     r1, =0x30001
        cmp     r4, r1
        bne     fail

        mov     r11, #3
        ldr     r0, w_rel
        adr     r1, w_rel
        add     r0, r0, r1
        ldr     r1, =0x30001
        cmp     r0, r1
        bne     fail

        pop     {r4, pc}

fail:   mov     r0, r11
        mov     r7, #1
        svc     #0
        .ltorg
w_abs:  .word   thumb_fn + 1
w_rel:  .word   thumb_fn + 1 - .

        .section .thumbfn, "ax", %progbits
        .thumb
        .globl thumb_fn
        .type thumb_fn, %function
thumb_fn:
        movs    r0, #0xb1
        bx      lr
