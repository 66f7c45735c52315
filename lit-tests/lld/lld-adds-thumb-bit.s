@ ABS32 and REL32 to a Thumb function with an odd addend: the ABI says
@ (S + A) | T (T is OR-ed after adding A). ld.lld 22 adds instead; relocheck
@ must write the ABI value, and the checker must flag lld's bytes.
@ REQUIRES: ld.lld
@ relocheck: -T ../Inputs/lld-compare.lds
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS
@ thumbfn is at 0x30000 (st_value 0x30001); datum at 0x40000.
@ RUN: llvm-mc -triple=armv7a-none-eabi -arm-add-build-attributes -filetype=obj %s -o %t.o
@ RUN: %lld -static -T %inputs/lld-compare.lds %t.o -o %t.lld.elf
@ RUN: llvm-objdump -s -j .data %t.lld.elf | FileCheck %s --check-prefix=LLD
@ LLD: 40000 02000300 02000300

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start: bx lr

        .section .thumbcode, "ax", %progbits
        .thumb
        .type thumbfn, %function
thumbfn:
        bx lr

        .data
w1:     .word thumbfn + 1
@ expect w1 value: 0x30001
@ expect w1 bytes: 01 00 03 00
w2:     .word thumbfn + 1 - (0x40004 - 0x40004)
@ expect w2 value: 0x30001
