@ The second object of comdat-at-zero.s.
	.syntax unified
	.arm
	.section .text.helper,"axG",%progbits,helper,comdat
	.globl helper
	.type helper, %function
helper:
	bl far
	bx lr
	.section .foo,"ax",%progbits
	.globl second
	.type second, %function
second:
sc:	bl helper
	bx lr
	.section .text.zfar,"ax",%progbits
	.globl far
far: bx lr
