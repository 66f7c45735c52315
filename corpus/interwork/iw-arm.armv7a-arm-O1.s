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
	.file	"iw-arm.c"
	.text
	.globl	a_step                          @ -- Begin function a_step
	.p2align	2
	.type	a_step,%function
	.code	32
a_step:                                 @ @a_step
	.fnstart
@ %bb.0:
	add	r0, r0, r0, lsl #2
	add	r0, r0, #1
	bx	lr
.Lfunc_end0:
	.size	a_step, .Lfunc_end0-a_step
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	a_twist                         @ -- Begin function a_twist
	.p2align	2
	.type	a_twist,%function
	.code	32
a_twist:                                @ @a_twist
	.fnstart
@ %bb.0:
	lsr	r1, r0, #3
	eor	r0, r1, r0, lsl #7
	movw	r1, #59797
	movt	r1, #23505
	eor	r0, r0, r1
	bx	lr
.Lfunc_end1:
	.size	a_twist, .Lfunc_end1-a_twist
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	a_tail_to_thumb                 @ -- Begin function a_tail_to_thumb
	.p2align	2
	.type	a_tail_to_thumb,%function
	.code	32
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
	.code	32
thumb_bit_errors:                       @ @thumb_bit_errors
	.fnstart
@ %bb.0:
	movw	r0, :lower16:t_table_sum
	movt	r0, :upper16:t_table_sum
	mov	r12, #1
	bic	r0, r12, r0
	movw	r2, :lower16:a_twist
	movt	r2, :upper16:a_twist
	and	r2, r2, #1
	add	r0, r0, r2
	movw	r2, :lower16:t_square_plus
	movt	r2, :upper16:t_square_plus
	and	r2, r2, #1
	movw	r3, :lower16:t_walk
	movt	r3, :upper16:t_walk
	bfi	r2, r3, #1, #1
	eor	r2, r2, #3
	add	r0, r0, r2
	movw	r2, :lower16:thumb_side_table
	movt	r2, :upper16:thumb_side_table
	ldr	r3, [r2]
	ldmib	r2, {r1, r2}
	and	r3, r3, #1
	add	r0, r0, r3
	and	r1, r1, #1
	add	r0, r0, r1
	bic	r1, r12, r2
	add	r0, r0, r1
	bx	lr
.Lfunc_end3:
	.size	thumb_bit_errors, .Lfunc_end3-thumb_bit_errors
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
	movw	r5, :lower16:arm_late_ptr
	movt	r5, :upper16:arm_late_ptr
	movw	r0, :lower16:t_square_plus
	movt	r0, :upper16:t_square_plus
	str	r0, [r5]
	mov	r4, #7
	mov	r6, #0
	movw	r7, :lower16:arm_side_table
	movt	r7, :upper16:arm_side_table
.LBB4_1:                                @ =>This Inner Loop Header: Depth=1
	add	r0, r6, r4
	ldr	r1, [r7, r6, lsl #2]
	blx	r1
	rsb	r1, r4, r4, lsl #5
	add	r4, r0, r1
	add	r6, r6, #1
	cmp	r6, #4
	bne	.LBB4_1
@ %bb.2:
	mov	r6, #0
	movw	r7, :lower16:thumb_side_table
	movt	r7, :upper16:thumb_side_table
.LBB4_3:                                @ =>This Inner Loop Header: Depth=1
	lsr	r0, r4, r6
	ldr	r1, [r7, r6, lsl #2]
	blx	r1
	eor	r4, r0, r4
	add	r6, r6, #1
	cmp	r6, #4
	bne	.LBB4_3
@ %bb.4:
	mov	r0, r4
	bl	a_tail_to_thumb
	add	r0, r0, r4
	add	r4, r0, r0, lsl #1
	bl	t_walk
	add	r4, r4, r0
	movw	r0, :lower16:a_twist
	movt	r0, :upper16:a_twist
	mov	r1, r4
	bl	t_call_ptr
	add	r4, r4, r0
	add	r1, r4, #1
	ldr	r0, [r5]
	bl	t_call_ptr
	add	r4, r4, r0
	mov	r0, r4
	bl	t_table_sum
	eor	r0, r4, r0
	pop	{r4, r5, r6, r7, r11, pc}
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
	bl	thumb_bit_errors
	mov	r1, r0
	mov	r0, #120
	cmp	r1, #0
	popne	{r11, pc}
.LBB5_1:
	bl	compute
	mov	r1, #1
	movw	r2, #17905
	movt	r2, #50277
	cmp	r0, r2
	bfi	r0, r1, #7, #25
	movweq	r0, #99
	pop	{r11, pc}
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
