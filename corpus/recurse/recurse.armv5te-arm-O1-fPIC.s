	.syntax	unified
	.eabi_attribute	67, "2.09"	@ Tag_conformance
	.cpu	arm1022e
	.eabi_attribute	6, 4	@ Tag_CPU_arch
	.eabi_attribute	8, 1	@ Tag_ARM_ISA_use
	.eabi_attribute	9, 1	@ Tag_THUMB_ISA_use
	.eabi_attribute	34, 0	@ Tag_CPU_unaligned_access
	.eabi_attribute	15, 1	@ Tag_ABI_PCS_RW_data
	.eabi_attribute	16, 1	@ Tag_ABI_PCS_RO_data
	.eabi_attribute	17, 2	@ Tag_ABI_PCS_GOT_use
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
	.p2align	2
	.type	fib,%function
	.code	32
fib:                                    @ @fib
	.fnstart
@ %bb.0:
	.save	{r4, r5, r11, lr}
	push	{r4, r5, r11, lr}
	mov	r4, r0
	mov	r5, #0
.LBB0_1:                                @ =>This Inner Loop Header: Depth=1
	cmp	r4, #2
	addlo	r0, r4, r5
	poplo	{r4, r5, r11, pc}
.LBB0_2:                                @   in Loop: Header=BB0_1 Depth=1
	sub	r0, r4, #1
	bl	fib
	add	r5, r5, r0
	sub	r4, r4, #2
	b	.LBB0_1
.Lfunc_end0:
	.size	fib, .Lfunc_end0-fib
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	ack                             @ -- Begin function ack
	.p2align	2
	.type	ack,%function
	.code	32
ack:                                    @ @ack
	.fnstart
@ %bb.0:
	.save	{r4, lr}
	push	{r4, lr}
	mov	r4, r0
	b	.LBB1_2
.LBB1_1:                                @   in Loop: Header=BB1_2 Depth=1
	mov	r1, #1
	sub	r4, r4, #1
.LBB1_2:                                @ =>This Inner Loop Header: Depth=1
	cmp	r4, #0
	addeq	r0, r1, #1
	popeq	{r4, pc}
.LBB1_3:                                @   in Loop: Header=BB1_2 Depth=1
	cmp	r1, #0
	beq	.LBB1_1
@ %bb.4:                                @   in Loop: Header=BB1_2 Depth=1
	sub	r1, r1, #1
	mov	r0, r4
	bl	ack
	mov	r1, r0
	sub	r4, r4, #1
	b	.LBB1_2
.Lfunc_end1:
	.size	ack, .Lfunc_end1-ack
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	is_even                         @ -- Begin function is_even
	.p2align	2
	.type	is_even,%function
	.code	32
is_even:                                @ @is_even
	.fnstart
@ %bb.0:
	cmp	r0, #0
	moveq	r0, #1
	bxeq	lr
.LBB2_1:
	sub	r0, r0, #1
	b	is_odd
.Lfunc_end2:
	.size	is_even, .Lfunc_end2-is_even
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	is_odd                          @ -- Begin function is_odd
	.p2align	2
	.type	is_odd,%function
	.code	32
is_odd:                                 @ @is_odd
	.fnstart
@ %bb.0:
	cmp	r0, #0
	moveq	r0, #0
	bxeq	lr
.LBB3_1:
	sub	r0, r0, #1
	b	is_even
.Lfunc_end3:
	.size	is_odd, .Lfunc_end3-is_odd
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	hanoi                           @ -- Begin function hanoi
	.p2align	2
	.type	hanoi,%function
	.code	32
hanoi:                                  @ @hanoi
	.fnstart
@ %bb.0:
	.save	{r4, r5, r6, r7, r8, r9, r11, lr}
	push	{r4, r5, r6, r7, r8, r9, r11, lr}
	mov	r5, r3
	mov	r4, r2
	sub	r6, r0, #1
	ldr	r8, .LCPI4_0
.LPC4_0:
	ldr	r8, [pc, r8]
	ldr	r9, .LCPI4_1
.LPC4_1:
	ldr	r9, [pc, r9]
.LBB4_1:                                @ =>This Inner Loop Header: Depth=1
	cmn	r6, #1
	popeq	{r4, r5, r6, r7, r8, r9, r11, pc}
.LBB4_2:                                @   in Loop: Header=BB4_1 Depth=1
	mov	r7, r1
	mov	r0, r6
	mov	r2, r5
	mov	r3, r4
	bl	hanoi
	orr	r0, r4, r7, lsl #4
	ldr	r1, [r8]
	and	r2, r1, #63
	strb	r0, [r9, r2]
	add	r0, r1, #1
	str	r0, [r8]
	sub	r6, r6, #1
	mov	r1, r5
	mov	r5, r7
	b	.LBB4_1
	.p2align	2
@ %bb.3:
.LCPI4_0:
.Ltmp0:
	.long	hanoi_moves(GOT_PREL)-(.LPC4_0+8-.Ltmp0)
.LCPI4_1:
.Ltmp1:
	.long	hanoi_log(GOT_PREL)-(.LPC4_1+8-.Ltmp1)
.Lfunc_end4:
	.size	hanoi, .Lfunc_end4-hanoi
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	list_sum                        @ -- Begin function list_sum
	.p2align	2
	.type	list_sum,%function
	.code	32
list_sum:                               @ @list_sum
	.fnstart
@ %bb.0:
	cmp	r0, #0
	moveq	r0, #0
	bxeq	lr
.LBB5_1:
	.save	{r4, lr}
	push	{r4, lr}
	ldr	r4, [r0]
	ldr	r0, [r0, #4]
	bl	list_sum
	add	r0, r0, r0, lsl #1
	add	r0, r0, r4
	pop	{r4, pc}
.Lfunc_end5:
	.size	list_sum, .Lfunc_end5-list_sum
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	collatz_steps                   @ -- Begin function collatz_steps
	.p2align	2
	.type	collatz_steps,%function
	.code	32
collatz_steps:                          @ @collatz_steps
	.fnstart
@ %bb.0:
	mov	r1, r0
	mov	r0, #0
.LBB6_1:                                @ =>This Inner Loop Header: Depth=1
	lsrs	r2, r1, #1
	bxeq	lr
.LBB6_2:                                @   in Loop: Header=BB6_1 Depth=1
	add	r3, r1, r1, lsl #1
	tst	r1, #1
	addne	r2, r3, #1
	add	r0, r0, #1
	mov	r1, r2
	b	.LBB6_1
.Lfunc_end6:
	.size	collatz_steps, .Lfunc_end6-collatz_steps
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
	.save	{r4, r5, r6, r7, r11, lr}
	push	{r4, r5, r6, r7, r11, lr}
	mov	r0, #17
	bl	fib
	mov	r4, r0
	mov	r0, #2
	mov	r1, #3
	bl	ack
	mov	r5, r0
	mov	r0, #23
	bl	is_even
	mov	r6, r0
	mov	r0, #23
	bl	is_odd
	mov	r7, r0
	mov	r0, #6
	mov	r1, #1
	mov	r2, #3
	mov	r3, #2
	bl	hanoi
	rsb	r0, r4, r4, lsl #5
	add	r0, r0, r5
	rsb	r0, r0, r0, lsl #5
	add	r0, r0, r6
	add	r0, r0, r7, lsl #1
	mov	r1, #0
	ldr	r2, .LCPI7_0
.LPC7_0:
	ldr	r2, [pc, r2]
.LBB7_1:                                @ =>This Inner Loop Header: Depth=1
	ldrb	r3, [r2, r1]
	eor	r0, r3, r0, ror #31
	add	r1, r1, #1
	cmp	r1, #64
	bne	.LBB7_1
@ %bb.2:
	ldr	r1, .LCPI7_1
.LPC7_1:
	ldr	r1, [pc, r1]
	mov	r2, #33
	str	r2, [r1]
	ldr	r1, .LCPI7_2
.LPC7_2:
	ldr	r1, [pc, r1]
	ldr	r1, [r1]
	add	r0, r1, r0
	rsb	r4, r0, r0, lsl #3
	ldr	r0, .LCPI7_3
.LPC7_3:
	ldr	r0, [pc, r0]
	ldr	r0, [r0]
	bl	list_sum
	add	r4, r0, r4
	mov	r0, #27
	bl	collatz_steps
	eor	r0, r4, r0, lsl #8
	pop	{r4, r5, r6, r7, r11, pc}
	.p2align	2
@ %bb.3:
.LCPI7_0:
.Ltmp2:
	.long	hanoi_log(GOT_PREL)-(.LPC7_0+8-.Ltmp2)
.LCPI7_1:
.Ltmp3:
	.long	c3(GOT_PREL)-(.LPC7_1+8-.Ltmp3)
.LCPI7_2:
.Ltmp4:
	.long	hanoi_moves(GOT_PREL)-(.LPC7_2+8-.Ltmp4)
.LCPI7_3:
.Ltmp5:
	.long	list_head(GOT_PREL)-(.LPC7_3+8-.Ltmp5)
.Lfunc_end7:
	.size	compute, .Lfunc_end7-compute
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
	orr	r1, r0, #128
	and	r1, r1, #255
	ldr	r2, .LCPI8_0
	cmp	r0, r2
	moveq	r1, #11
	mov	r0, r1
	pop	{r11, pc}
	.p2align	2
@ %bb.1:
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
