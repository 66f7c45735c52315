@ Second copy of group f; its .ARM.exidx.zz sits outside the group
@ but describes the discarded copy, so it goes too.
	.syntax unified
	.arm
	.text
	.globl k3
	.type k3,%function
k3:	bx lr
	.section .text.f,"axG",%progbits,f,comdat
	.globl f
	.type f,%function
f:	bx lr
	.section .ARM.exidx.zz,"ao",%0x70000001,f
	.word f(prel31)
	.word 0x80b0b0b0
