@ The static-base group relocations (AAELF32 "Group relocations"): X = S
@ + A - B(S) (the ALU kinds OR in T first), split into 8-bit rotated
@ groups as the PC groups are (reference §3.11, §3.12). B(S) here is the
@ start of S's output section (--static-base=section, GNU ld's choice for
@ these kinds), 0x40000, so X is each target's offset in .sbd:
@ - 0x40404: G0 0x40000 (#64 ror 20), G1 0x400, G2 4;
@ - 0x12340: G0 0x12000 (#72 ror 22), G1 0x340 (832 for the LDR);
@ - 0x12088 and 0x40488 leave 0x88 and 8 for LDRH and LDC after G0 or G1;
@ - 0x88 fits LDRH's and LDC's own field (LDC: imm8 0x22, times 4).
@ REL addends read back: n0's SUB #4 and n1's LDR #-4 give A = -4 (X =
@ 0x1233c; the SUB becomes an ADD of G0, the LDR's U bit turns, #828).
@ m0-m2 sit at their field's end (LDRH 255, LDC 1020, LDR 4095), o0-o2
@ one past it; e0-e2 leave too much after their groups.
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
@ expect n0 bytes: 48 0b 89 e2
@ expect n1 bytes: 3c 13 90 e5
@ expect m0 bytes: bf 1f d9 e1
@ expect m1 bytes: ff 5e 99 ed
@ expect m2 bytes: ff 1f 99 e5
@ expect o0 error: leaves 256 (0x100) for the offset after 0 ALU group(s); the field holds [0, 255]
@ expect o1 error: leaves 1024 (0x400) for the offset after 0 ALU group(s); the field holds multiples of 4 in [0, 1020]
@ expect o2 error: leaves 4096 (0x1000) for the offset after 0 ALU group(s); the field holds [0, 4095]
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
n0:     .inst 0xe2490004
        .reloc n0, R_ARM_ALU_SB_G0_NC, t12340
n1:     .inst 0xe5101004
        .reloc n1, R_ARM_LDR_SB_G1, t12340
m0:     .inst 0xe1d910b0
        .reloc m0, R_ARM_LDRS_SB_G0, tff
m1:     .inst 0xed995e00
        .reloc m1, R_ARM_LDC_SB_G0, t3fc
m2:     .inst 0xe5991000
        .reloc m2, R_ARM_LDR_SB_G0, tfff
o0:     .inst 0xe1d910b0
        .reloc o0, R_ARM_LDRS_SB_G0, t100
o1:     .inst 0xed995e00
        .reloc o1, R_ARM_LDC_SB_G0, t400
o2:     .inst 0xe5991000
        .reloc o2, R_ARM_LDR_SB_G0, t1000
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
        .org 0xff
tff:    .byte 0
        .org 0x100
t100:   .byte 0
        .org 0x340
t340:   .word 0
        .org 0x3fc
t3fc:   .word 0
t400:   .word 0
        .org 0xfff
tfff:   .byte 0
t1000:  .byte 0
        .org 0x12088
t12088: .word 0
        .org 0x12340
t12340: .word 0
        .org 0x40404
t40404: .word 0
        .org 0x40488
t40488: .word 0
