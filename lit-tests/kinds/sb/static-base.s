@ Static-base kinds: B(S) is the start of the PT_LOAD segment holding S by
@ default, as lld computes it (reference 5: S in .xdat2 at 0x34120 in a
@ segment starting at 0x34000 gives 0x120 for MOVW/MOVT_BREL); with
@ --static-base=section it is the start of S's output section (GNU ld's
@ choice for the _SB_Gn group kinds), or a fixed address.
@ relocheck: -Ttext=0x20000 --section-start=.xdat=0x34000 --section-start=.xdat2=0x34120
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS
@ RUN: relocheck dump %s | FileCheck %s --check-prefix=SEG
@ SEG: m1 R_ARM_MOVW_BREL_NC 'tgtD' P=0x00020000 S=0x00034120 A=0 T=0 B=0x00034000 X=0x00000120 : 20 01 00 e3
@ SEG: m2 R_ARM_MOVT_BREL 'tgtD' P=0x00020004 S=0x00034120 A=0 T=0 B=0x00034000 X=0x00000120 : 00 00 40 e3
@ SEG: g0 R_ARM_LDR_SB_G0 'tgtD' {{.*}} B=0x00034000 X=0x00000120 : 20 01 90 e5
@ SEG: fnT R_ARM_THM_MOVW_BREL_NC 'fnT' {{.*}} T=1 B=0x00020000 X=0x00000011 : 40 f2 11 01
@ SEG: w1 R_ARM_SBREL32 'tgtD' {{.*}} B=0x00034000 X=0x00000124 : 24 01 00 00
@ SEG: w2 R_ARM_BASE_ABS 'tgtD' {{.*}} B=0x00034000 X=0x00034008 : 08 40 03 00
@ RUN: relocheck dump --static-base=section %s | FileCheck %s --check-prefix=SEC
@ SEC: g0 R_ARM_LDR_SB_G0 'tgtD' {{.*}} B=0x00034120 X=0x00000000 : 00 00 90 e5
@ RUN: not relocheck dump --static-base=0x30000 %s 2>/dev/null | FileCheck %s --check-prefix=FIX
@ FIX: w1 R_ARM_SBREL32 'tgtD' {{.*}} B=0x00030000 X=0x00004124
@ MOVW_BREL is checked: 16 bits. 0x34120 - 0x20000 does not fit.
@ RUN: not relocheck dump --static-base=0x20000 %s 2>&1 | FileCheck %s --check-prefix=CHK
@ CHK: error: R_ARM_MOVW_BREL against 'tgtD': value 82208 (0x14120) is not in [0, 65535]
        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
m1:     .reloc m1, R_ARM_MOVW_BREL_NC, tgtD
        .inst 0xe3000000
m2:     .reloc m2, R_ARM_MOVT_BREL, tgtD
        .inst 0xe3400000
g0:     .reloc g0, R_ARM_LDR_SB_G0, tgtD
        .inst 0xe5900000
mb:     .reloc mb, R_ARM_MOVW_BREL, tgtD
        .inst 0xe3000000
        .thumb
        .type fnT, %function
fnT:
t1:     .reloc t1, R_ARM_THM_MOVW_BREL_NC, fnT
        .inst.w 0xf2400100
        .section .xdat, "aw", %progbits
        .word 0
        .section .xdat2, "aw", %progbits
tgtD:   .word 0
w1:     .reloc w1, R_ARM_SBREL32, tgtD
        .word 4
w2:     .reloc w2, R_ARM_BASE_ABS, tgtD
        .word 8
