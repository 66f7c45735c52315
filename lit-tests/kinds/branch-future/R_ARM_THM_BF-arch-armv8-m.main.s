@ Branch Future needs Armv8.1-M Mainline: on armv8-m.main a relocation of
@ any of the three kinds is an error that says which --arch has them
@ (fields planted with .inst.w, since llvm-mc will not assemble `bf` for
@ v8-M: see R_ARM_THM_BF-assemble-armv8-m.main.test).
@ relocheck: --arch=armv8-m.main -Ttext=0x20000 --section-start=.far=0x21000
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
a1:     .inst.w 0xf0dfe7ff
        .reloc a1, R_ARM_THM_BF16, far
@ expect a1 error: cannot appear in code for armv8-m.main: Branch Future (BF, BFL, BFCSEL) needs Armv8.1-M Mainline (--arch=armv8.1-m.main)
a2:     .inst.w 0xf083e7ff
        .reloc a2, R_ARM_THM_BF12, far
@ expect a2 error: needs Armv8.1-M Mainline (--arch=armv8.1-m.main)
a3:     .inst.w 0xf0ffc7ff
        .reloc a3, R_ARM_THM_BF18, far
@ expect a3 error: needs Armv8.1-M Mainline (--arch=armv8.1-m.main)
        bx      lr

        .section .far, "ax", %progbits
        .thumb
        .globl far
        .type far, %function
far:    bx lr
