@ lld warns of the BL at c0 (a BL to a symbol that is no function:
@ "interworking not performed") and links it; it refuses the JUMP11 at
@ c1. Only c1 is lld's refusal. (relocheck, too, leaves the BL a BL, to
@ ARM code: its checker says so. The test compares, it does not check.)
@ relocheck: --arch=armv7-a -Ttext=0x20000 --defsym=far=0x30000
@ expect c1 error: 65528 (0xfff8) is not in [-2048, 2046]
        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
c0:     bl lab
c1:     .inst.n 0xe7fe
        .reloc c1, R_ARM_THM_JUMP11, far
        bx lr
        .section .other, "ax", %progbits
        .arm
lab:    bx lr
