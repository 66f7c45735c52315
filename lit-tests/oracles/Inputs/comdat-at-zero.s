@ Used by address-zero.test: a kept COMDAT copy, a discarded one the same
@ size in comdat-at-zero-b.s, and a section placed at address 0.
@ relocheck: --arch=armv7-a -Ttext=0x10000 --section-start=.foo=0 comdat-at-zero-b.s
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
