@ Used by section-order.test: input sections whose names are not in
@ alphabetical order (.text.zz before .text.aa), and a second object
@ (section-order-b.s) with sections of the same names.
@ relocheck: --arch=armv7-a -Ttext=0x10000 section-order-b.s
	.syntax unified
	.arm
	.text
	.globl _start
_start:	bl fb
	bl fa
	bl gb
	bl ga
	bx lr
	.section .text.zz,"ax",%progbits
	.globl fb
fb:	bx lr
	.section .text.aa,"ax",%progbits
	.globl fa
fa:	bx lr
