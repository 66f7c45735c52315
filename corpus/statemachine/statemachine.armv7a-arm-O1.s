	.syntax	unified
	.eabi_attribute	67, "2.09"	@ Tag_conformance
	.eabi_attribute	6, 10	@ Tag_CPU_arch
	.eabi_attribute	7, 65	@ Tag_CPU_arch_profile
	.eabi_attribute	8, 1	@ Tag_ARM_ISA_use
	.eabi_attribute	9, 2	@ Tag_THUMB_ISA_use
	.eabi_attribute	34, 1	@ Tag_CPU_unaligned_access
	.eabi_attribute	17, 1	@ Tag_ABI_PCS_GOT_use
	.eabi_attribute	20, 1	@ Tag_ABI_FP_denormal
	.eabi_attribute	21, 0	@ Tag_ABI_FP_exceptions
	.eabi_attribute	23, 3	@ Tag_ABI_FP_number_model
	.eabi_attribute	24, 1	@ Tag_ABI_align_needed
	.eabi_attribute	25, 1	@ Tag_ABI_align_preserved
	.eabi_attribute	38, 1	@ Tag_ABI_FP_16bit_format
	.eabi_attribute	18, 4	@ Tag_ABI_PCS_wchar_t
	.eabi_attribute	26, 2	@ Tag_ABI_enum_size
	.eabi_attribute	14, 0	@ Tag_ABI_PCS_R9_use
	.file	"statemachine.c"
	.text
	.globl	char_class                      @ -- Begin function char_class
	.p2align	2
	.type	char_class,%function
	.code	32
char_class:                             @ @char_class
	.fnstart
@ %bb.0:
	sub	r2, r0, #9
	cmp	r2, #116
	bhi	.LBB0_6
@ %bb.1:
	mov	r1, #4
	adr	r3, .LJTI0_0
	ldr	pc, [r3, r2, lsl #2]
@ %bb.2:
	.p2align	2
.LJTI0_0:
	.long	.LBB0_9
	.long	.LBB0_9
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_9
	.long	.LBB0_3
	.long	.LBB0_6
	.long	.LBB0_5
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_4
	.long	.LBB0_4
	.long	.LBB0_3
	.long	.LBB0_3
	.long	.LBB0_6
	.long	.LBB0_3
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_4
	.long	.LBB0_3
	.long	.LBB0_3
	.long	.LBB0_3
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_6
	.long	.LBB0_4
	.long	.LBB0_6
	.long	.LBB0_4
.LBB0_3:
	mov	r0, #3
	bx	lr
.LBB0_4:
	mov	r0, #6
	bx	lr
.LBB0_5:
	mov	r0, #5
	bx	lr
.LBB0_6:
	sub	r2, r0, #48
	mov	r1, #2
	cmp	r2, #10
	blo	.LBB0_9
@ %bb.7:
	sub	r2, r0, #97
	mov	r1, #1
	cmp	r2, #26
	blo	.LBB0_9
@ %bb.8:
	sub	r1, r0, #65
	mov	r2, #0
	cmp	r1, #26
	movwlo	r2, #1
	sub	r0, r0, #95
	clz	r0, r0
	lsr	r0, r0, #5
	orr	r1, r0, r2
.LBB0_9:
	mov	r0, r1
	bx	lr
.Lfunc_end0:
	.size	char_class, .Lfunc_end0-char_class
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	lex                             @ -- Begin function lex
	.p2align	2
	.type	lex,%function
	.code	32
lex:                                    @ @lex
	.fnstart
@ %bb.0:
	.save	{r4, r5, r6, r7, r8, lr}
	push	{r4, r5, r6, r7, r8, lr}
	ldrb	r1, [r0]
	cmp	r1, #0
	movw	r8, :lower16:token_counts
	movt	r8, :upper16:token_counts
	beq	.LBB1_10
@ %bb.1:
	add	r7, r0, #1
	mov	r4, #0
	mov	r0, #0
	b	.LBB1_4
.LBB1_2:                                @   in Loop: Header=BB1_4 Depth=1
	add	r4, r4, #1
.LBB1_3:                                @   in Loop: Header=BB1_4 Depth=1
	ldrb	r1, [r7], #1
	cmp	r1, #0
	beq	.LBB1_11
.LBB1_4:                                @ =>This Inner Loop Header: Depth=1
	mov	r6, r0
	uxtb	r5, r1
	mov	r0, r5
	bl	char_class
	adr	r1, .LJTI1_0
	ldr	pc, [r1, r6, lsl #2]
@ %bb.5:
	.p2align	2
.LJTI1_0:
	.long	.LBB1_3
	.long	.LBB1_9
	.long	.LBB1_6
	.long	.LBB1_6
	.long	.LBB1_2
	.long	.LBB1_8
	.long	.LBB1_6
.LBB1_6:                                @   in Loop: Header=BB1_4 Depth=1
	cmp	r0, r6
	beq	.LBB1_3
.LBB1_7:                                @   in Loop: Header=BB1_4 Depth=1
	ldr	r1, [r8, r6, lsl #2]
	add	r1, r1, #1
	str	r1, [r8, r6, lsl #2]
	rsb	r1, r4, r4, lsl #5
	add	r4, r1, r6
	b	.LBB1_3
.LBB1_8:                                @   in Loop: Header=BB1_4 Depth=1
	mov	r0, #5
	cmp	r5, #10
	ldreq	r0, [r8, #20]
	addeq	r0, r0, #1
	streq	r0, [r8, #20]
	moveq	r0, #4
	b	.LBB1_3
.LBB1_9:                                @   in Loop: Header=BB1_4 Depth=1
	cmp	r0, #2
	movweq	r0, #1
	cmp	r0, r6
	beq	.LBB1_3
	b	.LBB1_7
.LBB1_10:
	mov	r0, #0
	mov	r4, #0
.LBB1_11:
	ldr	r1, [r8, r0, lsl #2]
	add	r1, r1, #1
	str	r1, [r8, r0, lsl #2]
	mov	r0, r4
	pop	{r4, r5, r6, r7, r8, pc}
.Lfunc_end1:
	.size	lex, .Lfunc_end1-lex
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	vend                            @ -- Begin function vend
	.p2align	2
	.type	vend,%function
	.code	32
vend:                                   @ @vend
	.fnstart
@ %bb.0:
	mov	r12, r0
	mov	r0, #0
	cmp	r12, #7
	bxhi	lr
.LBB2_1:
	adr	r3, .LJTI2_0
	ldr	pc, [r3, r12, lsl #2]
@ %bb.2:
	.p2align	2
.LJTI2_0:
	.long	.LBB2_3
	.long	.LBB2_8
	.long	.LBB2_5
	.long	.LBB2_6
	.long	.LBB2_4
	.long	.LBB2_9
	.long	.LBB2_10
	.long	.LBB2_7
.LBB2_3:
	str	r0, [r2]
	sub	r0, r1, #1
	clz	r0, r0
	lsr	r0, r0, #5
	bx	lr
.LBB2_4:
	ldr	r0, [r2]
	subs	r0, r0, #3
	movlo	r0, #0
	str	r0, [r2]
	mov	r0, #5
	bx	lr
.LBB2_5:
	add	r0, r1, #3
	cmp	r0, #7
	movhs	r0, #7
	bx	lr
.LBB2_6:
	ldr	r1, [r2]
	lsr	r1, r1, #1
	str	r1, [r2]
	bx	lr
.LBB2_7:
	ldr	r0, [r2]
	add	r0, r1, r0, lsl #2
	str	r0, [r2]
	add	r0, r1, #1
	and	r0, r0, #7
	bx	lr
.LBB2_8:
	ldr	r0, [r2]
	add	r0, r0, #5
	str	r0, [r2]
	cmp	r1, #1
	mov	r0, r1
	movwne	r0, #3
	cmp	r1, #2
	moveq	r0, r1
	bx	lr
.LBB2_9:
	ldr	r0, [r2]
	eor	r0, r0, #85
	str	r0, [r2]
	and	r0, r1, #7
	bx	lr
.LBB2_10:
	ldr	r0, [r2]
	add	r0, r0, r1
	str	r0, [r2]
	mov	r0, #4
	bx	lr
.Lfunc_end2:
	.size	vend, .Lfunc_end2-vend
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	run_vend                        @ -- Begin function run_vend
	.p2align	2
	.type	run_vend,%function
	.code	32
run_vend:                               @ @run_vend
	.fnstart
@ %bb.0:
	.save	{r4, r5, r6, r7, r8, r9, r10, lr}
	push	{r4, r5, r6, r7, r8, r9, r10, lr}
	.pad	#8
	sub	sp, sp, #8
	mov	r4, #0
	str	r4, [sp, #4]
	movw	r8, :lower16:steps
	movt	r8, :upper16:steps
	ldr	r9, [r8]
	movw	r10, :lower16:program
	movt	r10, :upper16:program
	add	r5, sp, #4
	movw	r7, :lower16:trace
	movt	r7, :upper16:trace
	mov	r6, #0
	mov	r0, #0
.LBB3_1:                                @ =>This Inner Loop Header: Depth=1
	ldrb	r1, [r10, r6]
	mov	r2, r5
	bl	vend
	and	r1, r6, #7
	ldr	r2, [r7, r1, lsl #2]
	rsb	r2, r2, r2, lsl #3
	add	r2, r2, r0
	str	r2, [r7, r1, lsl #2]
	ldr	r1, [sp, #4]
	eor	r1, r1, r4, ror #29
	eor	r4, r1, r0
	add	r6, r6, #1
	cmp	r6, #24
	bne	.LBB3_1
@ %bb.2:
	add	r0, r9, #24
	str	r0, [r8]
	mov	r0, r4
	add	sp, sp, #8
	pop	{r4, r5, r6, r7, r8, r9, r10, pc}
.Lfunc_end3:
	.size	run_vend, .Lfunc_end3-run_vend
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	compute                         @ -- Begin function compute
	.p2align	2
	.type	compute,%function
	.code	32
compute:                                @ @compute
	.fnstart
@ %bb.0:
	.save	{r4, lr}
	push	{r4, lr}
	movw	r0, :lower16:input_text
	movt	r0, :upper16:input_text
	bl	lex
	mov	r4, r0
	bl	run_vend
	add	r0, r0, r0, lsl #1
	eor	r0, r0, r4
	mov	r1, #0
	movw	r12, :lower16:trace
	movt	r12, :upper16:trace
	movw	r3, :lower16:token_counts
	movt	r3, :upper16:token_counts
.LBB4_1:                                @ =>This Inner Loop Header: Depth=1
	ldr	r4, [r12, r1, lsl #2]
	ldr	r2, [r3, r1, lsl #2]
	add	r0, r0, r0, lsl #5
	add	r0, r2, r0
	add	r0, r0, r4
	add	r1, r1, #1
	cmp	r1, #8
	bne	.LBB4_1
@ %bb.2:
	movw	r1, :lower16:steps
	movt	r1, :upper16:steps
	ldr	r1, [r1]
	add	r0, r1, r0
	pop	{r4, pc}
.Lfunc_end4:
	.size	compute, .Lfunc_end4-compute
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	main                            @ -- Begin function main
	.p2align	2
	.type	main,%function
	.code	32
main:                                   @ @main
	.fnstart
@ %bb.0:
	.save	{r11, lr}
	push	{r11, lr}
	bl	compute
	mov	r1, #1
	movw	r2, #53047
	movt	r2, #55209
	cmp	r0, r2
	bfi	r0, r1, #7, #25
	movweq	r0, #57
	pop	{r11, pc}
.Lfunc_end5:
	.size	main, .Lfunc_end5-main
	.cantunwind
	.fnend
                                        @ -- End function
	.type	input_text,%object              @ @input_text
	.section	.rodata,"a",%progbits
	.globl	input_text
input_text:
	.asciz	"let x1 = 42 + y7; if (x1 > 9) { z = x1 - 3; } # comment\nwhile n0 != 0 { n0 = n0 - 1; acc = acc + n0 * 2; }\n"
	.size	input_text, 108

	.type	program,%object                 @ @program
	.globl	program
program:
	.ascii	"\000\001\001\002\003\001\004\002\005\006\001\007\003\000\002\002\001\005\004\006\007\007\000\003"
	.size	program, 24

	.type	trace,%object                   @ @trace
	.data
	.globl	trace
	.p2align	2, 0x0
trace:
	.long	1                               @ 0x1
	.long	2                               @ 0x2
	.long	3                               @ 0x3
	.long	4                               @ 0x4
	.long	5                               @ 0x5
	.long	6                               @ 0x6
	.long	7                               @ 0x7
	.long	8                               @ 0x8
	.size	trace, 32

	.type	token_counts,%object            @ @token_counts
	.bss
	.globl	token_counts
	.p2align	2, 0x0
token_counts:
	.zero	32
	.size	token_counts, 32

	.type	steps,%object                   @ @steps
	.globl	steps
	.p2align	2, 0x0
steps:
	.long	0                               @ 0x0
	.size	steps, 4

	.ident	"Debian clang version 22.1.8 (1~deb12u1)"
	.section	".note.GNU-stack","",%progbits
	.eabi_attribute	30, 1	@ Tag_ABI_optimization_goals
