@ Used by section-order.test: two .text.x sections (unique,1 and 2) side
@ by side, then .text.y.
	.syntax unified
	.arm
	.text
	.globl _start
_start:	bl fx1
	bl fx2
	bl fy
	bx lr
	.section .text.x,"ax",%progbits,unique,1
fx1:	bx lr
	.section .text.x,"ax",%progbits,unique,2
fx2:	bx lr
	.section .text.y,"ax",%progbits
fy:	bx lr
