@ Used by diff-moved-target.test: mold puts a thunk for the call to 'far'
@ after the first input of .text, so 'far' sits elsewhere in its image.
	.syntax unified
	.arm
	.text
	.globl _start
	.type _start,%function
_start:	.fnstart
	bl far
	bx lr
	.fnend
	.section .text.pad,"ax",%progbits
	.globl mid
mid:	.fnstart
	bl far
	bx lr
	.fnend
	.space 0x1800000
	.section .text.pad2,"ax",%progbits
	.space 0x1000000
	.globl far
	.type far,%function
far:	.fnstart
	.save {r4, lr}
	push {r4, lr}
	bl _start
	pop {r4, pc}
	.fnend
	.globl __aeabi_unwind_cpp_pr0
__aeabi_unwind_cpp_pr0:
	bx lr
