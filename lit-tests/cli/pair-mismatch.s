@ A pair builds one value in one register: its MOVW and MOVT must be in
@ the same state and write the same register (a Thumb MOVW with an ARM
@ MOVT, or r0 with r1, passed).
@ relocheck: --arch=armv7-a -Ttext=0x20000 --defsym=sym=0x12345678
@ RUN: not relocheck check %s 2>&1 | FileCheck %s
@ CHECK: pair-mismatch.s:22: error: site 'lo' (R_ARM_MOVW_ABS_NC): a pair builds one register, but 'lo' writes R0 and 'hi1' writes R1
@ CHECK: pair-mismatch.s:23: error: site 'tlo' (R_ARM_THM_MOVW_ABS_NC): a pair is one state's MOVW and MOVT, but 'tlo' is Thumb and 'hi0' is ARM
        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
lo:     movw r0, #:lower16:sym
hi0:    movt r0, #:upper16:sym
hi1:    movt r1, #:upper16:sym
        bx lr
        .thumb
tlo:    movw r0, #:lower16:sym
        bx lr
@ expect lo pair hi0: 0x12345678
@ expect lo pair hi1: 0x12345678
@ expect tlo pair hi0: 0x12345678
