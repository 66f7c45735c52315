	.syntax unified
	.text
	.globl _start
_start:	bl f
	bx lr
	.section .text.f,"axG",%progbits,grp,comdat
	.globl f
	.type f,%function
f:	bx lr
