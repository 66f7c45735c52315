@ relocheck: --arch=armv7-a -Ttext=0x8000
@ An ARM `blx` to an ARM function, which a linker makes BL.
  .syntax unified
  .arm
  .text
  .globl _start
  .type _start, %function
_start:
a1: blx fnA
  bx lr
  .type fnA, %function
fnA: bx lr
