@ relocheck: --arch=armv7-a -Ttext=0x20000 --defsym=x=0x2010f
@ ALU_PC_G0 at offset 0: X = 0x2010f - 8 - 0x20000 = 0x107; G0 = 0x104
@ leaves 3, so every linker must refuse it.
  .syntax unified
  .arm
  .text
  .globl _start
  .type _start, %function
_start:
a1: .inst 0xe24f0008            @ sub r0, pc, #8 (A = -8)
  .reloc a1, R_ARM_ALU_PC_G0, x
  bx lr
