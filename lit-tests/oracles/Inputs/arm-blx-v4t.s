@ relocheck: --arch=armv4t -Ttext=0x20000 --section-start=.tgt=0x21008 
  .syntax unified
  .text
  .globl _start
  .type _start, %function
  .arm
_start:
site: bl fn
  bx lr

  .section .tgt, "ax", %progbits
  .thumb
  .globl fn
  .type fn, %function
fn: bx lr
  nop
