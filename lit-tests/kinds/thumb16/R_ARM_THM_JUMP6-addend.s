@ R_ARM_THM_JUMP6 REL addend, the ABI's special rule (AAELF32 "Addends and
@ PC-bias compensation"; reference §3.6): imm = i:imm5:'0',
@ A = ((imm + 4) & 0x7F) - 4, so A ranges over -4..122:
@   0xB3F0 CBZ r0,  i=1 imm5=0x1E, imm 124: A = -4 (what producers write)
@   0xB901 CBNZ r1, i=0 imm5=0,    imm 0:   A = 0
@   0xB3E8 CBZ r0,  i=1 imm5=0x1D, imm 122: A = 122
@   0xB3F8 CBZ r0,  i=1 imm5=0x1F, imm 126: A = -2
@   0xB128 CBZ r0,  i=0 imm5=5,    imm 10:  A = 10
@ A plain reading of the field (A = imm) would put c1, c4 and c5's targets
@ 128 bytes away, out of range. fnT is at 0x20060 after 16 NOPs in .tgt
@ (0x20040), with 16 NOPs after it; fnLow is at 0x1FFE0.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.tgt=0x20040 --section-start=.low=0x1ffe0
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ A = -4: X = 0x20060 - 4 - 0x20000 = 0x5C: i=1 imm5=0x0E, 0xB370.
c1:     .inst.n 0xb3f0
        .reloc c1, R_ARM_THM_JUMP6, fnT
@ expect c1 branch: fnT thumb
@ expect c1 bytes: 70 b3
@ A = 0: X = 0x20060 - 0x20002 = 0x5E: i=1 imm5=0x0F, CBNZ r1 0xBB79;
@ lands at fnT + 4.
c2:     .inst.n 0xb901
        .reloc c2, R_ARM_THM_JUMP6, fnT
@ expect c2 branch: fnT + 4 thumb
@ expect c2 bytes: 79 bb
@ A = 122: X = 0x1FFE0 + 122 - 0x20004 = 0x56: i=1 imm5=0x0B, 0xB358;
@ lands at fnLow + 126 = 0x2005E.
c3:     .inst.n 0xb3e8
        .reloc c3, R_ARM_THM_JUMP6, fnLow
@ expect c3 branch: fnLow + 126 thumb
@ expect c3 bytes: 58 b3
@ A = -2: X = 0x20060 - 2 - 0x20006 = 0x58: i=1 imm5=0x0C, 0xB360;
@ lands at fnT + 2.
c4:     .inst.n 0xb3f8
        .reloc c4, R_ARM_THM_JUMP6, fnT
@ expect c4 branch: fnT + 2 thumb
@ expect c4 bytes: 60 b3
@ A = 10: X = 0x20060 + 10 - 0x20008 = 0x62: i=1 imm5=0x11, 0xB388;
@ lands at fnT + 14.
c5:     .inst.n 0xb128
        .reloc c5, R_ARM_THM_JUMP6, fnT
@ expect c5 branch: fnT + 14 thumb
@ expect c5 bytes: 88 b3
        bx lr

        .section .tgt, "ax", %progbits
        .thumb
        .rept 16
        nop
        .endr
        .globl fnT
        .type fnT, %function
fnT:    bx lr
        .rept 16
        nop
        .endr

        .section .low, "ax", %progbits
        .thumb
        .globl fnLow
        .type fnLow, %function
fnLow:  bx lr
