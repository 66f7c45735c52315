@ Failed expectations that name their sites otherwise than by the first
@ label: by SEC+0xOFF, and by a second label (oracles/matrix-own-column).
@ relocheck: --arch=armv7-m -Ttext=0x2000000 --defsym=far=0x3000004
        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
first:
second: movw r1, #:lower16:far
@ expect second bytes: 40 f2 05 02
mt:     movt r1, #:upper16:far
@ expect .text+0x4 bytes: c0 f2 01 02
        bx lr
