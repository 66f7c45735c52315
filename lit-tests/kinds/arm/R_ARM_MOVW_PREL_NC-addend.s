@ R_ARM_MOVW_PREL_NC REL addend: A = sign_extend(imm16, 16) (fact sheet
@ 3.7), -0x8000..0x7fff, with T ORed after adding A. Fields are planted
@ with .inst; the DUMP lines check the addend read back.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.dat=0x60008
@ relocheck: --section-start=.dat2=0x61234 --section-start=.thumbfn=0x22006
@ RUN: %check %s | FileCheck %s
@ RUN: relocheck dump %s | FileCheck --check-prefix=DUMP %s
@ CHECK: PASS
@ DUMP:      a1 R_ARM_MOVW_PREL_NC 'tgtD' P=0x00020000 S=0x00060008 A=-32 T=0 X=0x0003ffe8
@ DUMP-NEXT: a2 R_ARM_MOVW_PREL_NC 'tgtD' P=0x00020004 S=0x00060008 A=32767 T=0 X=0x00048003
@ DUMP-NEXT: a3 R_ARM_MOVW_PREL_NC 'tgtE' P=0x00020008 S=0x00061234 A=-32768 T=0 X=0x0003922c
@ DUMP-NEXT: a4 R_ARM_MOVW_PREL_NC 'fnT' P=0x0002000c S=0x00022006 A=-8 T=1 X=0x00001ff3

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ movw r0, #0xffe0: A = -32, X = 0x60008 - 0x20 - 0x20000 = 0x3ffe8
@ -> 0xe30f0fe8.
a1:     .inst 0xe30f0fe0
        .reloc a1, R_ARM_MOVW_PREL_NC, tgtD
@ expect a1 value: tgtD - 0x20 - .
@ expect a1 bytes: e8 0f 0f e3
@ movw r1, #0x7fff: A = 0x7fff, X = 0x60008 + 0x7fff - 0x20004 = 0x48003
@ -> imm16 0x8003, 0xe3081003.
a2:     .inst 0xe3071fff
        .reloc a2, R_ARM_MOVW_PREL_NC, tgtD
@ expect a2 value: tgtD + 0x7fff - .
@ expect a2 bytes: 03 10 08 e3
@ movw r2, #0x8000: A = -0x8000, X = 0x61234 - 0x8000 - 0x20008 = 0x3922c
@ -> imm16 0x922c, 0xe309222c.
a3:     .inst 0xe3082000
        .reloc a3, R_ARM_MOVW_PREL_NC, tgtE
@ expect a3 value: tgtE - 0x8000 - .
@ expect a3 bytes: 2c 22 09 e3
@ movw r3, #0xfff8: A = -8 against a Thumb function:
@ X = ((0x22006 - 8) | 1) - 0x2000c = 0x1ff3 -> 0xe3013ff3.
a4:     .inst 0xe30f3ff8
        .reloc a4, R_ARM_MOVW_PREL_NC, fnT
@ expect a4 value: 0x1ff3
@ expect a4 bytes: f3 3f 01 e3
        bx lr

        .section .dat, "a", %progbits
tgtD:   .word 0

        .section .dat2, "a", %progbits
tgtE:   .word 0

        .section .thumbfn, "ax", %progbits
        .balign 2
        .thumb
        .globl fnT
        .type fnT, %function
fnT:    bx lr
