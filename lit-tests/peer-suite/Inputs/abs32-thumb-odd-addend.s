// A data word pointing one byte into a Thumb function: (S + A) | T keeps
// the odd address, lld adds the Thumb bit to it instead.
// REQUIRES: arm
// RUN: llvm-mc -filetype=obj -triple=thumbv7a-none-eabi %s -o %t.o
// RUN: echo "SECTIONS { .text 0x10000 : { *(.text) } \
// RUN:                  .data 0x20000 : { *(.data) } }" > %t.script
// RUN: ld.lld -T %t.script %t.o -o %t
// RUN: llvm-objdump -s -j .data %t | FileCheck %s
// CHECK: 20000 01000100

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start: bx lr
        .type tfunc, %function
tfunc:  nop
        bx lr

        .data
        .word tfunc + 1
