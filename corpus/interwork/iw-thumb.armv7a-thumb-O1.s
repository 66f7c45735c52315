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
	.file	"iw-thumb.c"
	.text
	.globl	t_square_plus                   @ -- Begin function t_square_plus
	.p2align	1
	.type	t_square_plus,%function
	.code	16
	.thumb_func
t_square_plus:                          @ @t_square_plus
	.fnstart
@ %bb.0:
	movw	r1, :lower16:thumb_calls
	movt	r1, :upper16:thumb_calls
	ldr	r2, [r1]
	adds	r2, #1
	str	r2, [r1]
	movw	r1, #12345
	mla	r0, r0, r0, r1
	bx	lr
.Lfunc_end0:
	.size	t_square_plus, .Lfunc_end0-t_square_plus
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	t_walk                          @ -- Begin function t_walk
	.p2align	1
	.type	t_walk,%function
	.code	16
	.thumb_func
t_walk:                                 @ @t_walk
	.fnstart
@ %bb.0:
	.save	{r4, r5, r6, lr}
	push	{r4, r5, r6, lr}
	mov	r4, r0
	movw	r0, :lower16:thumb_calls
	movt	r0, :upper16:thumb_calls
	ldr	r1, [r0]
	adds	r1, #1
	str	r1, [r0]
	movs	r6, #5
.LBB1_1:                                @ =>This Inner Loop Header: Depth=1
	mov	r0, r4
	bl	a_step
	mov	r5, r0
	lsrs	r0, r4, #2
	bl	t_square_plus
	eor.w	r4, r0, r5
	subs	r6, #1
	bne	.LBB1_1
@ %bb.2:
	mov	r0, r4
	pop	{r4, r5, r6, pc}
.Lfunc_end1:
	.size	t_walk, .Lfunc_end1-t_walk
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	t_call_ptr                      @ -- Begin function t_call_ptr
	.p2align	1
	.type	t_call_ptr,%function
	.code	16
	.thumb_func
t_call_ptr:                             @ @t_call_ptr
	.fnstart
@ %bb.0:
	.save	{r4, r5, r6, lr}
	push	{r4, r5, r6, lr}
	mov	r4, r1
	mov	r5, r0
	movw	r0, :lower16:thumb_calls
	movt	r0, :upper16:thumb_calls
	ldr	r1, [r0]
	adds	r1, #1
	str	r1, [r0]
	mov	r0, r4
	blx	r5
	mov	r6, r0
	adds	r0, r4, #1
	blx	r5
	add	r0, r6
	pop	{r4, r5, r6, pc}
.Lfunc_end2:
	.size	t_call_ptr, .Lfunc_end2-t_call_ptr
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	t_tail_to_arm                   @ -- Begin function t_tail_to_arm
	.p2align	1
	.type	t_tail_to_arm,%function
	.code	16
	.thumb_func
t_tail_to_arm:                          @ @t_tail_to_arm
	.fnstart
@ %bb.0:
	movw	r1, #4369
	add	r0, r1
	b	a_twist
.Lfunc_end3:
	.size	t_tail_to_arm, .Lfunc_end3-t_tail_to_arm
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	t_table_sum                     @ -- Begin function t_table_sum
	.p2align	1
	.type	t_table_sum,%function
	.code	16
	.thumb_func
t_table_sum:                            @ @t_table_sum
	.fnstart
@ %bb.0:
	.save	{r4, r5, r7, lr}
	push	{r4, r5, r7, lr}
	mov	r4, r0
	movw	r5, :lower16:thumb_calls
	movt	r5, :upper16:thumb_calls
	ldr	r0, [r5]
	adds	r0, #1
	str	r0, [r5]
	movw	r0, :lower16:arm_side_table
	movt	r0, :upper16:arm_side_table
	ldr	r1, [r0, #8]
	mov	r0, r4
	blx	r1
	add	r4, r0
	mov	r0, r4
	bl	a_step
	eors	r4, r0
	mov	r0, r4
	bl	t_tail_to_arm
	add	r0, r4
	ldr	r1, [r5]
	add	r0, r1
	pop	{r4, r5, r7, pc}
.Lfunc_end4:
	.size	t_table_sum, .Lfunc_end4-t_table_sum
	.cantunwind
	.fnend
                                        @ -- End function
	.type	thumb_side_table,%object        @ @thumb_side_table
	.section	.rodata,"a",%progbits
	.globl	thumb_side_table
	.p2align	2, 0x0
thumb_side_table:
	.long	a_step
	.long	a_twist
	.long	t_square_plus
	.long	a_step
	.size	thumb_side_table, 16

	.type	thumb_calls,%object             @ @thumb_calls
	.bss
	.globl	thumb_calls
	.p2align	2, 0x0
thumb_calls:
	.long	0                               @ 0x0
	.size	thumb_calls, 4

	.ident	"Debian clang version 22.1.8 (1~deb12u1)"
	.section	".note.GNU-stack","",%progbits
	.eabi_attribute	30, 1	@ Tag_ABI_optimization_goals
