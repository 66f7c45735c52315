@ COMDAT groups: two objects define group 'helper'; the first copy in input
@ order is kept (as lld and GNU ld do), the second is discarded, and every
@ call, from either object, reaches the kept copy.
@ relocheck: --arch=armv7-a -Ttext=0x10000 Inputs/comdat-second.s
@ RUN: %check %s
@ RUN: relocheck link %s %S/Inputs/comdat-second.s -Ttext=0x10000 -o %t.elf
@ RUN: llvm-objdump -d --no-show-raw-insn %t.elf | FileCheck %s
@ The kept copy (mov r0, #1) is there once; the discarded one is not.
@ CHECK: <helper>:
@ CHECK-NEXT: mov r0, #1
@ CHECK-NOT: mov r0, #2
@ The executable's sections belong to no group (flags AX, not AXG).
@ RUN: llvm-readelf -S %t.elf | FileCheck %s --check-prefix=FLAGS
@ FLAGS: .text PROGBITS {{[0-9a-f]+}} {{[0-9a-f]+}} {{[0-9a-f]+}} 00 AX
@ And lld agrees on which copy stays.
@ RUN: llvm-mc -triple=armv7a-none-eabi -filetype=obj %s -o %t.a.o
@ RUN: llvm-mc -triple=armv7a-none-eabi -filetype=obj %S/Inputs/comdat-second.s -o %t.b.o
@ RUN: ld.lld %t.a.o %t.b.o -Ttext=0x10000 -o %t.lld.elf
@ RUN: llvm-objdump -d --no-show-raw-insn %t.lld.elf | FileCheck %s
	.syntax unified
	.arm
	.section .text.helper,"axG",%progbits,helper,comdat
	.globl helper
	.type helper, %function
helper:
	mov r0, #1
	bx lr

	.text
	.globl _start
	.type _start, %function
_start:
first_call:
	bl helper
	bl second
	bx lr
@ expect first_call branch: helper arm
