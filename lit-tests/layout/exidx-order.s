@ The exception index table goes in the order of the code it describes
@ (EHABI: an unwinder binary-searches it), whatever the input order: here
@ .text.g's entry comes first in the object but g is placed after _start.
@ The output section is SHT_ARM_EXIDX, and PT_ARM_EXIDX points at it.
@ RUN: relocheck link -Ttext=0x10000 %s -o %t.elf
@ RUN: llvm-readelf -S -l -u %t.elf | FileCheck %s
@ CHECK: .ARM.exidx ARM_EXIDX
@ CHECK: EXIDX 0x{{[0-9a-f]+}} 0x[[X:[0-9a-f]+]] 0x[[X]]
@ CHECK: FunctionAddress: 0x10000
@ CHECK: FunctionAddress: 0x1000C
@ The PREL31 words agree with the sorted places.
@ RUN: relocheck check -Ttext=0x10000 %s
	.syntax unified
	.arm
	.section .text.g,"ax",%progbits
	.globl g
	.type g,%function
g:	.fnstart
	mov r0, #1
	bx lr
	.fnend
	.text
	.globl _start
	.type _start,%function
_start:	.fnstart
	bl g
	bx lr
	.fnend
	.globl __aeabi_unwind_cpp_pr0
__aeabi_unwind_cpp_pr0:
	bx lr
