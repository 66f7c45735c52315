@ Branch Future to an undefined weak symbol: relocheck writes NOP.W. The
@ ABI defines no value for it (its weak rule covers calls, AAELF32
@ "Call and Jump relocations"), and a NOP is always safe: a Branch Future
@ only announces the branch at its branch point, which then runs as it
@ was linked. .text is low enough that the offset to 0 would fit.
@ relocheck: --arch=armv8.1-m.main -Ttext=0x8000
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .weak missing
        .globl _start
        .type _start, %function
_start:
w16:    bf      .Lb1, missing
@ expect w16 bytes: af f3 00 80
        nop
.Lb1:   nop
w18:    bfl     .Lb2, missing
@ expect w18 bytes: af f3 00 80
        nop
.Lb2:   nop
w12:    bfcsel  .Lb3, missing, .Le3, eq
@ expect w12 bytes: af f3 00 80
        nop
.Lb3:   nop
.Le3:   bx      lr
