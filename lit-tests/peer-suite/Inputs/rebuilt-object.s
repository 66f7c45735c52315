// The same object name assembled twice, the second time big-endian and
// with one more data word, each linked right after: every link must see
// the object of its own moment (2 sites, then 3).
// REQUIRES: arm
// RUN: llvm-mc -filetype=obj -triple=armv7a-none-eabi %s -o %t.o
// RUN: ld.lld -Ttext=0x10000 %t.o -o %t
// RUN: llvm-mc -filetype=obj -triple=armebv7a-none-eabi -defsym=SECOND=1 %s -o %t.o
// RUN: ld.lld --be8 -Ttext=0x10000 %t.o -o %t
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
        .ifdef SECOND
        .word _start
        .endif
