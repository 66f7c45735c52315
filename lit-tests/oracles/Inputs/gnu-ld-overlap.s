	.syntax unified
	.text
	.globl _start
_start:	b fnT
	.data
	.word 1
	.section .t,"ax",%progbits
	.thumb
	.type fnT,%function
fnT:	bx lr
