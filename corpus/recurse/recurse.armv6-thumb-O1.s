	.syntax	unified
	.eabi_attribute	67, "2.09"	@ Tag_conformance
	.cpu	arm1136jf-s
	.eabi_attribute	6, 6	@ Tag_CPU_arch
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
	.file	"recurse.c"
	.text
	.globl	fib                             @ -- Begin function fib
	.p2align	1
	.type	fib,%function
	.code	16
	.thumb_func
fib:                                    @ @fib
	.fnstart
@ %bb.0:
	.save	{r4, r5, r7, lr}
	push	{r4, r5, r7, lr}
	mov	r4, r0
	movs	r5, #0
	cmp	r4, #2
	blo	.LBB0_2
.LBB0_1:                                @ =>This Inner Loop Header: Depth=1
	subs	r0, r4, #1
	bl	fib
	adds	r5, r5, r0
	subs	r4, r4, #2
	cmp	r4, #2
	bhs	.LBB0_1
.LBB0_2:
	adds	r0, r4, r5
	pop	{r4, r5, r7, pc}
.Lfunc_end0:
	.size	fib, .Lfunc_end0-fib
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	ack                             @ -- Begin function ack
	.p2align	1
	.type	ack,%function
	.code	16
	.thumb_func
ack:                                    @ @ack
	.fnstart
@ %bb.0:
	.save	{r4, lr}
	push	{r4, lr}
	mov	r4, r0
	cmp	r4, #0
	bne	.LBB1_2
	b	.LBB1_4
.LBB1_1:                                @   in Loop: Header=BB1_2 Depth=1
	movs	r1, #1
	subs	r4, r4, #1
	cmp	r4, #0
	beq	.LBB1_4
.LBB1_2:                                @ =>This Inner Loop Header: Depth=1
	cmp	r1, #0
	beq	.LBB1_1
@ %bb.3:                                @   in Loop: Header=BB1_2 Depth=1
	subs	r1, r1, #1
	mov	r0, r4
	bl	ack
	mov	r1, r0
	subs	r4, r4, #1
	cmp	r4, #0
	bne	.LBB1_2
.LBB1_4:
	adds	r0, r1, #1
	pop	{r4, pc}
.Lfunc_end1:
	.size	ack, .Lfunc_end1-ack
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	is_even                         @ -- Begin function is_even
	.p2align	1
	.type	is_even,%function
	.code	16
	.thumb_func
is_even:                                @ @is_even
	.fnstart
@ %bb.0:
	.save	{r7, lr}
	push	{r7, lr}
	cmp	r0, #0
	beq	.LBB2_2
@ %bb.1:
	subs	r0, r0, #1
	bl	is_odd
	pop	{r7, pc}
.LBB2_2:
	movs	r0, #1
	pop	{r7, pc}
.Lfunc_end2:
	.size	is_even, .Lfunc_end2-is_even
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	is_odd                          @ -- Begin function is_odd
	.p2align	1
	.type	is_odd,%function
	.code	16
	.thumb_func
is_odd:                                 @ @is_odd
	.fnstart
@ %bb.0:
	.save	{r7, lr}
	push	{r7, lr}
	cmp	r0, #0
	beq	.LBB3_2
@ %bb.1:
	subs	r0, r0, #1
	bl	is_even
	pop	{r7, pc}
.LBB3_2:
	movs	r0, #0
	pop	{r7, pc}
.Lfunc_end3:
	.size	is_odd, .Lfunc_end3-is_odd
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	hanoi                           @ -- Begin function hanoi
	.p2align	2
	.type	hanoi,%function
	.code	16
	.thumb_func
hanoi:                                  @ @hanoi
	.fnstart
@ %bb.0:
	.save	{r4, r5, r6, r7, lr}
	push	{r4, r5, r6, r7, lr}
	.pad	#4
	sub	sp, #4
	mov	r5, r3
	str	r2, [sp]                        @ 4-byte Spill
	mov	r6, r0
	cmp	r6, #0
	beq	.LBB4_2
.LBB4_1:                                @ =>This Inner Loop Header: Depth=1
	mov	r7, r1
	subs	r6, r6, #1
	mov	r0, r6
	mov	r2, r5
	ldr	r4, [sp]                        @ 4-byte Reload
	mov	r3, r4
	bl	hanoi
	lsls	r0, r7, #4
	orrs	r0, r4
	ldr	r3, .LCPI4_0
	ldr	r1, [r3]
	movs	r2, #63
	ands	r2, r1
	ldr	r4, .LCPI4_1
	strb	r0, [r4, r2]
	adds	r0, r1, #1
	str	r0, [r3]
	mov	r1, r5
	mov	r5, r7
	cmp	r6, #0
	bne	.LBB4_1
.LBB4_2:
	add	sp, #4
	pop	{r4, r5, r6, r7, pc}
	.p2align	2
@ %bb.3:
.LCPI4_0:
	.long	hanoi_moves
.LCPI4_1:
	.long	hanoi_log
.Lfunc_end4:
	.size	hanoi, .Lfunc_end4-hanoi
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	list_sum                        @ -- Begin function list_sum
	.p2align	1
	.type	list_sum,%function
	.code	16
	.thumb_func
list_sum:                               @ @list_sum
	.fnstart
@ %bb.0:
	.save	{r4, lr}
	push	{r4, lr}
	cmp	r0, #0
	beq	.LBB5_2
@ %bb.1:
	ldr	r4, [r0]
	ldr	r0, [r0, #4]
	bl	list_sum
	movs	r1, #3
	muls	r1, r0, r1
	adds	r0, r1, r4
	pop	{r4, pc}
.LBB5_2:
	movs	r0, #0
	pop	{r4, pc}
.Lfunc_end5:
	.size	list_sum, .Lfunc_end5-list_sum
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	collatz_steps                   @ -- Begin function collatz_steps
	.p2align	1
	.type	collatz_steps,%function
	.code	16
	.thumb_func
collatz_steps:                          @ @collatz_steps
	.fnstart
@ %bb.0:
	mov	r1, r0
	movs	r0, #0
	b	.LBB6_2
.LBB6_1:                                @   in Loop: Header=BB6_2 Depth=1
	adds	r0, r0, #1
	mov	r1, r2
.LBB6_2:                                @ =>This Inner Loop Header: Depth=1
	lsrs	r2, r1, #1
	beq	.LBB6_5
@ %bb.3:                                @   in Loop: Header=BB6_2 Depth=1
	lsls	r3, r1, #31
	beq	.LBB6_1
@ %bb.4:                                @   in Loop: Header=BB6_2 Depth=1
	movs	r2, #3
	muls	r2, r1, r2
	adds	r2, r2, #1
	b	.LBB6_1
.LBB6_5:
	bx	lr
.Lfunc_end6:
	.size	collatz_steps, .Lfunc_end6-collatz_steps
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
	.save	{r4, r5, r6, r7, lr}
	push	{r4, r5, r6, r7, lr}
	.pad	#12
	sub	sp, #12
	movs	r0, #17
	bl	fib
	mov	r4, r0
	movs	r5, #2
	movs	r7, #3
	mov	r0, r5
	mov	r1, r7
	bl	ack
	str	r0, [sp, #8]                    @ 4-byte Spill
	movs	r6, #23
	mov	r0, r6
	bl	is_even
	str	r0, [sp, #4]                    @ 4-byte Spill
	mov	r0, r6
	bl	is_odd
	mov	r6, r0
	movs	r0, #6
	movs	r1, #1
	mov	r2, r7
	mov	r3, r5
	bl	hanoi
	movs	r0, #31
	muls	r4, r0, r4
	ldr	r1, [sp, #8]                    @ 4-byte Reload
	adds	r1, r4, r1
	muls	r1, r0, r1
	ldr	r2, [sp, #4]                    @ 4-byte Reload
	adds	r1, r1, r2
	lsls	r2, r6, #1
	adds	r1, r1, r2
	movs	r2, #0
	ldr	r3, .LCPI7_0
.LBB7_1:                                @ =>This Inner Loop Header: Depth=1
	ldrb	r4, [r3, r2]
	rors	r1, r0
	eors	r1, r4
	adds	r2, r2, #1
	cmp	r2, #64
	bne	.LBB7_1
@ %bb.2:
	ldr	r0, .LCPI7_1
	movs	r2, #33
	str	r2, [r0]
	ldr	r0, .LCPI7_2
	ldr	r0, [r0]
	adds	r0, r0, r1
	movs	r4, #7
	muls	r4, r0, r4
	ldr	r0, .LCPI7_3
	ldr	r0, [r0]
	bl	list_sum
	adds	r4, r0, r4
	movs	r0, #27
	bl	collatz_steps
	lsls	r0, r0, #8
	eors	r0, r4
	add	sp, #12
	pop	{r4, r5, r6, r7, pc}
	.p2align	2
@ %bb.3:
.LCPI7_0:
	.long	hanoi_log
.LCPI7_1:
	.long	c3
.LCPI7_2:
	.long	hanoi_moves
.LCPI7_3:
	.long	list_head
.Lfunc_end7:
	.size	compute, .Lfunc_end7-compute
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
	ldr	r1, .LCPI8_0
	cmp	r0, r1
	beq	.LBB8_2
@ %bb.1:
	movs	r1, #128
	orrs	r0, r1
	uxtb	r0, r0
	pop	{r7, pc}
.LBB8_2:
	movs	r0, #11
	pop	{r7, pc}
	.p2align	2
@ %bb.3:
.LCPI8_0:
	.long	421133977                       @ 0x1919fe99
.Lfunc_end8:
	.size	main, .Lfunc_end8-main
	.cantunwind
	.fnend
                                        @ -- End function
	.type	c4,%object                      @ @c4
	.data
	.globl	c4
	.p2align	2, 0x0
c4:
	.long	40                              @ 0x28
	.long	0
	.size	c4, 8

	.type	c3,%object                      @ @c3
	.globl	c3
	.p2align	2, 0x0
c3:
	.long	30                              @ 0x1e
	.long	c4
	.size	c3, 8

	.type	c2,%object                      @ @c2
	.globl	c2
	.p2align	2, 0x0
c2:
	.long	20                              @ 0x14
	.long	c3
	.size	c2, 8

	.type	c1,%object                      @ @c1
	.globl	c1
	.p2align	2, 0x0
c1:
	.long	10                              @ 0xa
	.long	c2
	.size	c1, 8

	.type	list_head,%object               @ @list_head
	.globl	list_head
	.p2align	2, 0x0
list_head:
	.long	c1
	.size	list_head, 4

	.type	hanoi_log,%object               @ @hanoi_log
	.bss
	.globl	hanoi_log
hanoi_log:
	.zero	64
	.size	hanoi_log, 64

	.type	hanoi_moves,%object             @ @hanoi_moves
	.globl	hanoi_moves
	.p2align	2, 0x0
hanoi_moves:
	.long	0                               @ 0x0
	.size	hanoi_moves, 4

	.ident	"Debian clang version 22.1.8 (1~deb12u1)"
	.section	".note.GNU-stack","",%progbits
	.eabi_attribute	30, 1	@ Tag_ABI_optimization_goals
