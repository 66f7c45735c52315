@ An exception index section outside a COMDAT group that describes the
@ group's discarded copy is dropped with it (lld and GNU ld drop it): the
@ table lists f once, and in address order. It ends, as lld's and GNU ld's
@ do, with an EXIDX_CANTUNWIND entry for the address past the last code
@ (ld.lld 22 writes the same table).
@ RUN: relocheck link %S/Inputs/exidx-comdat-b.s %S/Inputs/exidx-comdat-c.s %s -o %t.elf
@ RUN: llvm-readelf -u %t.elf | FileCheck %s
@ CHECK: FunctionAddress: 0x10000
@ CHECK: FunctionAddress: 0x10008
@ CHECK: FunctionAddress: 0x10014
@ CHECK: FunctionAddress: 0x10024
@ CHECK-NEXT: Model: CantUnwind
@ CHECK-NOT: FunctionAddress
	.syntax unified
	.arm
	.section .text.f,"axG",%progbits,f,comdat
	.globl f
	.type f,%function
f:	.fnstart
	.save {r4, lr}
	push {r4, lr}
	pop {r4, pc}
	.fnend
	.text
	.globl _start
	.type _start,%function
_start:	.fnstart
	bl f
	bl k
	bx lr
	.fnend
	.globl __aeabi_unwind_cpp_pr0
__aeabi_unwind_cpp_pr0:
	bx lr
