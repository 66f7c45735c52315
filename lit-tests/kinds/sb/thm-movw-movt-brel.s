@ R_ARM_THM_MOVW_BREL_NC, R_ARM_THM_MOVT_BREL and R_ARM_THM_MOVW_BREL
@ (AAELF32 "Static Thumb32 relocations"): X = ((S + A) | T) - B(S) for
@ MOVW, S + A - B(S) for MOVT, into the Thumb MOVW/MOVT imm16 (T3/T1,
@ reference §3.7). B(S) is the start of S's output section
@ (--static-base=section): 0x40000 for the data, 0x20000 for the Thumb
@ function in .text, whose T makes its MOVW value odd. The checked MOVW
@ holds [0, 65535] (MOVW zero-extends): 0x88 fits, 0x12340 does not (the
@ _NC form takes its low half, 0x2340, and MOVT the high one, 1), nor
@ does -1 (a REL addend of -1 at the section's start).
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.sbd=0x40000
@ relocheck: --static-base=section
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS
@ expect m0 bytes: 42 f2 40 30
@ expect m1 bytes: c0 f2 01 00
@ expect m2 bytes: 40 f2 88 00
@ expect m3 error: value 74560 (0x12340) is not in [0, 65535]
@ expect f0 bytes: 40 f2 01 00
@ The checked MOVW's top end, 0xffff, and one past it:
@ expect m4 bytes: 4f f6 ff 70
@ expect m5 error: value 65536 (0x10000) is not in [0, 65535]
@ expect m6 error: value -1 (0xffffffff) is not in [0, 65535]
@ expect m7 bytes: 40 f2 00 00
@ REL addends -4 (MOVW/MOVT #0xfffc, read as the signed 16 bits): X =
@ 0x1233c, so MOVW 0x233c and MOVT 1.
@ expect n0 bytes: 42 f2 3c 30
@ expect n1 bytes: c0 f2 01 00
        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
m0:     .inst.w 0xf2400000
        .reloc m0, R_ARM_THM_MOVW_BREL_NC, t12340
m1:     .inst.w 0xf2c00000
        .reloc m1, R_ARM_THM_MOVT_BREL, t12340
m2:     .inst.w 0xf2400000
        .reloc m2, R_ARM_THM_MOVW_BREL, t88
m3:     .inst.w 0xf2400000
        .reloc m3, R_ARM_THM_MOVW_BREL, t12340
f0:     .inst.w 0xf2400000
        .reloc f0, R_ARM_THM_MOVW_BREL, _start
m4:     .inst.w 0xf2400000
        .reloc m4, R_ARM_THM_MOVW_BREL, tffff
m5:     .inst.w 0xf2400000
        .reloc m5, R_ARM_THM_MOVW_BREL, t10000
m6:     .inst.w 0xf64f70ff
        .reloc m6, R_ARM_THM_MOVW_BREL, sbstart
m7:     .inst.w 0xf2400000
        .reloc m7, R_ARM_THM_MOVW_BREL, sbstart
n0:     .inst.w 0xf64f70fc
        .reloc n0, R_ARM_THM_MOVW_BREL_NC, t12340
n1:     .inst.w 0xf6cf70fc
        .reloc n1, R_ARM_THM_MOVT_BREL, t12340
        bx lr

        .section .sbd, "aw", %progbits
sbstart:
        .org 0x88
t88:    .word 0
        .org 0xffff
tffff:  .byte 0
t10000: .byte 0
        .org 0x12340
t12340: .word 0
