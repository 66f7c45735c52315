@ relocheck: --arch=armv5te -Ttext=0x20000 --section-start=.tgt=0x4000000
  .syntax unified
  .text
  .globl _start
  .type _start, %function
  .arm
_start:
s1: bl fnA
s2: bl fnA+8
s3: bl fnT+4
  bx lr
  .section .tgt, "ax", %progbits
  .arm
  .globl fnA
  .type fnA, %function
fnA: bx lr
  nop
  nop
  nop
  .thumb
  .globl fnT
  .type fnT, %function
fnT: bx lr
  nop
  nop
  nop
