	.text
	.globl _start
_start: bx lr
	.bss
b:	.reloc b, R_ARM_ABS32, _start
	.space 4
