// ld.lld must refuse this: the test checks its message, not a link.
// REQUIRES: arm
// RUN: llvm-mc -filetype=obj -triple=armv7a-none-eabi %s -o %t.o
// RUN: not ld.lld %t.o -o /dev/null 2>&1 | FileCheck %s
// CHECK: undefined symbol: missing
        .text
        .globl _start
_start: bl missing
