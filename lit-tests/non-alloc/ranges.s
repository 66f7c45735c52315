@ The kinds that apply in a non-allocated section keep their ranges and
@ their REL addends there: ABS16 and ABS8 at both ends of what they hold
@ and one step past the top, negative addends read back with their sign,
@ and ABS32_NOI (no Thumb bit). Values are offsets in .debug_rnglists.
@ (One step below the bottom cannot be written as REL: S >= 0 and the
@ field's addend is at least -32768, or -128.)
@ relocheck: --arch=armv7-a -Ttext=0x20000
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS
        .syntax unified
        .text
        .globl _start
        .type _start, %function
_start: bx lr
        .thumb
        .type fnT, %function
fnT:    bx lr

        .section .debug_rnglists, "", %progbits
zero:   .space 0x80
m80:    .byte 0
m81:    .space 0x10000 - 0x81
big:    .byte 0

        .section .debug_info, "", %progbits
h1:     .short big - 1
@ expect h1 value: 0xffff
h2:     .short big
@ expect h2 error: value 65536 (0x10000) is not in [-32768, 65535]
h3:     .short zero - 0x8000
@ expect h3 value: 0x8000
@ expect h3 bytes: 00 80
b1:     .byte m80 + 0x7f
@ expect b1 value: 0xff
b2:     .byte m81 + 0x7f
@ expect b2 error: value 256 (0x100) is not in [-128, 255]
b3:     .byte zero - 0x80
@ expect b3 bytes: 80
        .balign 4
n1:     .reloc ., R_ARM_ABS32_NOI, fnT
        .word -8
@ expect n1 value: 0x1fffc
n2:     .word big - 0x20
@ expect n2 value: 0xffe0
