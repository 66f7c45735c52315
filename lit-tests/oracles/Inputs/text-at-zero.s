@ Used by address-zero.test: .text at address 0, next to its .rel.text.
@ relocheck: --arch=armv7-a -Ttext=0
	.syntax unified
	.arm
	.text
	.globl _start
_start:	bx lr
w:	.word two
	.section .text.two,"ax",%progbits
	.globl two
two:	bx lr
