	.syntax	unified
	.eabi_attribute	67, "2.09"	@ Tag_conformance
	.cpu	arm1022e
	.eabi_attribute	6, 4	@ Tag_CPU_arch
	.eabi_attribute	8, 1	@ Tag_ARM_ISA_use
	.eabi_attribute	9, 1	@ Tag_THUMB_ISA_use
	.eabi_attribute	34, 0	@ Tag_CPU_unaligned_access
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
	movs	r2, r0
	subs	r2, #9
	cmp	r2, #116
	bls	.LBB0_1
	b	.LBB0_6
.LBB0_1:
	movs	r1, #4
	lsls	r2, r2, #1
	.p2align	2
	add	r2, pc
	ldrh	r2, [r2, #4]
	lsls	r2, r2, #1
.LCPI0_0:
	add	pc, r2
@ %bb.2:
	.p2align	2
.LJTI0_0:
	.short	(.LBB0_14-(.LCPI0_0+4))/2
	.short	(.LBB0_14-(.LCPI0_0+4))/2
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
	.short	(.LBB0_14-(.LCPI0_0+4))/2
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
	movs	r1, r0
	subs	r1, #48
	cmp	r1, #10
	bhs	.LBB0_8
@ %bb.7:
	movs	r0, #2
	bx	lr
.LBB0_8:
	movs	r1, r0
	subs	r1, #97
	cmp	r1, #26
	bhs	.LBB0_10
@ %bb.9:
	movs	r0, #1
	bx	lr
.LBB0_10:
	movs	r1, r0
	subs	r1, #65
	cmp	r1, #26
	blo	.LBB0_12
@ %bb.11:
	movs	r2, #0
	b	.LBB0_13
.LBB0_12:
	movs	r2, #1
.LBB0_13:
	subs	r0, #95
	rsbs	r1, r0, #0
	adcs	r1, r0
	orrs	r1, r2
.LBB0_14:
	movs	r0, r1
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
	.save	{r4, r5, r6, r7, lr}
	push	{r4, r5, r6, r7, lr}
	.pad	#4
	sub	sp, #4
	ldrb	r5, [r0]
	cmp	r5, #0
	beq	.LBB1_16
@ %bb.1:
	adds	r1, r0, #1
	movs	r0, #0
	movs	r6, #255
	str	r0, [sp]                        @ 4-byte Spill
	b	.LBB1_4
.LBB1_2:                                @   in Loop: Header=BB1_4 Depth=1
	movs	r0, r4
.LBB1_3:                                @   in Loop: Header=BB1_4 Depth=1
	adds	r1, r7, #1
	ldrb	r5, [r7]
	cmp	r5, #0
	beq	.LBB1_17
.LBB1_4:                                @ =>This Inner Loop Header: Depth=1
	movs	r4, r0
	movs	r7, r1
	ands	r5, r6
	movs	r0, r5
	bl	char_class
	lsls	r1, r4, #2
	adr	r2, .LJTI1_0
	ldr	r2, [r2, r1]
	mov	pc, r2
@ %bb.5:
	.p2align	2
.LJTI1_0:
	.long	.LBB1_6+1
	.long	.LBB1_13+1
	.long	.LBB1_7+1
	.long	.LBB1_7+1
	.long	.LBB1_9+1
	.long	.LBB1_11+1
	.long	.LBB1_7+1
.LBB1_6:                                @   in Loop: Header=BB1_4 Depth=1
	b	.LBB1_3
.LBB1_7:                                @   in Loop: Header=BB1_4 Depth=1
	cmp	r0, r4
	beq	.LBB1_2
@ %bb.8:                                @   in Loop: Header=BB1_4 Depth=1
	ldr	r3, .LCPI1_0
	ldr	r2, [r3, r1]
	adds	r2, r2, #1
	str	r2, [r3, r1]
	movs	r1, #31
	ldr	r2, [sp]                        @ 4-byte Reload
	muls	r1, r2, r1
	adds	r1, r1, r4
	b	.LBB1_10
.LBB1_9:                                @   in Loop: Header=BB1_4 Depth=1
	ldr	r1, [sp]                        @ 4-byte Reload
	adds	r1, r1, #1
.LBB1_10:                               @   in Loop: Header=BB1_4 Depth=1
	str	r1, [sp]                        @ 4-byte Spill
	b	.LBB1_3
.LBB1_11:                               @   in Loop: Header=BB1_4 Depth=1
	cmp	r5, #10
	bne	.LBB1_15
@ %bb.12:                               @   in Loop: Header=BB1_4 Depth=1
	ldr	r1, .LCPI1_0
	ldr	r0, [r1, #20]
	adds	r0, r0, #1
	str	r0, [r1, #20]
	movs	r0, #4
	b	.LBB1_3
.LBB1_13:                               @   in Loop: Header=BB1_4 Depth=1
	cmp	r0, #2
	bne	.LBB1_7
@ %bb.14:                               @   in Loop: Header=BB1_4 Depth=1
	movs	r0, #1
	b	.LBB1_7
.LBB1_15:                               @   in Loop: Header=BB1_4 Depth=1
	movs	r0, #5
	b	.LBB1_3
.LBB1_16:
	movs	r0, #0
	str	r0, [sp]                        @ 4-byte Spill
.LBB1_17:
	lsls	r0, r0, #2
	ldr	r1, .LCPI1_0
	ldr	r2, [r1, r0]
	adds	r2, r2, #1
	str	r2, [r1, r0]
	ldr	r0, [sp]                        @ 4-byte Reload
	add	sp, #4
	pop	{r4, r5, r6, r7, pc}
	.p2align	2
@ %bb.18:
.LCPI1_0:
	.long	token_counts
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
	.save	{r4, lr}
	push	{r4, lr}
	movs	r3, r0
	movs	r0, #0
	cmp	r3, #7
	bhi	.LBB2_13
@ %bb.1:
	.p2align	2
	add	r3, pc
	ldrb	r3, [r3, #4]
	lsls	r3, r3, #1
.LCPI2_0:
	add	pc, r3
@ %bb.2:
	.p2align	2
.LJTI2_0:
	.byte	(.LBB2_3-(.LCPI2_0+4))/2
	.byte	(.LBB2_11-(.LCPI2_0+4))/2
	.byte	(.LBB2_7-(.LCPI2_0+4))/2
	.byte	(.LBB2_9-(.LCPI2_0+4))/2
	.byte	(.LBB2_4-(.LCPI2_0+4))/2
	.byte	(.LBB2_14-(.LCPI2_0+4))/2
	.byte	(.LBB2_15-(.LCPI2_0+4))/2
	.byte	(.LBB2_10-(.LCPI2_0+4))/2
	.p2align	1
.LBB2_3:
	movs	r0, #0
	str	r0, [r2]
	subs	r1, r1, #1
	rsbs	r0, r1, #0
	adcs	r0, r1
	pop	{r4, pc}
.LBB2_4:
	ldr	r0, [r2]
	subs	r0, r0, #3
	bhs	.LBB2_6
@ %bb.5:
	movs	r0, #0
.LBB2_6:
	str	r0, [r2]
	movs	r0, #5
	pop	{r4, pc}
.LBB2_7:
	adds	r0, r1, #3
	cmp	r0, #7
	blo	.LBB2_13
@ %bb.8:
	movs	r0, #7
	pop	{r4, pc}
.LBB2_9:
	ldr	r1, [r2]
	lsrs	r1, r1, #1
	str	r1, [r2]
	pop	{r4, pc}
.LBB2_10:
	ldr	r0, [r2]
	lsls	r0, r0, #2
	adds	r0, r0, r1
	str	r0, [r2]
	adds	r1, r1, #1
	movs	r0, #7
	ands	r0, r1
	pop	{r4, pc}
.LBB2_11:
	ldr	r0, [r2]
	adds	r0, r0, #5
	str	r0, [r2]
	cmp	r1, #1
	bne	.LBB2_16
@ %bb.12:
	movs	r0, r1
	cmp	r1, #2
	beq	.LBB2_17
.LBB2_13:
	pop	{r4, pc}
.LBB2_14:
	ldr	r0, [r2]
	movs	r3, #85
	eors	r3, r0
	str	r3, [r2]
	movs	r0, #7
	ands	r1, r0
	movs	r0, r1
	pop	{r4, pc}
.LBB2_15:
	ldr	r0, [r2]
	adds	r0, r0, r1
	str	r0, [r2]
	movs	r0, #4
	pop	{r4, pc}
.LBB2_16:
	movs	r0, #3
	cmp	r1, #2
	bne	.LBB2_13
.LBB2_17:
	movs	r0, r1
	pop	{r4, pc}
.Lfunc_end2:
	.size	vend, .Lfunc_end2-vend
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	run_vend                        @ -- Begin function run_vend
	.p2align	2
	.type	run_vend,%function
	.code	16
	.thumb_func
run_vend:                               @ @run_vend
	.fnstart
@ %bb.0:
	.save	{r4, r5, r6, r7, lr}
	push	{r4, r5, r6, r7, lr}
	.pad	#12
	sub	sp, #12
	movs	r6, #0
	str	r6, [sp, #8]
	ldr	r0, .LCPI3_0
	ldr	r0, [r0]
	str	r0, [sp, #4]                    @ 4-byte Spill
	movs	r4, #7
	movs	r5, #29
	movs	r7, r6
	movs	r0, r6
.LBB3_1:                                @ =>This Inner Loop Header: Depth=1
	ldr	r1, .LCPI3_1
	ldrb	r1, [r1, r7]
	add	r2, sp, #8
	bl	vend
	lsls	r1, r7, #29
	lsrs	r1, r1, #27
	ldr	r3, .LCPI3_2
	ldr	r2, [r3, r1]
	muls	r2, r4, r2
	adds	r2, r2, r0
	str	r2, [r3, r1]
	rors	r6, r5
	ldr	r1, [sp, #8]
	eors	r1, r6
	eors	r1, r0
	adds	r7, r7, #1
	cmp	r7, #24
	mov	r12, r1
	mov	r6, r12
	bne	.LBB3_1
@ %bb.2:
	ldr	r2, [sp, #4]                    @ 4-byte Reload
	adds	r2, #24
	ldr	r0, .LCPI3_0
	str	r2, [r0]
	movs	r0, r1
	add	sp, #12
	pop	{r4, r5, r6, r7, pc}
	.p2align	2
@ %bb.3:
.LCPI3_0:
	.long	steps
.LCPI3_1:
	.long	program
.LCPI3_2:
	.long	trace
.Lfunc_end3:
	.size	run_vend, .Lfunc_end3-run_vend
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	compute                         @ -- Begin function compute
	.p2align	2
	.type	compute,%function
	.code	16
	.thumb_func
compute:                                @ @compute
	.fnstart
@ %bb.0:
	.save	{r4, lr}
	push	{r4, lr}
	ldr	r0, .LCPI4_0
	bl	lex
	movs	r4, r0
	bl	run_vend
	movs	r2, #3
	muls	r2, r0, r2
	eors	r2, r4
	movs	r0, #33
	muls	r2, r0, r2
	ldr	r1, .LCPI4_1
	ldr	r3, [r1]
	adds	r3, r3, r2
	ldr	r2, .LCPI4_2
	ldr	r4, [r2]
	adds	r3, r3, r4
	muls	r3, r0, r3
	ldr	r4, [r1, #4]
	adds	r3, r4, r3
	ldr	r4, [r2, #4]
	adds	r3, r3, r4
	muls	r3, r0, r3
	ldr	r4, [r1, #8]
	adds	r3, r4, r3
	ldr	r4, [r2, #8]
	adds	r3, r3, r4
	muls	r3, r0, r3
	ldr	r4, [r1, #12]
	adds	r3, r4, r3
	ldr	r4, [r2, #12]
	adds	r3, r3, r4
	muls	r3, r0, r3
	ldr	r4, [r1, #16]
	adds	r3, r4, r3
	ldr	r4, [r2, #16]
	adds	r3, r3, r4
	muls	r3, r0, r3
	ldr	r4, [r1, #20]
	adds	r3, r4, r3
	ldr	r4, [r2, #20]
	adds	r3, r3, r4
	muls	r3, r0, r3
	ldr	r4, [r1, #24]
	adds	r3, r4, r3
	ldr	r4, [r2, #24]
	adds	r3, r3, r4
	muls	r3, r0, r3
	ldr	r0, [r1, #28]
	adds	r0, r0, r3
	ldr	r1, [r2, #28]
	adds	r0, r0, r1
	ldr	r1, .LCPI4_3
	ldr	r1, [r1]
	adds	r0, r1, r0
	pop	{r4, pc}
	.p2align	2
@ %bb.1:
.LCPI4_0:
	.long	input_text
.LCPI4_1:
	.long	token_counts
.LCPI4_2:
	.long	trace
.LCPI4_3:
	.long	steps
.Lfunc_end4:
	.size	compute, .Lfunc_end4-compute
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	main                            @ -- Begin function main
	.p2align	2
	.type	main,%function
	.code	16
	.thumb_func
main:                                   @ @main
	.fnstart
@ %bb.0:
	.save	{r7, lr}
	push	{r7, lr}
	bl	compute
	ldr	r1, .LCPI5_0
	cmp	r0, r1
	beq	.LBB5_2
@ %bb.1:
	movs	r1, #128
	orrs	r0, r1
	movs	r1, #255
	ands	r1, r0
	movs	r0, r1
	pop	{r7, pc}
.LBB5_2:
	movs	r0, #57
	pop	{r7, pc}
	.p2align	2
@ %bb.3:
.LCPI5_0:
	.long	3618230071                      @ 0xd7a9cf37
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
