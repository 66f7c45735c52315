@ One past the end of a Thumb branch's range, the offset is odd: no
@ bytes can mean it. lld and GNU ld write the branch to 254 (one byte
@ short) without a diagnostic; that is WRONG, as it is for an odd
@ offset inside the range. (It was "relocheck refused this site, but
@ these bytes mean the formula's value", and diff exited 0.)
@ REQUIRES: ld.lld, gnu-ld
@ relocheck: --arch=armv7-a -Ttext=0x100000 --no-veneers
@ relocheck: --defsym=t_plus1=0x100103
@ expect s1 error: value 255 (0xff) is not in [-256, 254]
@ RUN: relocheck check %s | FileCheck %s --check-prefix=PASS
@ PASS: PASS
@ RUN: not relocheck diff --oracles=lld,gnu-ld %s | FileCheck %s
@ CHECK: R_ARM_THM_JUMP8 at (.text+0x0) relocheck: error | lld: 7f d0 WRONG: written without a diagnostic, but value 255 (0xff) is not in [-256, 254], nor a multiple of 2 | gnu-ld: 7f d0 WRONG: written without a diagnostic
@ CHECK: 2 wrong sites across the oracles
        .syntax unified
        .thumb
        .text
        .globl _start
_start:
s1:     .inst.n 0xd0fe
        .reloc s1, R_ARM_THM_JUMP8, t_plus1
