@ First object of exidx-comdat.s: defines COMDAT group f (kept).
	.syntax unified
	.arm
	.text
	.globl k
	.type k,%function
k:	.fnstart
	.save {r4-r8, lr}
	push {r4-r8, lr}
	pop {r4-r8, pc}
	.fnend
	.section .text.f,"axG",%progbits,f,comdat
	.globl f
	.type f,%function
f:	.fnstart
	.save {r4, r5, r6, lr}
	push {r4, r5, r6, lr}
	pop {r4, r5, r6, pc}
	.fnend
