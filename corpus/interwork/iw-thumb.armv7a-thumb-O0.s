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
	.pad	#4
	sub	sp, #4
	str	r0, [sp]
	movw	r1, :lower16:thumb_calls
	movt	r1, :upper16:thumb_calls
	ldr	r0, [r1]
	adds	r0, #1
	str	r0, [r1]
	ldr	r0, [sp]
	movw	r1, #12345
	mla	r0, r0, r0, r1
	add	sp, #4
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
	.save	{r7, lr}
	push	{r7, lr}
	.pad	#16
	sub	sp, #16
	str	r0, [sp, #12]
	movw	r1, :lower16:thumb_calls
	movt	r1, :upper16:thumb_calls
	ldr	r0, [r1]
	adds	r0, #1
	str	r0, [r1]
	movs	r0, #0
	str	r0, [sp, #8]
	b	.LBB1_1
.LBB1_1:                                @ =>This Inner Loop Header: Depth=1
	ldr	r0, [sp, #8]
	cmp	r0, #4
	bhi	.LBB1_4
	b	.LBB1_2
.LBB1_2:                                @   in Loop: Header=BB1_1 Depth=1
	ldr	r0, [sp, #12]
	bl	a_step
	str	r0, [sp, #4]                    @ 4-byte Spill
	ldr	r0, [sp, #12]
	lsrs	r0, r0, #2
	bl	t_square_plus
	mov	r1, r0
	ldr	r0, [sp, #4]                    @ 4-byte Reload
	eors	r0, r1
	str	r0, [sp, #12]
	b	.LBB1_3
.LBB1_3:                                @   in Loop: Header=BB1_1 Depth=1
	ldr	r0, [sp, #8]
	adds	r0, #1
	str	r0, [sp, #8]
	b	.LBB1_1
.LBB1_4:
	ldr	r0, [sp, #12]
	add	sp, #16
	pop	{r7, pc}
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
	.save	{r7, lr}
	push	{r7, lr}
	.pad	#16
	sub	sp, #16
	str	r0, [sp, #12]
	str	r1, [sp, #8]
	movw	r1, :lower16:thumb_calls
	movt	r1, :upper16:thumb_calls
	ldr	r0, [r1]
	adds	r0, #1
	str	r0, [r1]
	ldr	r1, [sp, #12]
	ldr	r0, [sp, #8]
	blx	r1
	str	r0, [sp, #4]                    @ 4-byte Spill
	ldr	r1, [sp, #12]
	ldr	r0, [sp, #8]
	adds	r0, #1
	blx	r1
	mov	r1, r0
	ldr	r0, [sp, #4]                    @ 4-byte Reload
	add	r0, r1
	add	sp, #16
	pop	{r7, pc}
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
	.save	{r7, lr}
	push	{r7, lr}
	.pad	#8
	sub	sp, #8
	str	r0, [sp, #4]
	ldr	r0, [sp, #4]
	movw	r1, #4369
	add	r0, r1
	bl	a_twist
	add	sp, #8
	pop	{r7, pc}
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
	.save	{r7, lr}
	push	{r7, lr}
	.pad	#16
	sub	sp, #16
	str	r0, [sp, #12]
	ldr	r0, [sp, #12]
	str	r0, [sp, #8]
	movw	r1, :lower16:thumb_calls
	movt	r1, :upper16:thumb_calls
	str	r1, [sp, #4]                    @ 4-byte Spill
	ldr	r0, [r1]
	adds	r0, #1
	str	r0, [r1]
	movw	r0, :lower16:arm_side_table
	movt	r0, :upper16:arm_side_table
	ldr	r1, [r0, #8]
	ldr	r0, [sp, #12]
	blx	r1
	mov	r1, r0
	ldr	r0, [sp, #8]
	add	r0, r1
	str	r0, [sp, #8]
	movw	r0, :lower16:thumb_side_table
	movt	r0, :upper16:thumb_side_table
	ldr	r1, [r0, #12]
	ldr	r0, [sp, #8]
	blx	r1
	mov	r1, r0
	ldr	r0, [sp, #8]
	eors	r0, r1
	str	r0, [sp, #8]
	ldr	r0, [sp, #8]
	bl	t_tail_to_arm
	ldr	r1, [sp, #4]                    @ 4-byte Reload
	mov	r2, r0
	ldr	r0, [sp, #8]
	add	r0, r2
	str	r0, [sp, #8]
	ldr	r0, [sp, #8]
	ldr	r1, [r1]
	add	r0, r1
	add	sp, #16
	pop	{r7, pc}
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
	.eabi_attribute	30, 6	@ Tag_ABI_optimization_goals
