@ A site whose expectation wants it to link but which fails is reported
@ once, by that expectation ("expected it to link, got: ..."), not a
@ second time as an error nothing predicted.
@ relocheck: --arch=armv7-m -Ttext=0x20000 --defsym=far=0x20200
@ RUN: not relocheck check %s 2>&1 | FileCheck %s --implicit-check-not="predicts it"
@ CHECK: expected-to-link-once.s:17: error: site 'b1' (R_ARM_THM_JUMP8): expected it to link, got: {{.*}}expected-to-link-once.s:(.text+0x0): error: R_ARM_THM_JUMP8 against 'far': value 508 (0x1fc) is not in [-256, 254]
@ CHECK: FAIL: {{.*}}expected-to-link-once.s (1 problem)
        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
b1:     .inst.n 0xd0fe
        .reloc b1, R_ARM_THM_JUMP8, far
        bx lr
@ expect b1 value: 0x20200
