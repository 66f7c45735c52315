@ Calls and jumps to an undefined weak symbol, run under qemu-arm. The
@ ABI makes each a no-op that goes on in the caller's state (AAELF32
@ 5.6.3: a NOP, or a branch to the next instruction), and a data word to
@ it is 0. r0 is set before each branch and must survive it. The oracles
@ part ways on the ARM `blx` (check 6 onwards):
@ - ld.lld 22 writes a BLX to the next instruction, which enters it in
@   Thumb state: the ARM code after it runs as Thumb until it faults.
@ - GNU ld 2.40 writes a NOP with the BLX's condition field 0b1111 kept:
@   0xf320f000 is `vhadd.u32 d15, d0, d0` (an Advanced SIMD instruction;
@   UNDEFINED on a core without it). qemu-arm runs it, so control goes on,
@   but d15, which a callee must preserve, now holds d0's value.
@ relocheck (a BL to the next instruction) and mold (a NOP) keep both.
@ REQUIRES: qemu-arm, ld.lld, gnu-ld, mold
@ relocheck: --arch=armv7-a -Ttext=0x10000 Inputs/runtime.s
@ RUN: %check %s | FileCheck %s --check-prefix=CHECKER
@ CHECKER: PASS
@ RUN: not relocheck run %s | FileCheck %s
@ CHECK: core: exit 0: all 7 checks passed
@ CHECK-NEXT: lld: exit 106: a fault in check 6: BLX (R_ARM_CALL) to an undefined weak symbol goes on in ARM [SIG
@ CHECK-NEXT: gnu-ld: exit 7: check 7 failed: BLX to an undefined weak symbol leaves d15 (callee-saved) alone
@ CHECK-NEXT: mold: exit 0: all 7 checks passed
@ CHECK-NEXT: 2 runs passed, 2 failed, 0 not linked
@ check 1: R_ARM_ABS32 to an undefined weak symbol is 0
@ check 2: BL (R_ARM_CALL) to an undefined weak symbol goes on in ARM
@ check 3: B (R_ARM_JUMP24) to an undefined weak symbol goes on in ARM
@ check 4: Thumb BL (R_ARM_THM_CALL) to an undefined weak symbol goes on
@ check 5: Thumb B.W (R_ARM_THM_JUMP24) to it goes on in Thumb
@ check 6: BLX (R_ARM_CALL) to an undefined weak symbol goes on in ARM
@ check 7: BLX to an undefined weak symbol leaves d15 (callee-saved) alone
        .syntax unified
        .arm
        .weak   missing
        .text
        .globl checks
        .type checks, %function
checks: push    {r4, lr}

        mov     r11, #1
        ldr     r0, w_missing
        cmp     r0, #0
        bne     fail

        mov     r11, #2
        mov     r0, #0x55
        bl      missing
        cmp     r0, #0x55
        bne     fail

        mov     r11, #3
        mov     r0, #0x56
        b       missing
        cmp     r0, #0x56
        bne     fail

        bl      thumb_checks

        @ d0 = 0, d15 = 0x5a5a..., both kept by a no-op.
        mov     r11, #6
        mov     r0, #0
        vmov    d0, r0, r0
        ldr     r0, =0x5a5a5a5a
        vmov    d15, r0, r0
        mov     r0, #0x59
        blx     missing
        cmp     r0, #0x59
        bne     fail

        mov     r11, #7
        vmov    r1, r2, d15
        ldr     r0, =0x5a5a5a5a
        cmp     r1, r0
        bne     fail
        cmp     r2, r0
        bne     fail

        pop     {r4, pc}

fail:   mov     r0, r11
        mov     r7, #1
        svc     #0
        .ltorg
w_missing:
        .word   missing

        .thumb
        .type thumb_checks, %function
thumb_checks:
        push    {r4, lr}                @ a BL to the next instruction sets lr
        mov     r11, #4
        movs    r0, #0x57
        bl      missing
        cmp     r0, #0x57
        bne     tfail

        mov     r11, #5
        movs    r0, #0x58
        b.w     missing
        cmp     r0, #0x58
        bne     tfail
        pop     {r4, pc}

tfail:  mov     r0, r11
        movs    r7, #1
        svc     #0
