// A Thumb BL on v6-M to a symbol 32 MiB away, beyond its 16 MiB reach:
// through a veneer. The symbol is untyped, so the BL's state (Thumb) is
// the destination's; lld 22's v6-M thunk pops to it in ARM state.
// REQUIRES: arm
// RUN: llvm-mc -filetype=obj -triple=thumbv6m-none-eabi %s -o %t.o
// RUN: ld.lld -Ttext=0x10000 --defsym=far=0x2010000 %t.o -o %t
        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start: bl far
        bx lr
