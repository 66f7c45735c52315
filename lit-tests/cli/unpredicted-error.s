@ A link error at a site that no expected-error line names fails the test
@ and says that nothing predicted it (the expectation that would accept
@ it is what is missing, not the error), naming the site as that
@ expectation would: by its label, else SECTION+0xOFF.
@ relocheck: --arch=armv7-m -Ttext=0x20000 --defsym=far=0x20200
@ RUN: not relocheck check %s 2>&1 | FileCheck %s
@ CHECK: error: R_ARM_THM_JUMP8 against 'far': value {{.*}} is not in [-256, 254] (no '@ expect _start error:' line predicts it)
@ CHECK: FAIL
        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
        .inst.n 0xd0fe
        .reloc _start, R_ARM_THM_JUMP8, far
        bx lr
