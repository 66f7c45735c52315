@ R_ARM_THM_PC8 range: X = S + A - Pa in [0, 1020], step 4; the offset is
@ unsigned, so a negative X is an error (reference §2 and §3.8: X = 1020
@ links, X = 1024 and X = -260 make lld report an error; GNU ld writes
@ 0x4800 and 0x48BF without a word). All fields are LDR r0 with A = -4
@ (0x48FF), planted with .reloc. Literals sit in .lits at 0x203FC, one
@ section below .text (.low) and one right after .text (.lmin).
@ relocheck: --arch=armv6-m -Ttext=0x20000 --section-start=.lits=0x203fc --section-start=.low=0x1ff08 --section-start=.lmin=0x20010
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ P = 0x20000, Pa 0x20000: X = 0x20400 - 4 - 0x20000 = 1020, imm8 0xFF.
rmax:   .inst.n 0x48ff
        .reloc rmax, R_ARM_THM_PC8, litMax
@ expect rmax bytes: ff 48
@ P = 0x20002, Pa 0x20000: X = 0x20404 - 4 - 0x20000 = 1024.
rover:  .inst.n 0x48ff
        .reloc rover, R_ARM_THM_PC8, litOver
@ expect rover error: value 1024 (0x400) is not in [0, 1020]
@ P = 0x20004, Pa 0x20004: the target is the site's own word, X = -4.
        .globl rneg
rneg:   .inst.n 0x48ff
        .reloc rneg, R_ARM_THM_PC8, rneg
@ expect rneg error: value -4 (0xfffffffc) is not in [0, 1020]
@ P = 0x20006, Pa 0x20004: X = 0x203FE - 4 - 0x20004 = 1014, not a
@ multiple of 4.
rmis:   .inst.n 0x48ff
        .reloc rmis, R_ARM_THM_PC8, litMis
@ expect rmis error: value 1014 (0x3f6) is not a multiple of 4 (misaligned target)
@ P = 0x20008, Pa 0x20008: X = 0x1FF08 - 4 - 0x20008 = -260 (GNU ld's
@ silent 0x48BF).
rfar:   .inst.n 0x48ff
        .reloc rfar, R_ARM_THM_PC8, litLow
@ expect rfar error: value -260 (0xfffffefc) is not in [0, 1020]
        nop
@ P = 0x2000C, Pa 0x2000C: X = 0x20010 - 4 - 0x2000C = 0, imm8 0.
rmin:   .inst.n 0x48ff
        .reloc rmin, R_ARM_THM_PC8, litMin
@ expect rmin bytes: 00 48
        bx lr

        .section .lits, "a", %progbits
        .balign 4
        .short 0
        .globl litMis, litMax, litOver
litMis: .short 0
litMax: .word 0
litOver: .word 0

        .section .low, "a", %progbits
        .balign 4
        .globl litLow
litLow: .word 0

        .section .lmin, "a", %progbits
        .balign 4
        .globl litMin
litMin: .word 0
