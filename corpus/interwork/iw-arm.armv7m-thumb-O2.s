	.syntax	unified
	.eabi_attribute	67, "2.09"	@ Tag_conformance
	.cpu	cortex-m3
	.eabi_attribute	6, 10	@ Tag_CPU_arch
	.eabi_attribute	7, 77	@ Tag_CPU_arch_profile
	.eabi_attribute	8, 0	@ Tag_ARM_ISA_use
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
	.file	"iw-arm.c"
	.text
	.globl	a_step                          @ -- Begin function a_step
	.p2align	2
	.type	a_step,%function
	.code	16
	.thumb_func
a_step:                                 @ @a_step
	.fnstart
@ %bb.0:
	add.w	r0, r0, r0, lsl #2
	adds	r0, #1
	bx	lr
.Lfunc_end0:
	.size	a_step, .Lfunc_end0-a_step
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	a_twist                         @ -- Begin function a_twist
	.p2align	2
	.type	a_twist,%function
	.code	16
	.thumb_func
a_twist:                                @ @a_twist
	.fnstart
@ %bb.0:
	lsrs	r1, r0, #3
	eor.w	r0, r1, r0, lsl #7
	movw	r1, #59797
	movt	r1, #23505
	eors	r0, r1
	bx	lr
.Lfunc_end1:
	.size	a_twist, .Lfunc_end1-a_twist
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	a_tail_to_thumb                 @ -- Begin function a_tail_to_thumb
	.p2align	2
	.type	a_tail_to_thumb,%function
	.code	16
	.thumb_func
a_tail_to_thumb:                        @ @a_tail_to_thumb
	.fnstart
@ %bb.0:
	eor	r0, r0, #119
	b	t_square_plus
.Lfunc_end2:
	.size	a_tail_to_thumb, .Lfunc_end2-a_tail_to_thumb
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	thumb_bit_errors                @ -- Begin function thumb_bit_errors
	.p2align	2
	.type	thumb_bit_errors,%function
	.code	16
	.thumb_func
thumb_bit_errors:                       @ @thumb_bit_errors
	.fnstart
@ %bb.0:
	.save	{r4, lr}
	push	{r4, lr}
	movw	r0, :lower16:t_square_plus
	movt	r0, :upper16:t_square_plus
	movw	r1, :lower16:t_walk
	and	r0, r0, #1
	movt	r1, :upper16:t_walk
	bfi	r0, r1, #1, #1
	eor	r12, r0, #3
	movw	r1, :lower16:a_twist
	movw	r0, :lower16:thumb_side_table
	movt	r1, :upper16:a_twist
	movs	r2, #1
	movw	r3, :lower16:t_table_sum
	movt	r0, :upper16:thumb_side_table
	bic.w	lr, r2, r1
	movt	r3, :upper16:t_table_sum
	ldrd	r1, r4, [r0]
	ldr	r0, [r0, #8]
	bic.w	r3, r2, r3
	bic.w	r1, r2, r1
	bic.w	r4, r2, r4
	bic.w	r0, r2, r0
	add.w	r2, r3, lr
	add	r2, r12
	add	r1, r2
	add	r1, r4
	add	r0, r1
	pop	{r4, pc}
.Lfunc_end3:
	.size	thumb_bit_errors, .Lfunc_end3-thumb_bit_errors
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
	.save	{r4, r5, r6, r7, r8, r9, lr}
	push.w	{r4, r5, r6, r7, r8, r9, lr}
	.pad	#4
	sub	sp, #4
	movw	r9, :lower16:arm_late_ptr
	movw	r0, :lower16:t_square_plus
	movt	r9, :upper16:arm_late_ptr
	movt	r0, :upper16:t_square_plus
	str.w	r0, [r9]
	movs	r0, #7
	bl	t_square_plus
	rsb	r4, r0, r0, lsl #5
	adds	r0, #218
	bl	t_walk
	add	r0, r4
	movw	r1, #6729
	rsb	r4, r0, r0, lsl #5
	add	r0, r1
	bl	a_twist
	add	r0, r4
	rsb	r5, r0, r0, lsl #5
	add.w	r0, r0, #207872
	movw	r8, :lower16:a_twist
	add.w	r0, r0, #668
	movt	r8, :upper16:a_twist
	bl	t_table_sum
	movw	r1, #42119
	add	r0, r5
	movt	r1, #98
	adds	r5, r0, r1
	movw	r0, :lower16:thumb_side_table
	movt	r0, :upper16:thumb_side_table
	ldrd	r1, r7, [r0]
	ldrd	r4, r6, [r0, #8]
	mov	r0, r5
	blx	r1
	eors	r5, r0
	lsrs	r0, r5, #1
	blx	r7
	eors	r5, r0
	lsrs	r0, r5, #2
	blx	r4
	eor.w	r4, r0, r5
	lsrs	r0, r4, #3
	blx	r6
	eor.w	r5, r0, r4
	mov	r0, r5
	bl	a_tail_to_thumb
	add	r0, r5
	add.w	r4, r0, r0, lsl #1
	bl	t_walk
	adds	r5, r4, r0
	mov	r0, r8
	mov	r1, r5
	bl	t_call_ptr
	adds	r4, r5, r0
	ldr.w	r0, [r9]
	adds	r1, r4, #1
	bl	t_call_ptr
	add	r4, r0
	mov	r0, r4
	bl	t_table_sum
	eors	r0, r4
	add	sp, #4
	pop.w	{r4, r5, r6, r7, r8, r9, pc}
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
	bl	thumb_bit_errors
	cmp	r0, #0
	itt	ne
	movne	r0, #120
	popne	{r7, pc}
.LBB5_1:
	bl	compute
	movw	r2, #17905
	movs	r1, #1
	movt	r2, #50277
	cmp	r0, r2
	bfi	r0, r1, #7, #25
	it	eq
	moveq	r0, #99
	pop	{r7, pc}
.Lfunc_end5:
	.size	main, .Lfunc_end5-main
	.cantunwind
	.fnend
                                        @ -- End function
	.type	arm_side_table,%object          @ @arm_side_table
	.section	.rodata,"a",%progbits
	.globl	arm_side_table
	.p2align	2, 0x0
arm_side_table:
	.long	t_square_plus
	.long	t_walk
	.long	a_twist
	.long	t_table_sum
	.size	arm_side_table, 16

	.type	arm_late_ptr,%object            @ @arm_late_ptr
	.bss
	.globl	arm_late_ptr
	.p2align	2, 0x0
arm_late_ptr:
	.long	0
	.size	arm_late_ptr, 4

	.ident	"Debian clang version 22.1.8 (1~deb12u1)"
	.section	".note.GNU-stack","",%progbits
	.eabi_attribute	30, 1	@ Tag_ABI_optimization_goals
