@ The static-base group relocations (AAELF32 "Group relocations"): X = S
@ + A - B(S) (the ALU kinds OR in T first), split into 8-bit rotated
@ groups as the PC groups are (reference §3.11, §3.12). B(S) here is the
@ start of S's output section (--static-base=section, GNU ld's choice for
@ these kinds), 0x40000, so X is each target's offset in .sbd:
@ - 0x40404: G0 0x40000 (#64 ror 20), G1 0x400, G2 4;
@ - 0x12340: G0 0x12000 (#72 ror 22), G1 0x340 (832 for the LDR);
@ - 0x12088 and 0x40488 leave 0x88 and 8 for LDRH and LDC after G0 or G1;
@ - 0x88 fits LDRH's and LDC's own field (LDC: imm8 0x22, times 4).
@ The last three sites are one past what their field holds.
@ REQUIRES: gnu-ld
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.sbd=0x40000
@ relocheck: --static-base=section
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS
@ GNU ld 2.40 writes the same bytes at every site that links.
@ RUN: relocheck diff --oracles=gnu-ld %s | FileCheck %s --check-prefix=GNU
@ GNU: 0 wrong sites across the oracles
@ expect s0 bytes: d0 0f 89 e2
@ expect s1 bytes: 40 0a 89 e2
@ expect s2 bytes: 40 0e 80 e2
@ expect s3 bytes: 04 00 80 e2
@ expect s5 bytes: d0 0f 80 e2
@ expect l1 bytes: 40 13 90 e5
@ expect l2 bytes: 04 10 90 e5
@ expect h0 bytes: b8 18 d9 e1
@ expect h2 bytes: b8 10 d0 e1
@ expect c0 bytes: 22 5e 99 ed
@ expect c2 bytes: 02 5e 90 ed
@ expect e0 error: leaves 832 (0x340) after group G0 (expected 0: use the _NC form or another instruction)
@ expect e1 error: leaves 832 (0x340) for the offset after 1 ALU group(s); the field holds [0, 255]
@ expect e2 error: leaves 138 (0x8a) for the offset after 0 ALU group(s); the field holds multiples of 4 in [0, 1020]
        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
s0:     .inst 0xe2890000
        .reloc s0, R_ARM_ALU_SB_G0, t340
s1:     .inst 0xe2890000
        .reloc s1, R_ARM_ALU_SB_G0_NC, t40404
s2:     .inst 0xe2800000
        .reloc s2, R_ARM_ALU_SB_G1_NC, t40404
s3:     .inst 0xe2800000
        .reloc s3, R_ARM_ALU_SB_G2, t40404
s4:     .inst 0xe2890000
        .reloc s4, R_ARM_ALU_SB_G0_NC, t12340
s5:     .inst 0xe2800000
        .reloc s5, R_ARM_ALU_SB_G1, t12340
l1:     .inst 0xe5901000
        .reloc l1, R_ARM_LDR_SB_G1, t12340
l2:     .inst 0xe5901000
        .reloc l2, R_ARM_LDR_SB_G2, t40404
h0:     .inst 0xe1d910b0
        .reloc h0, R_ARM_LDRS_SB_G0, t88
h1:     .inst 0xe1d010b0
        .reloc h1, R_ARM_LDRS_SB_G1, t12088
h2:     .inst 0xe1d010b0
        .reloc h2, R_ARM_LDRS_SB_G2, t40488
c0:     .inst 0xed995e00
        .reloc c0, R_ARM_LDC_SB_G0, t88
c1:     .inst 0xed905e00
        .reloc c1, R_ARM_LDC_SB_G1, t12088
c2:     .inst 0xed905e00
        .reloc c2, R_ARM_LDC_SB_G2, t40488
e0:     .inst 0xe2890000
        .reloc e0, R_ARM_ALU_SB_G0, t12340
e1:     .inst 0xe1d010b0
        .reloc e1, R_ARM_LDRS_SB_G1, t12340
e2:     .inst 0xed995e00
        .reloc e2, R_ARM_LDC_SB_G0, t8a
        bx lr

        .section .sbd, "aw", %progbits
        .org 0x88
t88:    .short 0
t8a:    .short 0
        .org 0x340
t340:   .word 0
        .org 0x12088
t12088: .word 0
        .org 0x12340
t12340: .word 0
        .org 0x40404
t40404: .word 0
        .org 0x40488
t40488: .word 0
