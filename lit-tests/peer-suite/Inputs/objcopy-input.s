// The linked object is made by llvm-objcopy, which the runner does not
// run: the link is skipped and the reason names the tool.
// REQUIRES: arm
// RUN: llvm-mc -filetype=obj -triple=armv7a-none-eabi %s -o %t.o
// RUN: llvm-objcopy --rename-section .text=.text.renamed %t.o %t2.o
// RUN: ld.lld %t2.o -o %t
        .text
        .globl _start
_start: bx lr
