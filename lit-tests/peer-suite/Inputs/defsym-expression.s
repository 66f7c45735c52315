// --defsym with an expression, which the runner does not evaluate.
// REQUIRES: arm
// RUN: llvm-mc -filetype=obj -triple=armv7a-none-eabi %s -o %t.o
// RUN: ld.lld --defsym=alias=_start+4 %t.o -o %t
        .text
        .globl _start
        .type _start, %function
_start: bl alias
        bx lr
