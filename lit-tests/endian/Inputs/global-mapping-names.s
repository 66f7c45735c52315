@ Used by field-order-by-kind.test: global symbols named like mapping
@ symbols ($d.q, $a.q) are no mapping symbols (AAELF32: mapping symbols
@ are local), so the BL stays an ARM instruction in the BE8 image.
@ relocheck: --arch=armv7-a -Ttext=0x10000 --big-endian
	.syntax unified
	.arm
	.text
	.globl _start
	.type _start,%function
_start:
	nop
call1:	bl target
	nop
	.set "$d.q", call1+2
	.globl "$d.q"
	.set "$a.q", call1+6
	.globl "$a.q"
	.balign 4
target:	bx lr
