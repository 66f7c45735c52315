@ relocheck: --arch=armv7-m -Ttext=0x2000000 --section-start=.far=0x3000004 --no-veneers
	.syntax unified
	.thumb
	.text
	.globl _start
	.type _start, %function
_start:
b2:	bl far
	bx lr
	.section .far, "ax", %progbits
	.globl far
	.type far, %function
far:	bx lr
