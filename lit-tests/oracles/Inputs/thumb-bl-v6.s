  .syntax unified
  .text
  .globl _start
  .type _start, %function
  .thumb
_start:
site: bl fn
  bx lr
  .section .tgt, "ax", %progbits
  .thumb
  .globl fn
  .type fn, %function
fn: bx lr
