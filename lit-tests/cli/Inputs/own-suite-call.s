@ A test of a suite outside the checkout (cli/own-suite-recipe.test).
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS
	.text
	.globl _start
_start:
c1:	bl f
@ expect c1 branch: f arm
f:	bx lr
