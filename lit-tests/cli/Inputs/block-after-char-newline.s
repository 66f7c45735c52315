@ How LLVM MC lexes: see lit-tests/cli/bad-spec.test.
@ relocheck: -Ttext=0x20000
	.syntax unified
	.arm
	.text
	.globl _start
	.type _start, %function
_start:
w1:	.word _start
@ expect w1 value: _start
	.byte 1, 2, 3, '
'/* commented out
@ expect w1 value: _start + 4
	*/
