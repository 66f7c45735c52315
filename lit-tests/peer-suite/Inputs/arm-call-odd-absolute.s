// An ARM BL to an absolute, untyped symbol at an odd address: bit 0 of a
// symbol that is no Thumb function is no Thumb bit, so the destination is
// misaligned for ARM state and relocheck refuses the link (lld links it).
// REQUIRES: arm
// RUN: llvm-mc -filetype=obj -triple=armv7a-none-eabi %s -o %t.o
// RUN: ld.lld -Ttext=0x10000 --defsym=far=0x20001 %t.o -o %t
        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start: bl far
        bx lr
