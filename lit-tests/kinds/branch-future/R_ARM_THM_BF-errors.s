@ Branch Future relocations on the wrong instruction: the opcode is
@ checked before any bit is written, and the error names what was found
@ (halfwords in the Arm ARM's order). boff = 0 is not a Branch Future at
@ all: that space encodes LE, WLS, DLS and DLSTP (Armv8-M ARM, "BF, BFX,
@ BFL, BFLX, BFCSEL"), so a relocation there is refused too.
@ relocheck: --arch=armv8.1-m.main -Ttext=0x20000 --section-start=.far=0x21000
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ A BFL (llvm-mc's bytes) under R_ARM_THM_BF16.
e1:     .inst.w 0xf0ffc7ff
        .reloc e1, R_ARM_THM_BF16, far
@ expect e1 error: expected BF (boff != 0) at the place, found f0ff c7ff
@ A BF under R_ARM_THM_BF12.
e2:     .inst.w 0xf0dfe7ff
        .reloc e2, R_ARM_THM_BF12, far
@ expect e2 error: expected BFCSEL (boff != 0) at the place, found f0df e7ff
@ LE lr (boff 0) under R_ARM_THM_BF18.
e3:     .inst.w 0xf00fc001
        .reloc e3, R_ARM_THM_BF18, far
@ expect e3 error: expected BFL (boff != 0) at the place, found f00f c001
@ BFX (register target) under R_ARM_THM_BF16.
e4:     .inst.w 0xf0e0e001
        .reloc e4, R_ARM_THM_BF16, far
@ expect e4 error: expected BF (boff != 0) at the place, found f0e0 e001
@ The real thing still links next to them.
ok1:    bf      .Lb1, far
@ expect ok1 branch: far thumb
        nop
.Lb1:   b.w     far

        .section .far, "ax", %progbits
        .thumb
        .globl far
        .type far, %function
far:    bx lr
