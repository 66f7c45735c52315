@ relocheck: --arch=armv7-a -Ttext=0x1000 --section-start=.far=0x1900
        .syntax unified
        .thumb
        .text
_start: b.w far
        .section .far, "ax", %progbits
far:    bx lr
