// 16-bit absolute data: an R_ARM_ABS16 that ld.lld does not apply.
// REQUIRES: arm
// RUN: llvm-mc -filetype=obj -triple=armv7a-none-eabi %s -o %t.o
// RUN: ld.lld --defsym=small=0x1234 %t.o -o %t
        .text
        .globl _start
        .type _start, %function
_start: bx lr
        .data
        .short small
