@ A BL with no mapping symbols once they are stripped.
	.text
	.globl	_start
_start:
	bl	f
	bx	lr
f:
	bx	lr
