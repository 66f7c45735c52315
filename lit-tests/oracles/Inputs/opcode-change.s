@ Sites whose instruction a linker must keep (oracles/opcode-change.test
@ patches GNU ld's output to change it).
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.lits=0x20100 --defsym=absv=0x10
        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
l1:     .inst 0xe51f0008
        .reloc l1, R_ARM_LDR_PC_G0, lit
l2:     .inst 0xe5910000
        .reloc l2, R_ARM_ABS12, absv
b1:     bx r0
        .reloc b1, R_ARM_V4BX
        bx lr
        .thumb
        .type tf, %function
tf:
p8:     .inst.n 0x49ff
        .reloc p8, R_ARM_THM_PC8, lit
        nop
        bx lr
        .section .lits, "a", %progbits
        .globl lit
lit:    .word 1
