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
	.code	16
	.thumb_func
char_class:                             @ @char_class
	.fnstart
@ %bb.0:
	sub.w	r2, r0, #9
	mov	r1, r0
	cmp	r2, #116
	bhi.w	.LBB0_6
@ %bb.1:
	movs	r0, #4
.LCPI0_0:
	tbh	[pc, r2, lsl #1]
@ %bb.2:
.LJTI0_0:
	.short	(.LBB0_9-(.LCPI0_0+4))/2
	.short	(.LBB0_9-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_9-(.LCPI0_0+4))/2
	.short	(.LBB0_3-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_5-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_4-(.LCPI0_0+4))/2
	.short	(.LBB0_4-(.LCPI0_0+4))/2
	.short	(.LBB0_3-(.LCPI0_0+4))/2
	.short	(.LBB0_3-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_3-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_4-(.LCPI0_0+4))/2
	.short	(.LBB0_3-(.LCPI0_0+4))/2
	.short	(.LBB0_3-(.LCPI0_0+4))/2
	.short	(.LBB0_3-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_4-(.LCPI0_0+4))/2
	.short	(.LBB0_6-(.LCPI0_0+4))/2
	.short	(.LBB0_4-(.LCPI0_0+4))/2
	.p2align	1
.LBB0_3:
	movs	r0, #3
	bx	lr
.LBB0_4:
	movs	r0, #6
	bx	lr
.LBB0_5:
	movs	r0, #5
	bx	lr
.LBB0_6:
	sub.w	r0, r1, #48
	cmp	r0, #10
	itt	lo
	movlo	r0, #2
	bxlo	lr
.LBB0_7:
	sub.w	r0, r1, #97
	cmp	r0, #26
	itt	lo
	movlo	r0, #1
	bxlo	lr
.LBB0_8:
	sub.w	r0, r1, #65
	movs	r2, #0
	cmp	r0, #26
	sub.w	r0, r1, #95
	clz	r0, r0
	it	lo
	movlo	r2, #1
	lsrs	r0, r0, #5
	orrs	r0, r2
.LBB0_9:
	bx	lr
.Lfunc_end0:
	.size	char_class, .Lfunc_end0-char_class
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	lex                             @ -- Begin function lex
	.p2align	2
	.type	lex,%function
	.code	16
	.thumb_func
lex:                                    @ @lex
	.fnstart
@ %bb.0:
	.save	{r4, r5, r6, r7, r8, lr}
	push.w	{r4, r5, r6, r7, r8, lr}
	ldrb	r1, [r0]
	movw	r8, :lower16:token_counts
	movt	r8, :upper16:token_counts
	cmp	r1, #0
	beq	.LBB1_14
@ %bb.1:
	adds	r7, r0, #1
	movs	r4, #0
	movs	r0, #0
	b	.LBB1_4
.LBB1_2:                                @   in Loop: Header=BB1_4 Depth=1
	ldr.w	r1, [r8, r6, lsl #2]
	adds	r1, #1
	str.w	r1, [r8, r6, lsl #2]
	rsb	r1, r4, r4, lsl #5
	adds	r4, r1, r6
.LBB1_3:                                @   in Loop: Header=BB1_4 Depth=1
	ldrb	r1, [r7], #1
	cbz	r1, .LBB1_15
.LBB1_4:                                @ =>This Inner Loop Header: Depth=1
	uxtb	r5, r1
	mov	r6, r0
	mov	r0, r5
	bl	char_class
.LCPI1_0:
	tbb	[pc, r6]
@ %bb.5:
.LJTI1_0:
	.byte	(.LBB1_6-(.LCPI1_0+4))/2
	.byte	(.LBB1_12-(.LCPI1_0+4))/2
	.byte	(.LBB1_7-(.LCPI1_0+4))/2
	.byte	(.LBB1_7-(.LCPI1_0+4))/2
	.byte	(.LBB1_9-(.LCPI1_0+4))/2
	.byte	(.LBB1_10-(.LCPI1_0+4))/2
	.byte	(.LBB1_7-(.LCPI1_0+4))/2
	.p2align	1
.LBB1_6:                                @   in Loop: Header=BB1_4 Depth=1
	b	.LBB1_3
.LBB1_7:                                @   in Loop: Header=BB1_4 Depth=1
	cmp	r0, r6
	bne	.LBB1_2
.LBB1_8:                                @   in Loop: Header=BB1_4 Depth=1
	mov	r0, r6
	b	.LBB1_3
.LBB1_9:                                @   in Loop: Header=BB1_4 Depth=1
	adds	r4, #1
	b	.LBB1_3
.LBB1_10:                               @   in Loop: Header=BB1_4 Depth=1
	cmp	r5, #10
	bne	.LBB1_13
@ %bb.11:                               @   in Loop: Header=BB1_4 Depth=1
	ldr.w	r0, [r8, #20]
	adds	r0, #1
	str.w	r0, [r8, #20]
	movs	r0, #4
	b	.LBB1_3
.LBB1_12:                               @   in Loop: Header=BB1_4 Depth=1
	cmp	r0, #2
	it	eq
	moveq	r0, #1
	cmp	r0, r6
	bne	.LBB1_2
	b	.LBB1_8
.LBB1_13:                               @   in Loop: Header=BB1_4 Depth=1
	movs	r0, #5
	b	.LBB1_3
.LBB1_14:
	movs	r0, #0
	movs	r4, #0
.LBB1_15:
	ldr.w	r1, [r8, r0, lsl #2]
	adds	r1, #1
	str.w	r1, [r8, r0, lsl #2]
	mov	r0, r4
	pop.w	{r4, r5, r6, r7, r8, pc}
.Lfunc_end1:
	.size	lex, .Lfunc_end1-lex
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	vend                            @ -- Begin function vend
	.p2align	2
	.type	vend,%function
	.code	16
	.thumb_func
vend:                                   @ @vend
	.fnstart
@ %bb.0:
	cmp	r0, #7
	itt	hi
	movhi	r0, #0
	bxhi	lr
.LBB2_1:
.LCPI2_0:
	tbb	[pc, r0]
@ %bb.2:
.LJTI2_0:
	.byte	(.LBB2_3-(.LCPI2_0+4))/2
	.byte	(.LBB2_8-(.LCPI2_0+4))/2
	.byte	(.LBB2_5-(.LCPI2_0+4))/2
	.byte	(.LBB2_6-(.LCPI2_0+4))/2
	.byte	(.LBB2_4-(.LCPI2_0+4))/2
	.byte	(.LBB2_9-(.LCPI2_0+4))/2
	.byte	(.LBB2_10-(.LCPI2_0+4))/2
	.byte	(.LBB2_7-(.LCPI2_0+4))/2
	.p2align	1
.LBB2_3:
	movs	r0, #0
	str	r0, [r2]
	subs	r0, r1, #1
	clz	r0, r0
	lsrs	r0, r0, #5
	bx	lr
.LBB2_4:
	ldr	r0, [r2]
	subs	r0, #3
	it	lo
	movlo	r0, #0
	str	r0, [r2]
	movs	r0, #5
	bx	lr
.LBB2_5:
	adds	r0, r1, #3
	cmp	r0, #7
	it	hs
	movhs	r0, #7
	bx	lr
.LBB2_6:
	ldr	r0, [r2]
	lsrs	r0, r0, #1
	str	r0, [r2]
	movs	r0, #0
	bx	lr
.LBB2_7:
	ldr	r0, [r2]
	add.w	r0, r1, r0, lsl #2
	str	r0, [r2]
	adds	r0, r1, #1
	and	r0, r0, #7
	bx	lr
.LBB2_8:
	ldr	r0, [r2]
	cmp	r1, #1
	add.w	r0, r0, #5
	str	r0, [r2]
	mov	r0, r1
	it	ne
	movne	r0, #3
	cmp	r1, #2
	it	eq
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
	add	r0, r1
	str	r0, [r2]
	movs	r0, #4
	bx	lr
.Lfunc_end2:
	.size	vend, .Lfunc_end2-vend
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	run_vend                        @ -- Begin function run_vend
	.p2align	1
	.type	run_vend,%function
	.code	16
	.thumb_func
run_vend:                               @ @run_vend
	.fnstart
@ %bb.0:
	.save	{r4, r5, r6, r7, r8, r9, r10, lr}
	push.w	{r4, r5, r6, r7, r8, r9, r10, lr}
	.pad	#8
	sub	sp, #8
	movw	r8, :lower16:steps
	movw	r10, :lower16:program
	movt	r8, :upper16:steps
	movw	r7, :lower16:trace
	ldr.w	r9, [r8]
	add	r5, sp, #4
	movs	r4, #0
	movt	r10, :upper16:program
	movt	r7, :upper16:trace
	movs	r6, #0
	movs	r0, #0
	str	r4, [sp, #4]
.LBB3_1:                                @ =>This Inner Loop Header: Depth=1
	ldrb.w	r1, [r10, r6]
	mov	r2, r5
	bl	vend
	and	r1, r6, #7
	adds	r6, #1
	cmp	r6, #24
	ldr.w	r2, [r7, r1, lsl #2]
	rsb	r2, r2, r2, lsl #3
	add	r2, r0
	str.w	r2, [r7, r1, lsl #2]
	ldr	r1, [sp, #4]
	eor.w	r1, r1, r4, ror #29
	eor.w	r4, r1, r0
	bne	.LBB3_1
@ %bb.2:
	add.w	r0, r9, #24
	str.w	r0, [r8]
	mov	r0, r4
	add	sp, #8
	pop.w	{r4, r5, r6, r7, r8, r9, r10, pc}
.Lfunc_end3:
	.size	run_vend, .Lfunc_end3-run_vend
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	compute                         @ -- Begin function compute
	.p2align	1
	.type	compute,%function
	.code	16
	.thumb_func
compute:                                @ @compute
	.fnstart
@ %bb.0:
	.save	{r4, r5, r6, r7, lr}
	push	{r4, r5, r6, r7, lr}
	.pad	#4
	sub	sp, #4
	movw	r0, :lower16:input_text
	movt	r0, :upper16:input_text
	bl	lex
	mov	r4, r0
	bl	run_vend
	add.w	r0, r0, r0, lsl #1
	eors	r0, r4
	add.w	r1, r0, r0, lsl #5
	movw	r0, :lower16:token_counts
	movt	r0, :upper16:token_counts
	ldm.w	r0, {r2, r3, lr}
	add	r2, r1
	movw	r1, :lower16:trace
	movt	r1, :upper16:trace
	ldr.w	r12, [r0, #12]
	ldm.w	r1, {r4, r5, r6, r7}
	add	r2, r4
	add.w	r2, r2, r2, lsl #5
	add	r2, r3
	ldr	r3, [r0, #16]
	add	r2, r5
	add.w	r2, r2, r2, lsl #5
	add	r2, lr
	add	r2, r6
	add.w	r2, r2, r2, lsl #5
	add	r2, r12
	add	r2, r7
	add.w	r2, r2, r2, lsl #5
	add	r2, r3
	ldr	r3, [r1, #16]
	add	r2, r3
	ldr	r3, [r0, #20]
	add.w	r2, r2, r2, lsl #5
	add	r2, r3
	ldr	r3, [r1, #20]
	add	r2, r3
	ldr	r3, [r0, #24]
	ldr	r0, [r0, #28]
	add.w	r2, r2, r2, lsl #5
	add	r2, r3
	ldr	r3, [r1, #24]
	ldr	r1, [r1, #28]
	add	r2, r3
	add.w	r2, r2, r2, lsl #5
	add	r0, r2
	add	r0, r1
	movw	r1, :lower16:steps
	movt	r1, :upper16:steps
	ldr	r1, [r1]
	add	r0, r1
	add	sp, #4
	pop	{r4, r5, r6, r7, pc}
.Lfunc_end4:
	.size	compute, .Lfunc_end4-compute
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	main                            @ -- Begin function main
	.p2align	1
	.type	main,%function
	.code	16
	.thumb_func
main:                                   @ @main
	.fnstart
@ %bb.0:
	.save	{r7, lr}
	push	{r7, lr}
	bl	compute
	movw	r2, #53047
	movs	r1, #1
	movt	r2, #55209
	cmp	r0, r2
	bfi	r0, r1, #7, #25
	it	eq
	moveq	r0, #57
	pop	{r7, pc}
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
