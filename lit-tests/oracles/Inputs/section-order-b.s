@ The second object of section-order.s.
	.syntax unified
	.arm
	.section .text.zz,"ax",%progbits
	.globl gb
gb:	bx lr
	.section .text.aa,"ax",%progbits
	.globl ga
ga:	bx lr
