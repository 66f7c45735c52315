@ R_ARM_MOVW_PREL_NC on ARM MOVW (A2): X = ((S + A) | T) - P, the field
@ takes X[15:0] (fact sheet 3.7). Forward, backward (X < 0) and Thumb
@ function targets, and the `sym - (L + 8)` idiom whose addend llvm-mc
@ folds as P - (L + 8).
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.dat=0x51234
@ relocheck: --section-start=.back=0x10000 --section-start=.thumbfn=0x22006
@ RUN: %check %s | FileCheck %s
@ RUN: relocheck dump %s | FileCheck --check-prefix=DUMP %s
@ CHECK: PASS
@ DUMP:      p1 R_ARM_MOVW_PREL_NC 'tgt' P=0x00020000 S=0x00051234 A=0 T=0 X=0x00031234
@ DUMP-NEXT: p2 R_ARM_MOVW_PREL_NC 'tgtB' P=0x00020004 S=0x00010000 A=0 T=0 X=0xfffefffc
@ DUMP-NEXT: p3 R_ARM_MOVW_PREL_NC 'fnT' P=0x00020008 S=0x00022006 A=0 T=1 X=0x00001fff
@ DUMP-NEXT: p4 R_ARM_MOVW_PREL_NC 'tgt' P=0x0002000c S=0x00051234 A=-12 T=0 X=0x0003121c

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ X = 0x51234 - 0x20000 = 0x31234: imm16 0x1234 -> 0xe3010234.
p1:     movw r0, #:lower16:(tgt - .)
@ expect p1 value: tgt - .
@ expect p1 bytes: 34 02 01 e3
@ X = 0x10000 - 0x20004 = -0x10004 = 0xfffefffc: imm16 0xfffc -> 0xe30f1ffc.
p2:     movw r1, #:lower16:(tgtB - .)
@ expect p2 value: tgtB - .
@ expect p2 bytes: fc 1f 0f e3
@ X = (0x22006 | 1) - 0x20008 = 0x1fff: imm16 0x1fff -> 0xe3012fff.
p3:     movw r2, #:lower16:(fnT - .)
@ expect p3 value: fnT - .
@ expect p3 bytes: ff 2f 01 e3
@ A = 0x2000c - (0x20010 + 8) = -12: X = 0x51234 - 12 - 0x2000c = 0x3121c
@ = tgt - (L + 8) -> 0xe301321c.
p4:     movw r3, #:lower16:(tgt - (L + 8))
@ expect p4 value: tgt - L - 8
@ expect p4 bytes: 1c 32 01 e3
L:      add r3, r3, pc
        bx lr

        .section .dat, "a", %progbits
tgt:    .word 0

        .section .back, "a", %progbits
tgtB:   .word 0

        .section .thumbfn, "ax", %progbits
        .balign 2
        .thumb
        .globl fnT
        .type fnT, %function
fnT:    bx lr
