// Big-endian, BE8 output: data words big-endian, code little-endian.
// REQUIRES: arm
// RUN: llvm-mc -filetype=obj -triple=armv7aeb-none-eabi %s -o %t.o
// RUN: ld.lld --be8 -Ttext=0x8000 %t.o -o %t
// RUN: llvm-objdump -d %t | FileCheck %s
// CHECK: bl
        .text
        .globl _start
        .type _start, %function
_start: bl fn
        bx lr
        .type fn, %function
fn:     bx lr
        .data
        .word fn
        .word _start + 8
