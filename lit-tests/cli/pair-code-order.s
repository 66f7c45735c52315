@ A pair's MOVW must run before its MOVT: MOVW clears the top half. The
@ code order is checked, not only the order the expectation names the
@ sites in: a MOVT then a MOVW builds only the low half, and two halves
@ in different sections run in no known order.
@ relocheck: --arch=armv7-a -Ttext=0x20000
@ RUN: not relocheck check %s 2>&1 | FileCheck %s
@ CHECK: pair-code-order.s:[[# @LINE+20]]: error: site 'lo' (R_ARM_MOVW_ABS_NC): a pair runs MOVW then MOVT, but the MOVW 'lo' comes after the MOVT 'hi': it clears the top half the MOVT wrote
@ CHECK: pair-code-order.s:[[# @LINE+20]]: error: site 'lo2' (R_ARM_MOVW_ABS_NC): a pair runs MOVW then MOVT, but 'lo2' ({{.*}}pair-code-order.s:(.text+0x14)) and 'hi2' ({{.*}}pair-code-order.s:(.other+0x0)) are in different sections, so neither runs after the other
@ CHECK-NOT: site 'lo3'
@ CHECK: FAIL
        .syntax unified
        .text
        .globl _start
        .type _start, %function
_start:
hi:     movt r1, #:upper16:v
lo:     movw r1, #:lower16:v
lo3:    movw r2, #:lower16:v
hi3:    movt r2, #:upper16:v
        bx lr
        .section .other, "ax", %progbits
hi2:    movt r0, #:upper16:v
        .text
lo2:    movw r0, #:lower16:v
        .data
v:      .word 0
@ expect lo pair hi: v
@ expect lo2 pair hi2: v
@ expect lo3 pair hi3: v
