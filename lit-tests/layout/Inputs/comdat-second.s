@ Second copy of the COMDAT group 'helper' (see ../comdat.s): the linker
@ must discard it. Its bytes differ from the first copy's so that a test
@ can tell which copy was kept.
	.syntax unified
	.arm
	.section .text.helper,"axG",%progbits,helper,comdat
	.globl helper
	.type helper, %function
helper:
	mov r0, #2
	bx lr
	.section .text.second,"ax",%progbits
	.globl second
	.type second, %function
second:
second_call:
	bl helper
	bx lr
