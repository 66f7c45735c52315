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
	.file	"fptable.c"
	.text
	.globl	op_add                          @ -- Begin function op_add
	.p2align	2
	.type	op_add,%function
	.code	32
op_add:                                 @ @op_add
	.fnstart
@ %bb.0:
	.pad	#8
	sub	sp, sp, #8
	str	r0, [sp, #4]
	str	r1, [sp]
	ldr	r0, [sp, #4]
	ldr	r1, [sp]
	add	r0, r0, r1
	add	sp, sp, #8
	bx	lr
.Lfunc_end0:
	.size	op_add, .Lfunc_end0-op_add
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	op_sub                          @ -- Begin function op_sub
	.p2align	2
	.type	op_sub,%function
	.code	32
op_sub:                                 @ @op_sub
	.fnstart
@ %bb.0:
	.pad	#8
	sub	sp, sp, #8
	str	r0, [sp, #4]
	str	r1, [sp]
	ldr	r0, [sp, #4]
	ldr	r1, [sp]
	sub	r0, r0, r1
	add	sp, sp, #8
	bx	lr
.Lfunc_end1:
	.size	op_sub, .Lfunc_end1-op_sub
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	op_xor                          @ -- Begin function op_xor
	.p2align	2
	.type	op_xor,%function
	.code	32
op_xor:                                 @ @op_xor
	.fnstart
@ %bb.0:
	.pad	#8
	sub	sp, sp, #8
	str	r0, [sp, #4]
	str	r1, [sp]
	ldr	r0, [sp, #4]
	ldr	r1, [sp]
	eor	r0, r0, r1
	add	sp, sp, #8
	bx	lr
.Lfunc_end2:
	.size	op_xor, .Lfunc_end2-op_xor
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	op_mul                          @ -- Begin function op_mul
	.p2align	2
	.type	op_mul,%function
	.code	32
op_mul:                                 @ @op_mul
	.fnstart
@ %bb.0:
	.pad	#8
	sub	sp, sp, #8
	str	r0, [sp, #4]
	str	r1, [sp]
	ldr	r0, [sp, #4]
	ldr	r1, [sp]
	mul	r0, r0, r1
	add	sp, sp, #8
	bx	lr
.Lfunc_end3:
	.size	op_mul, .Lfunc_end3-op_mul
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	op_rol                          @ -- Begin function op_rol
	.p2align	2
	.type	op_rol,%function
	.code	32
op_rol:                                 @ @op_rol
	.fnstart
@ %bb.0:
	.pad	#12
	sub	sp, sp, #12
	str	r0, [sp, #8]
	str	r1, [sp, #4]
	ldr	r0, [sp, #4]
	and	r0, r0, #31
	str	r0, [sp, #4]
	ldr	r0, [sp, #4]
	cmp	r0, #0
	beq	.LBB4_2
	b	.LBB4_1
.LBB4_1:
	ldr	r0, [sp, #8]
	ldr	r1, [sp, #4]
	rsb	r1, r1, #32
	ror	r0, r0, r1
	str	r0, [sp]                        @ 4-byte Spill
	b	.LBB4_3
.LBB4_2:
	ldr	r0, [sp, #8]
	str	r0, [sp]                        @ 4-byte Spill
	b	.LBB4_3
.LBB4_3:
	ldr	r0, [sp]                        @ 4-byte Reload
	add	sp, sp, #12
	bx	lr
.Lfunc_end4:
	.size	op_rol, .Lfunc_end4-op_rol
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	op_and                          @ -- Begin function op_and
	.p2align	2
	.type	op_and,%function
	.code	32
op_and:                                 @ @op_and
	.fnstart
@ %bb.0:
	.pad	#8
	sub	sp, sp, #8
	str	r0, [sp, #4]
	str	r1, [sp]
	ldr	r0, [sp, #4]
	ldr	r1, [sp]
	and	r0, r0, r1
	add	sp, sp, #8
	bx	lr
.Lfunc_end5:
	.size	op_and, .Lfunc_end5-op_and
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	eval                            @ -- Begin function eval
	.p2align	2
	.type	eval,%function
	.code	32
eval:                                   @ @eval
	.fnstart
@ %bb.0:
	.save	{r11, lr}
	push	{r11, lr}
	.pad	#16
	sub	sp, sp, #16
	str	r0, [sp, #8]
	ldr	r0, [sp, #8]
	ldr	r0, [r0]
	cmp	r0, #0
	bne	.LBB6_2
	b	.LBB6_1
.LBB6_1:
	ldr	r0, [sp, #8]
	ldr	r0, [r0, #4]
	str	r0, [sp, #12]
	b	.LBB6_3
.LBB6_2:
	ldr	r0, [sp, #8]
	ldr	r1, [r0]
	str	r1, [sp]                        @ 4-byte Spill
	ldr	r0, [r0, #8]
	bl	eval
	str	r0, [sp, #4]                    @ 4-byte Spill
	ldr	r0, [sp, #8]
	ldr	r0, [r0, #12]
	bl	eval
	ldr	r2, [sp]                        @ 4-byte Reload
	mov	r1, r0
	ldr	r0, [sp, #4]                    @ 4-byte Reload
	blx	r2
	str	r0, [sp, #12]
	b	.LBB6_3
.LBB6_3:
	ldr	r0, [sp, #12]
	add	sp, sp, #16
	pop	{r11, pc}
.Lfunc_end6:
	.size	eval, .Lfunc_end6-eval
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	interp                          @ -- Begin function interp
	.p2align	2
	.type	interp,%function
	.code	32
interp:                                 @ @interp
	.fnstart
@ %bb.0:
	.save	{r11, lr}
	push	{r11, lr}
	.pad	#16
	sub	sp, sp, #16
	str	r0, [sp, #12]
	str	r1, [sp, #8]
	str	r2, [sp, #4]
	mov	r0, #0
	str	r0, [sp]
	b	.LBB7_1
.LBB7_1:                                @ =>This Inner Loop Header: Depth=1
	ldr	r0, [sp]
	add	r0, r0, #1
	ldr	r1, [sp, #8]
	cmp	r0, r1
	bhs	.LBB7_4
	b	.LBB7_2
.LBB7_2:                                @   in Loop: Header=BB7_1 Depth=1
	ldr	r1, [sp, #12]
	ldr	r0, [sp]
	ldrb	r2, [r1, r0]!
	movw	r0, :lower16:op_table
	movt	r0, :upper16:op_table
	ldr	r2, [r0, r2, lsl #2]
	ldr	r0, [sp, #4]
	ldrb	r1, [r1, #1]
	blx	r2
	str	r0, [sp, #4]
	b	.LBB7_3
.LBB7_3:                                @   in Loop: Header=BB7_1 Depth=1
	ldr	r0, [sp]
	add	r0, r0, #2
	str	r0, [sp]
	b	.LBB7_1
.LBB7_4:
	ldr	r0, [sp, #4]
	add	sp, sp, #16
	pop	{r11, pc}
.Lfunc_end7:
	.size	interp, .Lfunc_end7-interp
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	apply_patch                     @ -- Begin function apply_patch
	.p2align	2
	.type	apply_patch,%function
	.code	32
apply_patch:                            @ @apply_patch
	.fnstart
@ %bb.0:
	.save	{r11, lr}
	push	{r11, lr}
	.pad	#8
	sub	sp, sp, #8
	str	r0, [sp, #4]
	mov	r0, #0
	str	r0, [sp]
	b	.LBB8_1
.LBB8_1:                                @ =>This Inner Loop Header: Depth=1
	ldr	r0, [sp]
	cmp	r0, #3
	bhi	.LBB8_4
	b	.LBB8_2
.LBB8_2:                                @   in Loop: Header=BB8_1 Depth=1
	ldr	r1, [sp]
	movw	r0, :lower16:patch_table
	movt	r0, :upper16:patch_table
	ldr	r2, [r0, r1, lsl #2]
	ldr	r0, [sp, #4]
	add	r1, r1, #3
	blx	r2
	str	r0, [sp, #4]
	b	.LBB8_3
.LBB8_3:                                @   in Loop: Header=BB8_1 Depth=1
	ldr	r0, [sp]
	add	r0, r0, #1
	str	r0, [sp]
	b	.LBB8_1
.LBB8_4:
	ldr	r0, [sp, #4]
	add	sp, sp, #8
	pop	{r11, pc}
.Lfunc_end8:
	.size	apply_patch, .Lfunc_end8-apply_patch
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	fold                            @ -- Begin function fold
	.p2align	2
	.type	fold,%function
	.code	32
fold:                                   @ @fold
	.fnstart
@ %bb.0:
	.save	{r11, lr}
	push	{r11, lr}
	.pad	#24
	sub	sp, sp, #24
	str	r0, [sp, #16]
	str	r1, [sp, #12]
	str	r2, [sp, #8]
	ldr	r0, [sp, #12]
	cmp	r0, #0
	bne	.LBB9_2
	b	.LBB9_1
.LBB9_1:
	ldr	r0, [sp, #8]
	str	r0, [sp, #20]
	b	.LBB9_3
.LBB9_2:
	ldr	r0, [sp, #16]
	str	r0, [sp, #4]                    @ 4-byte Spill
	ldr	r3, [sp, #12]
	sub	r1, r3, #1
	ldr	r2, [sp, #8]
	add	r2, r2, r2, lsl #1
	add	r2, r2, r3
	bl	fold
	ldr	r2, [sp, #4]                    @ 4-byte Reload
	ldr	r1, [sp, #12]
	blx	r2
	str	r0, [sp, #20]
	b	.LBB9_3
.LBB9_3:
	ldr	r0, [sp, #20]
	add	sp, sp, #24
	pop	{r11, pc}
.Lfunc_end9:
	.size	fold, .Lfunc_end9-fold
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
	.save	{r11, lr}
	push	{r11, lr}
	.pad	#16
	sub	sp, sp, #16
	movw	r0, :lower16:op_table
	movt	r0, :upper16:op_table
	str	r0, [sp, #8]                    @ 4-byte Spill
	ldr	r0, [r0, #16]
	movw	r1, :lower16:late_op
	movt	r1, :upper16:late_op
	str	r1, [sp, #4]                    @ 4-byte Spill
	str	r0, [r1]
	movw	r1, :lower16:patch_table
	movt	r1, :upper16:patch_table
	movw	r0, :lower16:op_sub
	movt	r0, :upper16:op_sub
	str	r0, [r1, #8]
	movw	r0, :lower16:root
	movt	r0, :upper16:root
	bl	eval
	str	r0, [sp, #12]
	ldr	r2, [sp, #12]
	movw	r0, :lower16:bytecode
	movt	r0, :upper16:bytecode
	mov	r1, #28
	bl	interp
	str	r0, [sp, #12]
	ldr	r0, [sp, #12]
	bl	apply_patch
	mov	r1, r0
	ldr	r0, [sp, #4]                    @ 4-byte Reload
	str	r1, [sp, #12]
	ldr	r0, [r0]
	mov	r1, #9
	mov	r2, #1
	bl	fold
	mov	r2, r0
	ldr	r0, [sp, #8]                    @ 4-byte Reload
	ldr	r1, [sp, #12]
	eor	r1, r1, r2
	str	r1, [sp, #12]
	ldr	r0, [r0]
	ldr	r2, [sp, #12]
	mov	r1, #12
	bl	fold
	mov	r1, r0
	ldr	r0, [sp, #12]
	add	r0, r0, r1
	str	r0, [sp, #12]
	ldr	r0, [sp, #12]
	add	sp, sp, #16
	pop	{r11, pc}
.Lfunc_end10:
	.size	compute, .Lfunc_end10-compute
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
	.pad	#8
	sub	sp, sp, #8
	bl	compute
	str	r0, [sp, #4]
	ldr	r0, [sp, #4]
	movw	r1, #18632
	movt	r1, #63159
	cmp	r0, r1
	bne	.LBB11_2
	b	.LBB11_1
.LBB11_1:
	mov	r0, #73
	str	r0, [sp]                        @ 4-byte Spill
	b	.LBB11_3
.LBB11_2:
	ldr	r0, [sp, #4]
	mov	r1, #1
	bfi	r0, r1, #7, #25
	str	r0, [sp]                        @ 4-byte Spill
	b	.LBB11_3
.LBB11_3:
	ldr	r0, [sp]                        @ 4-byte Reload
	add	sp, sp, #8
	pop	{r11, pc}
.Lfunc_end11:
	.size	main, .Lfunc_end11-main
	.cantunwind
	.fnend
                                        @ -- End function
	.type	op_table,%object                @ @op_table
	.section	.rodata,"a",%progbits
	.globl	op_table
	.p2align	2, 0x0
op_table:
	.long	op_add
	.long	op_sub
	.long	op_xor
	.long	op_mul
	.long	op_rol
	.long	op_and
	.size	op_table, 24

	.type	patch_table,%object             @ @patch_table
	.data
	.globl	patch_table
	.p2align	2, 0x0
patch_table:
	.long	op_xor
	.long	op_add
	.long	op_rol
	.long	op_mul
	.size	patch_table, 16

	.type	leaf_a,%object                  @ @leaf_a
	.section	.rodata,"a",%progbits
	.globl	leaf_a
	.p2align	2, 0x0
leaf_a:
	.long	0
	.long	17                              @ 0x11
	.long	0
	.long	0
	.size	leaf_a, 16

	.type	leaf_b,%object                  @ @leaf_b
	.globl	leaf_b
	.p2align	2, 0x0
leaf_b:
	.long	0
	.long	4660                            @ 0x1234
	.long	0
	.long	0
	.size	leaf_b, 16

	.type	leaf_c,%object                  @ @leaf_c
	.globl	leaf_c
	.p2align	2, 0x0
leaf_c:
	.long	0
	.long	5                               @ 0x5
	.long	0
	.long	0
	.size	leaf_c, 16

	.type	leaf_d,%object                  @ @leaf_d
	.globl	leaf_d
	.p2align	2, 0x0
leaf_d:
	.long	0
	.long	4275878552                      @ 0xfedcba98
	.long	0
	.long	0
	.size	leaf_d, 16

	.type	mul_ab,%object                  @ @mul_ab
	.globl	mul_ab
	.p2align	2, 0x0
mul_ab:
	.long	op_mul
	.long	0                               @ 0x0
	.long	leaf_a
	.long	leaf_b
	.size	mul_ab, 16

	.type	rol_dc,%object                  @ @rol_dc
	.globl	rol_dc
	.p2align	2, 0x0
rol_dc:
	.long	op_rol
	.long	0                               @ 0x0
	.long	leaf_d
	.long	leaf_c
	.size	rol_dc, 16

	.type	xor_1,%object                   @ @xor_1
	.globl	xor_1
	.p2align	2, 0x0
xor_1:
	.long	op_xor
	.long	0                               @ 0x0
	.long	mul_ab
	.long	rol_dc
	.size	xor_1, 16

	.type	sub_1,%object                   @ @sub_1
	.globl	sub_1
	.p2align	2, 0x0
sub_1:
	.long	op_sub
	.long	0                               @ 0x0
	.long	xor_1
	.long	leaf_c
	.size	sub_1, 16

	.type	root,%object                    @ @root
	.globl	root
	.p2align	2, 0x0
root:
	.long	op_add
	.long	0                               @ 0x0
	.long	sub_1
	.long	mul_ab
	.size	root, 16

	.type	bytecode,%object                @ @bytecode
	.globl	bytecode
bytecode:
	.ascii	"\000\007\003\003\002Z\004\t\001d\005\367\003\r\000\372\004\033\002\245\001\001\003\037\000M\004\003"
	.size	bytecode, 28

	.type	late_op,%object                 @ @late_op
	.bss
	.globl	late_op
	.p2align	2, 0x0
late_op:
	.long	0
	.size	late_op, 4

	.ident	"Debian clang version 22.1.8 (1~deb12u1)"
	.section	".note.GNU-stack","",%progbits
	.eabi_attribute	30, 6	@ Tag_ABI_optimization_goals
