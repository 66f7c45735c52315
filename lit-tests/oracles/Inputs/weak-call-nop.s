@ relocheck: -Ttext=0x20000
  .syntax unified
  .text
  .weak wf
  .globl _start
  .type _start, %function
  .arm
_start:
a1: bl wf
a3: bleq wf
  .thumb
t1: bl wf
  bx lr
