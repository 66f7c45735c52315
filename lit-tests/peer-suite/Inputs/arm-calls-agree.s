// Calls and MOVW/MOVT pairs between ARM and Thumb code placed with
// -Ttext and --section-start: every linker should write the same bytes.
// REQUIRES: arm
// RUN: llvm-mc -filetype=obj -triple=armv7a-none-eabi %s -o %t.o
// RUN: ld.lld -Ttext=0x20000 --section-start=.far=0x30000 %t.o -o %t
// RUN: llvm-objdump -d --no-show-raw-insn %t | FileCheck %s

        .syntax unified
        .text
        .globl _start
        .type _start, %function
_start:
        bl armfn
        bl thumbfn
        movw r0, :lower16:datum
        movt r0, :upper16:datum
        bx lr
// CHECK:      <_start>:
// CHECK-NEXT:   20000: bl 0x30000 <armfn>
// CHECK-NEXT:   20004: blx 0x30004 <thumbfn>

        .section .far, "ax", %progbits
        .type armfn, %function
armfn:  bx lr
        .thumb
        .type thumbfn, %function
thumbfn:
        bl armfn
        bx lr

        .data
datum:  .word thumbfn
