	.text
	.globl _start
_start:	bx lr
	.macro m
	m
	.endm
	m
