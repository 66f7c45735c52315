@ Symbol resolution across objects: global absolute symbols (ARM and Thumb
@ functions, data), a local label, and an undefined weak symbol (S = 0;
@ a call to it becomes a branch to the next instruction, AAELF32 5.6.3).
@ relocheck: -Ttext=0x20000 Inputs/abs-defs.s
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS
        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
c1:     bl abs_arm
@ expect c1 branch: abs_arm arm
c2:     bl abs_thumb
@ expect c2 branch: abs_thumb thumb
@ expect c2 bytes: 01 40 00 fa
c3:     bl maybe
@ expect c3 branch: . + 4 arm
@ expect c3 bytes: ff ff ff eb
w1:     .word abs_data + 8
@ expect w1 value: 0x40008
w2:     .word abs_thumb
@ expect w2 value: 0x30011
w3:     .word maybe
@ expect w3 value: 0
w4:     .word local_label + 4
@ expect w4 value: local_label + 4
        .weak maybe
        .section .other, "a", %progbits
local_label:
        .word 0
