@ Used by section-order.test: two input sections named .text.x in one
@ object (unique,1 and unique,2) with .text.y between them.
	.syntax unified
	.arm
	.text
	.globl _start
_start:
	bl fx1
	bl fy
	bl fx2
	bx lr
	.section .text.x,"ax",%progbits,unique,1
	.globl fx1
fx1:	bx lr
	.section .text.y,"ax",%progbits
	.globl fy
fy:	mov r0, #1
	bx lr
	.section .text.x,"ax",%progbits,unique,2
	.globl fx2
fx2:	mov r0, #2
	mov r0, #3
	bx lr
