@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.f=0x30000
@ A BL<c> to a Thumb function. R_ARM_CALL is for unconditional BL/BLX
@ (AAELF32, "Call and Jump relocations"), but the call must stay
@ conditional whatever a linker makes of it: relocheck goes through a
@ veneer.
  .syntax unified
  .arm
  .text
  .globl _start
  .type _start, %function
_start:
call: .inst 0x1bfffffe          @ blne, A = -8
  .reloc call, R_ARM_CALL, fT
  bx lr
  .section .f, "ax", %progbits
  .thumb
  .globl fT
  .type fT, %function
fT: bx lr
