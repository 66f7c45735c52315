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
	.save	{r7, lr}
	push	{r7, lr}
	.pad	#16
	sub	sp, #16
	str	r0, [sp, #12]
	ldr	r0, [sp, #12]
	cmp	r0, #1
	bhi	.LBB0_2
	b	.LBB0_1
.LBB0_1:
	ldr	r0, [sp, #12]
	str	r0, [sp, #8]                    @ 4-byte Spill
	b	.LBB0_3
.LBB0_2:
	ldr	r0, [sp, #12]
	subs	r0, #1
	bl	fib
	str	r0, [sp, #4]                    @ 4-byte Spill
	ldr	r0, [sp, #12]
	subs	r0, #2
	bl	fib
	mov	r1, r0
	ldr	r0, [sp, #4]                    @ 4-byte Reload
	add	r0, r1
	str	r0, [sp, #8]                    @ 4-byte Spill
	b	.LBB0_3
.LBB0_3:
	ldr	r0, [sp, #8]                    @ 4-byte Reload
	add	sp, #16
	pop	{r7, pc}
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
	.save	{r7, lr}
	push	{r7, lr}
	.pad	#16
	sub	sp, #16
	str	r0, [sp, #8]
	str	r1, [sp, #4]
	ldr	r0, [sp, #8]
	cbnz	r0, .LBB1_2
	b	.LBB1_1
.LBB1_1:
	ldr	r0, [sp, #4]
	adds	r0, #1
	str	r0, [sp, #12]
	b	.LBB1_5
.LBB1_2:
	ldr	r0, [sp, #4]
	cbnz	r0, .LBB1_4
	b	.LBB1_3
.LBB1_3:
	ldr	r0, [sp, #8]
	subs	r0, #1
	movs	r1, #1
	bl	ack
	str	r0, [sp, #12]
	b	.LBB1_5
.LBB1_4:
	ldr	r0, [sp, #8]
	subs	r1, r0, #1
	str	r1, [sp]                        @ 4-byte Spill
	ldr	r1, [sp, #4]
	subs	r1, #1
	bl	ack
	mov	r1, r0
	ldr	r0, [sp]                        @ 4-byte Reload
	bl	ack
	str	r0, [sp, #12]
	b	.LBB1_5
.LBB1_5:
	ldr	r0, [sp, #12]
	add	sp, #16
	pop	{r7, pc}
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
	.pad	#8
	sub	sp, #8
	str	r0, [sp, #4]
	ldr	r0, [sp, #4]
	cbnz	r0, .LBB2_2
	b	.LBB2_1
.LBB2_1:
	movs	r0, #1
	str	r0, [sp]                        @ 4-byte Spill
	b	.LBB2_3
.LBB2_2:
	ldr	r0, [sp, #4]
	subs	r0, #1
	bl	is_odd
	str	r0, [sp]                        @ 4-byte Spill
	b	.LBB2_3
.LBB2_3:
	ldr	r0, [sp]                        @ 4-byte Reload
	add	sp, #8
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
	.pad	#8
	sub	sp, #8
	str	r0, [sp, #4]
	ldr	r0, [sp, #4]
	cbnz	r0, .LBB3_2
	b	.LBB3_1
.LBB3_1:
	movs	r0, #0
	str	r0, [sp]                        @ 4-byte Spill
	b	.LBB3_3
.LBB3_2:
	ldr	r0, [sp, #4]
	subs	r0, #1
	bl	is_even
	str	r0, [sp]                        @ 4-byte Spill
	b	.LBB3_3
.LBB3_3:
	ldr	r0, [sp]                        @ 4-byte Reload
	add	sp, #8
	pop	{r7, pc}
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
	.save	{r7, lr}
	push	{r7, lr}
	.pad	#16
	sub	sp, #16
	str	r0, [sp, #12]
	str	r1, [sp, #8]
	str	r2, [sp, #4]
	str	r3, [sp]
	ldr	r0, [sp, #12]
	cbnz	r0, .LBB4_2
	b	.LBB4_1
.LBB4_1:
	b	.LBB4_3
.LBB4_2:
	ldr	r0, [sp, #12]
	subs	r0, #1
	ldr	r1, [sp, #8]
	ldr	r2, [sp]
	ldr	r3, [sp, #4]
	bl	hanoi
	ldr	r1, [sp, #8]
	ldr	r0, [sp, #4]
	orr.w	r0, r0, r1, lsl #4
	movw	r1, :lower16:hanoi_moves
	movt	r1, :upper16:hanoi_moves
	ldr	r2, [r1]
	and	r3, r2, #63
	movw	r2, :lower16:hanoi_log
	movt	r2, :upper16:hanoi_log
	strb	r0, [r2, r3]
	ldr	r0, [r1]
	adds	r0, #1
	str	r0, [r1]
	ldr	r0, [sp, #12]
	subs	r0, #1
	ldr	r1, [sp]
	ldr	r2, [sp, #4]
	ldr	r3, [sp, #8]
	bl	hanoi
	b	.LBB4_3
.LBB4_3:
	add	sp, #16
	pop	{r7, pc}
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
	.save	{r7, lr}
	push	{r7, lr}
	.pad	#16
	sub	sp, #16
	str	r0, [sp, #12]
	ldr	r0, [sp, #12]
	cbz	r0, .LBB5_2
	b	.LBB5_1
.LBB5_1:
	ldr	r0, [sp, #12]
	ldr	r1, [r0]
	str	r1, [sp, #4]                    @ 4-byte Spill
	ldr	r0, [r0, #4]
	bl	list_sum
	mov	r1, r0
	ldr	r0, [sp, #4]                    @ 4-byte Reload
	add.w	r1, r1, r1, lsl #1
	add	r0, r1
	str	r0, [sp, #8]                    @ 4-byte Spill
	b	.LBB5_3
.LBB5_2:
	movs	r0, #0
	str	r0, [sp, #8]                    @ 4-byte Spill
	b	.LBB5_3
.LBB5_3:
	ldr	r0, [sp, #8]                    @ 4-byte Reload
	add	sp, #16
	pop	{r7, pc}
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
	.save	{r7, lr}
	push	{r7, lr}
	.pad	#16
	sub	sp, #16
	str	r0, [sp, #8]
	ldr	r0, [sp, #8]
	cmp	r0, #1
	bhi	.LBB6_2
	b	.LBB6_1
.LBB6_1:
	movs	r0, #0
	str	r0, [sp, #12]
	b	.LBB6_6
.LBB6_2:
	ldrb.w	r0, [sp, #8]
	lsls	r0, r0, #31
	cbz	r0, .LBB6_4
	b	.LBB6_3
.LBB6_3:
	ldr	r0, [sp, #8]
	add.w	r0, r0, r0, lsl #1
	adds	r0, #1
	str	r0, [sp, #4]                    @ 4-byte Spill
	b	.LBB6_5
.LBB6_4:
	ldr	r0, [sp, #8]
	lsrs	r0, r0, #1
	str	r0, [sp, #4]                    @ 4-byte Spill
	b	.LBB6_5
.LBB6_5:
	ldr	r0, [sp, #4]                    @ 4-byte Reload
	bl	collatz_steps
	adds	r0, #1
	str	r0, [sp, #12]
	b	.LBB6_6
.LBB6_6:
	ldr	r0, [sp, #12]
	add	sp, #16
	pop	{r7, pc}
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
	.save	{r7, lr}
	push	{r7, lr}
	.pad	#40
	sub	sp, #40
	movs	r0, #0
	str	r0, [sp, #28]                   @ 4-byte Spill
	str	r0, [sp, #36]
	movs	r0, #17
	bl	fib
	mov	r1, r0
	ldr	r0, [sp, #36]
	add	r0, r1
	str	r0, [sp, #36]
	ldr	r0, [sp, #36]
	rsb	r0, r0, r0, lsl #5
	str	r0, [sp, #4]                    @ 4-byte Spill
	movs	r0, #2
	str	r0, [sp, #20]                   @ 4-byte Spill
	movs	r1, #3
	str	r1, [sp, #16]                   @ 4-byte Spill
	bl	ack
	mov	r1, r0
	ldr	r0, [sp, #4]                    @ 4-byte Reload
	add	r0, r1
	str	r0, [sp, #36]
	ldr	r0, [sp, #36]
	rsb	r0, r0, r0, lsl #5
	str	r0, [sp, #8]                    @ 4-byte Spill
	movs	r0, #23
	str	r0, [sp, #12]                   @ 4-byte Spill
	bl	is_even
	ldr	r1, [sp, #8]                    @ 4-byte Reload
	mov	r2, r0
	ldr	r0, [sp, #12]                   @ 4-byte Reload
	add	r1, r2
	str	r1, [sp, #24]                   @ 4-byte Spill
	bl	is_odd
	ldr	r2, [sp, #16]                   @ 4-byte Reload
	ldr	r3, [sp, #20]                   @ 4-byte Reload
	mov	r1, r0
	ldr	r0, [sp, #24]                   @ 4-byte Reload
	add.w	r0, r0, r1, lsl #1
	str	r0, [sp, #36]
	movs	r0, #6
	movs	r1, #1
	bl	hanoi
	ldr	r0, [sp, #28]                   @ 4-byte Reload
	str	r0, [sp, #32]
	b	.LBB7_1
.LBB7_1:                                @ =>This Inner Loop Header: Depth=1
	ldr	r0, [sp, #32]
	cmp	r0, #63
	bhi	.LBB7_4
	b	.LBB7_2
.LBB7_2:                                @   in Loop: Header=BB7_1 Depth=1
	ldr	r1, [sp, #36]
	ldr	r2, [sp, #32]
	movw	r0, :lower16:hanoi_log
	movt	r0, :upper16:hanoi_log
	ldrb	r0, [r0, r2]
	eor.w	r0, r0, r1, ror #31
	str	r0, [sp, #36]
	b	.LBB7_3
.LBB7_3:                                @   in Loop: Header=BB7_1 Depth=1
	ldr	r0, [sp, #32]
	adds	r0, #1
	str	r0, [sp, #32]
	b	.LBB7_1
.LBB7_4:
	movw	r0, :lower16:hanoi_moves
	movt	r0, :upper16:hanoi_moves
	ldr	r1, [r0]
	ldr	r0, [sp, #36]
	add	r0, r1
	str	r0, [sp, #36]
	movw	r1, :lower16:c3
	movt	r1, :upper16:c3
	movs	r0, #33
	str	r0, [r1]
	ldr	r0, [sp, #36]
	rsb	r0, r0, r0, lsl #3
	str	r0, [sp]                        @ 4-byte Spill
	movw	r0, :lower16:list_head
	movt	r0, :upper16:list_head
	ldr	r0, [r0]
	bl	list_sum
	mov	r1, r0
	ldr	r0, [sp]                        @ 4-byte Reload
	add	r0, r1
	str	r0, [sp, #36]
	movs	r0, #27
	bl	collatz_steps
	mov	r1, r0
	ldr	r0, [sp, #36]
	eor.w	r0, r0, r1, lsl #8
	str	r0, [sp, #36]
	ldr	r0, [sp, #36]
	add	sp, #40
	pop	{r7, pc}
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
	.pad	#8
	sub	sp, #8
	bl	compute
	str	r0, [sp, #4]
	ldr	r0, [sp, #4]
	movw	r1, #65177
	movt	r1, #6425
	cmp	r0, r1
	bne	.LBB8_2
	b	.LBB8_1
.LBB8_1:
	movs	r0, #11
	str	r0, [sp]                        @ 4-byte Spill
	b	.LBB8_3
.LBB8_2:
	ldr	r0, [sp, #4]
	movs	r1, #1
	bfi	r0, r1, #7, #25
	str	r0, [sp]                        @ 4-byte Spill
	b	.LBB8_3
.LBB8_3:
	ldr	r0, [sp]                        @ 4-byte Reload
	add	sp, #8
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
	.eabi_attribute	30, 6	@ Tag_ABI_optimization_goals
