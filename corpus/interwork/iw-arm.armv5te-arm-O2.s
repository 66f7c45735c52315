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
	ldr	r1, .LCPI1_0
	eor	r0, r0, r1
	bx	lr
	.p2align	2
@ %bb.1:
.LCPI1_0:
	.long	1540483477                      @ 0x5bd1e995
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
	ldr	r2, .LCPI3_1
	ldr	r0, .LCPI3_0
	mov	r12, #1
	ldr	r3, .LCPI3_3
	bic	r0, r12, r0
	and	r2, r2, #1
	and	r3, r3, #1
	add	r0, r0, r2
	ldr	r2, .LCPI3_2
	and	r2, r2, #1
	orr	r2, r3, r2, lsl #1
	eor	r2, r2, #3
	add	r0, r0, r2
	ldr	r2, .LCPI3_4
	ldr	r3, [r2]
	ldmib	r2, {r1, r2}
	and	r3, r3, #1
	and	r1, r1, #1
	add	r0, r0, r3
	add	r0, r0, r1
	bic	r1, r12, r2
	add	r0, r0, r1
	bx	lr
	.p2align	2
@ %bb.1:
.LCPI3_0:
	.long	t_table_sum
.LCPI3_1:
	.long	a_twist
.LCPI3_2:
	.long	t_walk
.LCPI3_3:
	.long	t_square_plus
.LCPI3_4:
	.long	thumb_side_table
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
	.save	{r4, r5, r6, r7, r8, lr}
	push	{r4, r5, r6, r7, r8, lr}
	ldr	r8, .LCPI4_0
	ldr	r0, .LCPI4_1
	str	r0, [r8]
	mov	r0, #7
	bl	t_square_plus
	rsb	r4, r0, r0, lsl #5
	add	r0, r0, #218
	bl	t_walk
	add	r0, r4, r0
	rsb	r4, r0, r0, lsl #5
	add	r0, r0, #73
	add	r0, r0, #6656
	bl	a_twist
	add	r0, r4, r0
	rsb	r4, r0, r0, lsl #5
	add	r0, r0, #668
	add	r0, r0, #207872
	bl	t_table_sum
	ldr	r1, .LCPI4_2
	add	r0, r4, r0
	add	r4, r0, r1
	ldr	r0, .LCPI4_3
	ldm	r0, {r1, r6, r7}
	ldr	r5, [r0, #12]
	mov	r0, r4
	blx	r1
	eor	r4, r0, r4
	lsr	r0, r4, #1
	blx	r6
	eor	r4, r0, r4
	lsr	r0, r4, #2
	blx	r7
	eor	r4, r0, r4
	lsr	r0, r4, #3
	blx	r5
	eor	r4, r0, r4
	mov	r0, r4
	bl	a_tail_to_thumb
	add	r0, r0, r4
	add	r4, r0, r0, lsl #1
	bl	t_walk
	add	r4, r4, r0
	ldr	r0, .LCPI4_4
	mov	r1, r4
	bl	t_call_ptr
	add	r4, r4, r0
	ldr	r0, [r8]
	add	r1, r4, #1
	bl	t_call_ptr
	add	r4, r4, r0
	mov	r0, r4
	bl	t_table_sum
	eor	r0, r4, r0
	pop	{r4, r5, r6, r7, r8, pc}
	.p2align	2
@ %bb.1:
.LCPI4_0:
	.long	arm_late_ptr
.LCPI4_1:
	.long	t_square_plus
.LCPI4_2:
	.long	6464647                         @ 0x62a487
.LCPI4_3:
	.long	thumb_side_table
.LCPI4_4:
	.long	a_twist
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
	ldr	r2, .LCPI5_0
	mov	r1, r0
	orr	r0, r0, #128
	and	r0, r0, #255
	cmp	r1, r2
	moveq	r0, #99
	pop	{r11, pc}
	.p2align	2
@ %bb.2:
.LCPI5_0:
	.long	3294971377                      @ 0xc46545f1
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
