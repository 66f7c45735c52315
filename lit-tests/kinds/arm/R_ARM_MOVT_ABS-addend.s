@ R_ARM_MOVT_ABS REL addend: A = sign_extend(imm16, 16), not shifted by 16
@ (fact sheet 3.7). Reading the field unsigned loses the borrow, reading it
@ shifted moves the addend into the upper half; both give different bytes
@ here. Reference example (3.7, lld/GNU ld/model): MOVW and MOVT fields
@ 0xffe0 (A = -32), tgtD = 0x40008: X = 0x3ffe8, MOVW `e8 0f 0f e3`,
@ MOVT 0xe3400003 `03 00 40 e3` (0x0003, not the 0x0004 of an unsigned A).
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.dat=0x40008
@ RUN: %check %s | FileCheck %s
@ RUN: relocheck dump %s | FileCheck --check-prefix=DUMP %s
@ CHECK: PASS
@ DUMP:      lo1 R_ARM_MOVW_ABS_NC 'tgtD' P=0x00020000 S=0x00040008 A=-32 T=0 X=0x0003ffe8
@ DUMP-NEXT: hi1 R_ARM_MOVT_ABS 'tgtD' P=0x00020004 S=0x00040008 A=-32 T=0 X=0x0003ffe8
@ DUMP-NEXT: lo2 R_ARM_MOVW_ABS_NC 'tgtD' P=0x00020008 S=0x00040008 A=-32
@ DUMP-NEXT: hi2 R_ARM_MOVT_ABS 'tgtD' P=0x0002000c S=0x00040008 A=-32 T=0 X=0x0003ffe8
@ DUMP-NEXT: a3 R_ARM_MOVT_ABS 'tgtD' P=0x00020010 S=0x00040008 A=32767 T=0 X=0x00048007
@ DUMP-NEXT: a4 R_ARM_MOVT_ABS 'tgtD' P=0x00020014 S=0x00040008 A=-32768 T=0 X=0x00038008
@ DUMP-NEXT: a5 R_ARM_MOVT_ABS 'tgtD' P=0x00020018 S=0x00040008 A=1 T=0 X=0x00040009

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ The reference pair, fields planted: movw r0, #0xffe0 / movt r0, #0xffe0.
lo1:    .inst 0xe30f0fe0
hi1:    .inst 0xe34f0fe0
        .reloc lo1, R_ARM_MOVW_ABS_NC, tgtD
        .reloc hi1, R_ARM_MOVT_ABS, tgtD
@ expect lo1 pair hi1: tgtD - 0x20
@ expect lo1 bytes: e8 0f 0f e3
@ expect hi1 bytes: 03 00 40 e3
@ The same pair written by the assembler (Rd 1).
lo2:    movw r1, #:lower16:(tgtD - 0x20)
hi2:    movt r1, #:upper16:(tgtD - 0x20)
@ expect lo2 pair hi2: tgtD - 0x20
@ expect lo2 bytes: e8 1f 0f e3
@ expect hi2 bytes: 03 10 40 e3
@ movt r2, #0x7fff: A = 0x7fff, X = 0x48007, MOVT 4 -> 0xe3402004.
a3:     .inst 0xe3472fff
        .reloc a3, R_ARM_MOVT_ABS, tgtD
@ expect a3 value: tgtD + 0x7fff
@ expect a3 bytes: 04 20 40 e3
@ movt r3, #0x8000: A = -0x8000, X = 0x38008, MOVT 3 -> 0xe3403003
@ (unsigned reading: 0x48008, MOVT 4).
a4:     .inst 0xe3483000
        .reloc a4, R_ARM_MOVT_ABS, tgtD
@ expect a4 value: tgtD - 0x8000
@ expect a4 bytes: 03 30 40 e3
@ movt r4, #1: A = 1, not 0x10000: X = 0x40009, MOVT 4 -> 0xe3404004
@ (a shifted reading would give MOVT 5).
a5:     .inst 0xe3404001
        .reloc a5, R_ARM_MOVT_ABS, tgtD
@ expect a5 value: tgtD + 1
@ expect a5 bytes: 04 40 40 e3
        bx lr

        .section .dat, "a", %progbits
tgtD:   .word 0
