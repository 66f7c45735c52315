	.syntax unified
	.arm
	.text
	.globl _start
_start:	bl fn
	bx lr
	.section .f,"ax",%progbits
	.type fn,%function
fn:	bx lr
