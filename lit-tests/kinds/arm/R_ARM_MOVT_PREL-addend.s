@ R_ARM_MOVT_PREL REL addend: A = sign_extend(imm16, 16), not shifted by 16
@ (fact sheet 3.7). The §3.7 MOVT example, made PC-relative: field 0xffe0
@ (A = -32) gives MOVT 0x0003, where an unsigned A would give 0x0004; a
@ field of 1 is A = 1 (a shifted reading would add 0x10000). Fields are
@ planted with .inst; the DUMP lines check the addend read back.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.dat=0x60008
@ RUN: %check %s | FileCheck %s
@ RUN: relocheck dump %s | FileCheck --check-prefix=DUMP %s
@ CHECK: PASS
@ DUMP:      a1 R_ARM_MOVT_PREL 'tgtD' P=0x00020000 S=0x00060008 A=-32 T=0 X=0x0003ffe8
@ DUMP-NEXT: a2 R_ARM_MOVT_PREL 'tgtD' P=0x00020004 S=0x00060008 A=32767 T=0 X=0x00048003
@ DUMP-NEXT: a3 R_ARM_MOVT_PREL 'tgtD' P=0x00020008 S=0x00060008 A=-32768 T=0 X=0x00038000
@ DUMP-NEXT: a4 R_ARM_MOVT_PREL 'tgtD' P=0x0002000c S=0x00060008 A=1 T=0 X=0x0003fffd
@ DUMP-NEXT: a5 R_ARM_MOVT_PREL 'tgtD' P=0x00020010 S=0x00060008 A=-32 T=0 X=0x0003ffd8

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ movt r0, #0xffe0: A = -32, X = 0x60008 - 0x20 - 0x20000 = 0x3ffe8:
@ MOVT 3 -> 0xe3400003.
a1:     .inst 0xe34f0fe0
        .reloc a1, R_ARM_MOVT_PREL, tgtD
@ expect a1 value: tgtD - 0x20 - .
@ expect a1 bytes: 03 00 40 e3
@ movt r1, #0x7fff: A = 0x7fff, X = 0x60008 + 0x7fff - 0x20004 = 0x48003:
@ MOVT 4 -> 0xe3401004.
a2:     .inst 0xe3471fff
        .reloc a2, R_ARM_MOVT_PREL, tgtD
@ expect a2 value: tgtD + 0x7fff - .
@ expect a2 bytes: 04 10 40 e3
@ movt r2, #0x8000: A = -0x8000, X = 0x60008 - 0x8000 - 0x20008 = 0x38000:
@ MOVT 3 -> 0xe3402003 (unsigned: 0x48000, MOVT 4).
a3:     .inst 0xe3482000
        .reloc a3, R_ARM_MOVT_PREL, tgtD
@ expect a3 value: tgtD - 0x8000 - .
@ expect a3 bytes: 03 20 40 e3
@ movt r3, #1: A = 1, X = 0x60008 + 1 - 0x2000c = 0x3fffd: MOVT 3
@ -> 0xe3403003 (A read shifted, 0x10000: X = 0x4fffc, MOVT 4).
a4:     .inst 0xe3403001
        .reloc a4, R_ARM_MOVT_PREL, tgtD
@ expect a4 value: tgtD + 1 - .
@ expect a4 bytes: 03 30 40 e3
@ The assembler's own field for A = -32: X = 0x60008 - 0x20 - 0x20010
@ = 0x3ffd8: MOVT 3 -> 0xe3404003.
a5:     movt r4, #:upper16:(tgtD - 0x20 - .)
@ expect a5 value: tgtD - 0x20 - .
@ expect a5 bytes: 03 40 40 e3
        bx lr

        .section .dat, "a", %progbits
tgtD:   .word 0
