@ A second copy of group 'helper' whose own code is reached through a
@ local label and a global the first copy lacks (see ../comdat-discarded.test).
	.syntax unified
	.arm
	.section .text.helper,"axG",%progbits,helper,comdat
	.globl helper
	.type helper, %function
helper:
inner:
	mov r0, #2
	.globl only_here
	.type only_here, %function
only_here:
	bx lr
	.section .text.second,"ax",%progbits
	.globl second
	.type second, %function
second:
	bl inner
	bl only_here
	bx lr
