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
	cmp	r0, #2
	blo	.LBB0_2
.LBB0_1:                                @ =>This Inner Loop Header: Depth=1
	subs	r0, r4, #1
	bl	fib
	subs	r4, #2
	add	r5, r0
	cmp	r4, #1
	bhi	.LBB0_1
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
	cbz	r0, .LBB1_6
@ %bb.1:
	.save	{r4, lr}
	push	{r4, lr}
	mov	r4, r0
	b	.LBB1_3
.LBB1_2:                                @   in Loop: Header=BB1_3 Depth=1
	movs	r1, #1
	subs	r4, #1
	beq	.LBB1_5
.LBB1_3:                                @ =>This Inner Loop Header: Depth=1
	cmp	r1, #0
	beq	.LBB1_2
@ %bb.4:                                @   in Loop: Header=BB1_3 Depth=1
	subs	r1, #1
	mov	r0, r4
	bl	ack
	mov	r1, r0
	subs	r4, #1
	bne	.LBB1_3
.LBB1_5:
	pop.w	{r4, lr}
.LBB1_6:
	adds	r0, r1, #1
	bx	lr
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
	cmp	r0, #0
	itt	ne
	subne	r0, #1
	bne	is_odd
.LBB2_1:
	movs	r0, #1
	bx	lr
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
	cmp	r0, #0
	itt	ne
	subne	r0, #1
	bne	is_even
.LBB3_1:
	movs	r0, #0
	bx	lr
.Lfunc_end3:
	.size	is_odd, .Lfunc_end3-is_odd
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	hanoi                           @ -- Begin function hanoi
	.p2align	1
	.type	hanoi,%function
	.code	16
	.thumb_func
hanoi:                                  @ @hanoi
	.fnstart
@ %bb.0:
	cmp	r0, #0
	it	eq
	bxeq	lr
.LBB4_1:
	.save	{r4, r5, r6, r7, r8, r9, lr}
	push.w	{r4, r5, r6, r7, r8, r9, lr}
	.pad	#4
	sub	sp, #4
	movw	r8, :lower16:hanoi_moves
	movw	r9, :lower16:hanoi_log
	subs	r6, r0, #1
	mov	r4, r2
	mov	r5, r1
	movt	r8, :upper16:hanoi_moves
	movt	r9, :upper16:hanoi_log
.LBB4_2:                                @ =>This Inner Loop Header: Depth=1
	mov	r7, r3
	mov	r2, r3
	mov	r0, r6
	mov	r1, r5
	mov	r3, r4
	bl	hanoi
	ldr.w	r1, [r8]
	orr.w	r0, r4, r5, lsl #4
	subs	r6, #1
	mov	r3, r5
	and	r2, r1, #63
	mov	r5, r7
	strb.w	r0, [r9, r2]
	adds	r0, r1, #1
	str.w	r0, [r8]
	adds	r0, r6, #1
	bne	.LBB4_2
@ %bb.3:
	add	sp, #4
	pop.w	{r4, r5, r6, r7, r8, r9, lr}
	bx	lr
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
	cmp	r0, #0
	itt	eq
	moveq	r0, #0
	bxeq	lr
.LBB5_1:
	.save	{r4, lr}
	push	{r4, lr}
	ldrd	r4, r0, [r0]
	bl	list_sum
	add.w	r0, r0, r0, lsl #1
	add	r0, r4
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
	cmp	r0, #2
	itt	lo
	movlo	r0, #0
	bxlo	lr
.LBB6_1:
	mov	r1, r0
	movs	r0, #0
.LBB6_2:                                @ =>This Inner Loop Header: Depth=1
	add.w	r2, r1, r1, lsl #1
	adds	r0, #1
	adds	r2, #1
	lsls	r3, r1, #31
	it	eq
	lsreq	r2, r1, #1
	mov	r1, r2
	cmp	r2, #1
	bhi	.LBB6_2
@ %bb.3:
	bx	lr
.Lfunc_end6:
	.size	collatz_steps, .Lfunc_end6-collatz_steps
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
	movs	r0, #17
	bl	fib
	mov	r4, r0
	movs	r0, #2
	movs	r1, #3
	bl	ack
	mov	r5, r0
	movs	r0, #23
	bl	is_even
	mov	r6, r0
	movs	r0, #23
	bl	is_odd
	mov	r7, r0
	movs	r0, #6
	movs	r1, #1
	movs	r2, #3
	movs	r3, #2
	bl	hanoi
	rsb	r0, r4, r4, lsl #5
	movw	r2, :lower16:hanoi_log
	add	r0, r5
	movs	r1, #0
	movt	r2, :upper16:hanoi_log
	rsb	r0, r0, r0, lsl #5
	add	r0, r6
	add.w	r0, r0, r7, lsl #1
.LBB7_1:                                @ =>This Inner Loop Header: Depth=1
	ldrb	r3, [r2, r1]
	adds	r1, #1
	cmp	r1, #64
	eor.w	r0, r3, r0, ror #31
	bne	.LBB7_1
@ %bb.2:
	movw	r1, :lower16:c3
	movs	r2, #33
	movt	r1, :upper16:c3
	str	r2, [r1]
	movw	r1, :lower16:hanoi_moves
	movt	r1, :upper16:hanoi_moves
	ldr	r1, [r1]
	add	r0, r1
	rsb	r4, r0, r0, lsl #3
	movw	r0, :lower16:list_head
	movt	r0, :upper16:list_head
	ldr	r0, [r0]
	bl	list_sum
	add	r4, r0
	movs	r0, #27
	bl	collatz_steps
	eor.w	r0, r4, r0, lsl #8
	add	sp, #4
	pop	{r4, r5, r6, r7, pc}
.Lfunc_end7:
	.size	compute, .Lfunc_end7-compute
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
	movw	r2, #65177
	movs	r1, #1
	movt	r2, #6425
	cmp	r0, r2
	bfi	r0, r1, #7, #25
	it	eq
	moveq	r0, #11
	pop	{r7, pc}
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
