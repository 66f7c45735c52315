@ R_ARM_MOVW_ABS_NC REL addend: A = sign_extend(imm16, 16) (fact sheet 3.7),
@ from -0x8000 to 0x7fff. Fields are planted with .inst (and one written by
@ llvm-mc from `tgtD - 0x20`); the DUMP lines check the addend read back.
@ Reference example (3.7): field 0xffe0 (A = -32), tgtD = 0x40008:
@ X = 0x3ffe8, MOVW 0xe30f0fe8 `e8 0f 0f e3`.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.dat=0x40008
@ relocheck: --section-start=.thumbfn=0x22006
@ RUN: %check %s | FileCheck %s
@ RUN: relocheck dump %s | FileCheck --check-prefix=DUMP %s
@ CHECK: PASS
@ DUMP:      a1 R_ARM_MOVW_ABS_NC 'tgtD' P=0x00020000 S=0x00040008 A=-32 T=0 X=0x0003ffe8
@ DUMP-NEXT: a2 R_ARM_MOVW_ABS_NC 'tgtD' P=0x00020004 S=0x00040008 A=-32 T=0 X=0x0003ffe8
@ DUMP-NEXT: a3 R_ARM_MOVW_ABS_NC 'tgtD' P=0x00020008 S=0x00040008 A=32767 T=0 X=0x00048007
@ DUMP-NEXT: a4 R_ARM_MOVW_ABS_NC 'tgtD' P=0x0002000c S=0x00040008 A=-32768 T=0 X=0x00038008
@ DUMP-NEXT: a5 R_ARM_MOVW_ABS_NC 'fnT' P=0x00020010 S=0x00022006 A=-8 T=1 X=0x00021fff

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ movw r0, #0xffe0: A = -32, X = 0x3ffe8 (reference bytes).
a1:     .inst 0xe30f0fe0
        .reloc a1, R_ARM_MOVW_ABS_NC, tgtD
@ expect a1 value: tgtD - 0x20
@ expect a1 bytes: e8 0f 0f e3
@ The same addend written by the assembler: Rd 1 -> 0xe30f1fe8.
a2:     movw r1, #:lower16:(tgtD - 0x20)
@ expect a2 value: tgtD - 0x20
@ expect a2 bytes: e8 1f 0f e3
@ movw r2, #0x7fff: A = 0x7fff, X = 0x48007, imm16 0x8007 -> 0xe3082007.
a3:     .inst 0xe3072fff
        .reloc a3, R_ARM_MOVW_ABS_NC, tgtD
@ expect a3 value: tgtD + 0x7fff
@ expect a3 bytes: 07 20 08 e3
@ movw r3, #0x8000: A = -0x8000, X = 0x38008, imm16 0x8008 -> 0xe3083008.
a4:     .inst 0xe3083000
        .reloc a4, R_ARM_MOVW_ABS_NC, tgtD
@ expect a4 value: tgtD - 0x8000
@ expect a4 bytes: 08 30 08 e3
@ movw r4, #0xfff8: A = -8 against a Thumb function; T is ORed after the
@ sum: X = (0x22006 - 8) | 1 = 0x21fff -> 0xe3014fff.
a5:     .inst 0xe30f4ff8
        .reloc a5, R_ARM_MOVW_ABS_NC, fnT
@ expect a5 value: 0x21fff
@ expect a5 bytes: ff 4f 01 e3
        bx lr

        .section .dat, "a", %progbits
tgtD:   .word 0

        .section .thumbfn, "ax", %progbits
        .balign 2
        .thumb
        .globl fnT
        .type fnT, %function
fnT:    bx lr
