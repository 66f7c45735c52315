## A linker script and two files of code, in one test via split-file.
# REQUIRES: arm
# RUN: rm -rf %t && split-file %s %t && cd %t
# RUN: llvm-mc -filetype=obj -triple=thumbv7m-none-eabi -mcpu=cortex-m3 code.s -o code.o
# RUN: llvm-mc -filetype=obj -triple=thumbv7m-none-eabi -mcpu=cortex-m3 helper.s -o helper.o
# RUN: ld.lld -T lds code.o helper.o -o out
# RUN: llvm-objdump -d out | FileCheck %s
# CHECK: bl

#--- lds
SECTIONS {
  .text 0x1000 : { *(.text) }
  .helper 0x8000 : { *(.helper) }
  .rodata 0x9000 : { *(.rodata) }
}
#--- code.s
        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start: bl helper
        b.w helper
        bx lr
        .rodata
table:  .word helper
        .word _start
#--- helper.s
        .syntax unified
        .thumb
        .section .helper, "ax", %progbits
        .globl helper
        .type helper, %function
helper: bx lr
