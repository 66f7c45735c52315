@ A pair expectation names the MOVW site, then the MOVT site; given the
@ other way round it says what each site is, not only what a pair needs.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --defsym=sym=0x12345678
@ RUN: not relocheck check %s 2>&1 | FileCheck %s
@ CHECK: pair-wrong-order.s:17: error: site 'hi' (R_ARM_MOVT_ABS): a pair needs a MOVW site then a MOVT site, but 'hi' is a MOVT and 'lo' is a MOVW
@ CHECK: pair-wrong-order.s:18: error: site 'lo' (R_ARM_MOVW_ABS_NC): a pair needs a MOVW site then a MOVT site, but 'lo' is a MOVW and 'd' is no MOVW or MOVT
        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
lo:     movw r0, #:lower16:sym
hi:     movt r0, #:upper16:sym
d:      .reloc d, R_ARM_NONE, sym
        nop
@ expect hi pair lo: 0x12345678
@ expect lo pair d: 0x12345678
