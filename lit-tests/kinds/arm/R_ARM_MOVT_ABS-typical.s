@ R_ARM_MOVT_ABS on ARM MOVT (A1): X = S + A (no T), the field takes
@ X[31:16] in imm4:imm12; cond and Rd are kept (fact sheet 3.7). Each MOVT
@ follows the MOVW (R_ARM_MOVW_ABS_NC) that builds the low half, and the
@ pair is checked for the whole 32-bit value.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.dat=0x40008
@ relocheck: --section-start=.big=0x12345678 --section-start=.thumbfn=0x22006
@ RUN: %check %s | FileCheck %s
@ RUN: relocheck dump %s | FileCheck --check-prefix=DUMP %s
@ CHECK: PASS
@ DUMP:      lo1 R_ARM_MOVW_ABS_NC 'big'
@ DUMP-NEXT: hi1 R_ARM_MOVT_ABS 'big' P=0x00020004 S=0x12345678 A=0 T=0 X=0x12345678 {{.*}} : movt r0, #4660
@ DUMP-NEXT: lo2 R_ARM_MOVW_ABS_NC 'tgtD'
@ DUMP-NEXT: hi2 R_ARM_MOVT_ABS 'tgtD' P=0x0002000c S=0x00040008 A=0 T=0 X=0x00040008 {{.*}} : movt r1, #4
@ DUMP-NEXT: lo3 R_ARM_MOVW_ABS_NC 'fnT'
@ DUMP-NEXT: hi3 R_ARM_MOVT_ABS 'fnT' P=0x00020014 S=0x00022006 A=0 T=1 X=0x00022006 {{.*}} : movt r2, #2
@ DUMP-NEXT: hi4 R_ARM_MOVT_ABS 'big' P=0x00020018 {{.*}} : movtne r3, #4660

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ 0x12345678: MOVW imm16 0x5678 -> 0xe3050678; MOVT imm16 0x1234
@ (imm4 1, imm12 0x234) -> 0xe3410234.
lo1:    movw r0, #:lower16:big
hi1:    movt r0, #:upper16:big
@ expect lo1 pair hi1: big
@ expect hi1 value: big
@ expect lo1 bytes: 78 06 05 e3
@ expect hi1 bytes: 34 02 41 e3
@ 0x40008: MOVW 0xe3001008, MOVT imm16 0x0004 -> 0xe3401004.
lo2:    movw r1, #:lower16:tgtD
hi2:    movt r1, #:upper16:tgtD
@ expect lo2 pair hi2: tgtD
@ expect hi2 bytes: 04 10 40 e3
@ Thumb function: the pair builds 0x22007 (T from the MOVW), MOVT 0x0002
@ -> 0xe3402002.
lo3:    movw r2, #:lower16:fnT
hi3:    movt r2, #:upper16:fnT
@ expect lo3 pair hi3: fnT
@ expect lo3 bytes: 07 20 02 e3
@ expect hi3 bytes: 02 20 40 e3
@ Condition NE (0x1) kept: 0x13413234.
hi4:    movtne r3, #:upper16:big
@ expect hi4 value: big
@ expect hi4 bytes: 34 32 41 13
        bx lr

        .section .dat, "a", %progbits
tgtD:   .word 0

        .section .big, "a", %progbits
big:    .word 0

        .section .thumbfn, "ax", %progbits
        .balign 2
        .thumb
        .globl fnT
        .type fnT, %function
fnT:    bx lr
