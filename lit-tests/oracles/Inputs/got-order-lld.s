@ A program whole_program's slow mode generated (2026-12-06): lld gives the
@ undefined weak 'wu' the second word of its GOT and f0_0 the first, the
@ other way round from relocheck. Judged by relocheck's GOT addresses,
@ lld's GOT_BREL looked wrong (a false finding); in lld's own layout both
@ GOT sites are right (lit-tests/oracles/own-got.test).
@ veneers where it needs them), and LLVM's decoding of each matches its
@ formula.
@ relocheck: --arch=armv4t
@ relocheck: --section-start=.gotuse=0x11110c
  .syntax unified
  .section .sec0, "ax", %progbits
  .arm
  .globl f0_0
  .type f0_0, %function
f0_0:
  .balign 4
s0: .word f1_1+8 - .
s1: b f1_1
s2: bl f0_1
s3: b f1_0
  bx lr
  .globl f0_1
  .type f0_1, %function
f0_1:
s4: b f1_1
s5: b f0_1
s6: b f1_0
  bx lr
  .section .sec1, "ax", %progbits
  .arm
  .globl f1_0
  .type f1_0, %function
f1_0:
s7: b f0_0
  bx lr
  .globl f1_1
  .type f1_1, %function
f1_1:
s8: ldr r1, f1_1
s9: b f1_0
s10: bl f1_1
s11: bl f1_1
  bx lr
  .weak wu
  .section .gotuse, "a", %progbits
g12: .word wu(GOT)
g13: .word f0_0(GOT_PREL)
