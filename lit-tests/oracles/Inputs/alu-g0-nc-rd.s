@ relocheck: --arch=armv7-a -Ttext=0x20000 --defsym=s2=0x20100
@ ALU_PC_G0_NC on SUB r0, PC, #0x1000 (A = -0x1000): X = 0x20100 -
@ 0x1000 - 0x20004 = -0xF04, G0 = 0xF00: SUB r0, PC, #0xF00.
  .syntax unified
  .arm
  .text
  .globl _start
  .type _start, %function
_start: nop
sub: .inst 0xe24f0a01
  .reloc sub, R_ARM_ALU_PC_G0_NC, s2
  bx lr
