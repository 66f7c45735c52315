@ R_ARM_THM_CALL REL addend: A is read back from the BL/BLX field with the
@ same decode as the branch offset, v = sign_extend(S:I1:I2:imm10:imm11:'0')
@ (AAELF32 "Addends and PC-bias compensation"; reference §1 self-check and
@ §3.3: field F7FF FFFE is A = -4). Fields are hand-encoded with .inst.w so
@ that A is not the assembler's usual -4.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.tgt=0x30000 --section-start=.armfn=0x40000
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ F7FF FFFE: A = -4. v = 0x30020 - 4 - 0x20000 = 0x1001C.
a1:     .inst.w 0xf7fffffe
        .reloc a1, R_ARM_THM_CALL, fnT
@ expect a1 branch: fnT thumb
@ expect a1 bytes: 10 f0 0e f8
@ F7FF FFEE: S=1 J1=J2=1 imm10 0x3FF imm11 0x7EE, A = -36, so the call lands
@ 32 bytes before fnT. v = 0x30020 - 36 - 0x20004 = 0xFFF8.
a2:     .inst.w 0xf7ffffee
        .reloc a2, R_ARM_THM_CALL, fnT
@ expect a2 branch: fnT - 32 thumb
@ expect a2 bytes: 0f f0 fc ff
@ F000 F80E: S=0 J1=J2=1 (I1=I2=0) imm11 0x00E, A = +28, 32 bytes after fnT.
@ v = 0x30020 + 28 - 0x20008 = 0x10034.
a3:     .inst.w 0xf000f80e
        .reloc a3, R_ARM_THM_CALL, fnT
@ expect a3 branch: fnT + 32 thumb
@ expect a3 bytes: 10 f0 1a f8
@ BLX field F7FF EFFA: A = -12 (the BLX offset has bit 1 in imm10L, bit 0 H =
@ 0). To ARM fn 0x40008: P = 0x2000C = Pa, v = 0x40008 - 12 - Pa = 0x1FFF0.
a4:     .inst.w 0xf7ffeffa
        .reloc a4, R_ARM_THM_CALL, fnA
@ expect a4 branch: fnA - 8 arm
@ expect a4 bytes: 1f f0 f8 ef
        nop
@ Same field at P % 4 = 2: P = 0x20012, Pa = 0x20010, v = 0x1FFEC.
a5:     .inst.w 0xf7ffeffa
        .reloc a5, R_ARM_THM_CALL, fnA
@ expect a5 branch: fnA - 8 arm
@ expect a5 bytes: 1f f0 f6 ef
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

        .section .armfn, "ax", %progbits
        .arm
        nop
        nop
        .globl fnA
        .type fnA, %function
fnA:    bx lr
