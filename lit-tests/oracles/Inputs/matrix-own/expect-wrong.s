@ relocheck: --arch=armv7-m -Ttext=0x2000000 --section-start=.far=0x3000004 --no-veneers
	.syntax unified
	.thumb
	.text
	.globl _start
	.type _start, %function
_start:
over:	bl far
@ expect over branch: far thumb
mw:	movw r0, #:lower16:far
mt:	movt r0, #:upper16:far
@ expect mw pair mt: 0x3000004
ok1:	movw r1, #:lower16:far
@ expect ok1 bytes: 40 f2 05 01
	bx lr
	.section .far, "ax", %progbits
	.globl far
	.type far, %function
far:	bx lr
