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
	.file	"debug-program.c"
	.file	0 "." "Inputs/debug-program.c" md5 0xc38fd0d71f9c0cd6857e7c6d13393676
	.text
	.globl	_start                          @ -- Begin function _start
	.p2align	2
	.type	_start,%function
	.code	32
_start:                                 @ @_start
.Lfunc_begin0:
	.fnstart
	.cfi_sections .debug_frame
	.cfi_startproc
@ %bb.0:
	.loc	0 2 43 prologue_end             @ Inputs/debug-program.c:2:43 @[ Inputs/debug-program.c:5:27 ]
	ldr	r0, .LCPI0_0
	mrc	p15, #0, r1, c13, c0, #3
	ldr	r0, [r1, r0]
.Ltmp0:
	.loc	0 5 34 is_stmt 0                @ Inputs/debug-program.c:5:34
	movw	r1, :lower16:g
	movt	r1, :upper16:g
	ldr	r1, [r1]
.Ltmp1:
	@DEBUG_VALUE: helper:x <- $r1
	.loc	0 2 37 is_stmt 1                @ Inputs/debug-program.c:2:37 @[ Inputs/debug-program.c:5:27 ]
	add	r1, r1, r1, lsl #1
.Ltmp2:
	.loc	0 2 41 is_stmt 0                @ Inputs/debug-program.c:2:41 @[ Inputs/debug-program.c:5:27 ]
	add	r0, r0, r1
.Ltmp3:
	.loc	0 5 39 is_stmt 1                @ Inputs/debug-program.c:5:39
	movw	r1, :lower16:msg
	movt	r1, :upper16:msg
	ldr	r1, [r1]
	ldrb	r1, [r1, #1]
	.loc	0 5 37 is_stmt 0                @ Inputs/debug-program.c:5:37
	add	r0, r0, r1
	.loc	0 5 20                          @ Inputs/debug-program.c:5:20
	bx	lr
.Ltmp4:
	.loc	0 0 20                          @ :0:20
.Ltmp5:
	.p2align	2
@ %bb.1:
.LCPI0_0:
	.long	tls_var(TPOFF)
.Lfunc_end0:
	.size	_start, .Lfunc_end0-_start
	.cfi_endproc
	.cantunwind
	.fnend
                                        @ -- End function
	.type	tls_var,%object                 @ @tls_var
	.section	.tdata,"awT",%progbits
	.globl	tls_var
	.p2align	2, 0x0
tls_var:
	.long	3                               @ 0x3
	.size	tls_var, 4

	.type	g,%object                       @ @g
	.data
	.globl	g
	.p2align	2, 0x0
g:
	.long	5                               @ 0x5
	.size	g, 4

	.type	.L.str,%object                  @ @.str
	.section	.rodata.str1.1,"aMS",%progbits,1
.L.str:
	.asciz	"hello"
	.size	.L.str, 6

	.type	msg,%object                     @ @msg
	.data
	.globl	msg
	.p2align	2, 0x0
msg:
	.long	.L.str
	.size	msg, 4

	.section	.debug_loclists,"",%progbits
	.long	.Ldebug_list_header_end0-.Ldebug_list_header_start0 @ Length
.Ldebug_list_header_start0:
	.short	5                               @ Version
	.byte	4                               @ Address size
	.byte	0                               @ Segment selector size
	.long	1                               @ Offset entry count
.Lloclists_table_base0:
	.long	.Ldebug_loc0-.Lloclists_table_base0
.Ldebug_loc0:
	.byte	4                               @ DW_LLE_offset_pair
	.uleb128 .Ltmp1-.Lfunc_begin0           @   starting offset
	.uleb128 .Ltmp2-.Lfunc_begin0           @   ending offset
	.byte	1                               @ Loc expr size
	.byte	81                              @ DW_OP_reg1
	.byte	0                               @ DW_LLE_end_of_list
.Ldebug_list_header_end0:
	.section	.debug_abbrev,"",%progbits
	.byte	1                               @ Abbreviation Code
	.byte	17                              @ DW_TAG_compile_unit
	.byte	1                               @ DW_CHILDREN_yes
	.byte	37                              @ DW_AT_producer
	.byte	37                              @ DW_FORM_strx1
	.byte	19                              @ DW_AT_language
	.byte	5                               @ DW_FORM_data2
	.byte	3                               @ DW_AT_name
	.byte	37                              @ DW_FORM_strx1
	.byte	114                             @ DW_AT_str_offsets_base
	.byte	23                              @ DW_FORM_sec_offset
	.byte	16                              @ DW_AT_stmt_list
	.byte	23                              @ DW_FORM_sec_offset
	.byte	27                              @ DW_AT_comp_dir
	.byte	37                              @ DW_FORM_strx1
	.byte	17                              @ DW_AT_low_pc
	.byte	27                              @ DW_FORM_addrx
	.byte	18                              @ DW_AT_high_pc
	.byte	6                               @ DW_FORM_data4
	.byte	115                             @ DW_AT_addr_base
	.byte	23                              @ DW_FORM_sec_offset
	.byte	116                             @ DW_AT_rnglists_base
	.byte	23                              @ DW_FORM_sec_offset
	.ascii	"\214\001"                      @ DW_AT_loclists_base
	.byte	23                              @ DW_FORM_sec_offset
	.byte	0                               @ EOM(1)
	.byte	0                               @ EOM(2)
	.byte	2                               @ Abbreviation Code
	.byte	52                              @ DW_TAG_variable
	.byte	0                               @ DW_CHILDREN_no
	.byte	3                               @ DW_AT_name
	.byte	37                              @ DW_FORM_strx1
	.byte	73                              @ DW_AT_type
	.byte	19                              @ DW_FORM_ref4
	.byte	63                              @ DW_AT_external
	.byte	25                              @ DW_FORM_flag_present
	.byte	58                              @ DW_AT_decl_file
	.byte	11                              @ DW_FORM_data1
	.byte	59                              @ DW_AT_decl_line
	.byte	11                              @ DW_FORM_data1
	.byte	2                               @ DW_AT_location
	.byte	24                              @ DW_FORM_exprloc
	.byte	0                               @ EOM(1)
	.byte	0                               @ EOM(2)
	.byte	3                               @ Abbreviation Code
	.byte	36                              @ DW_TAG_base_type
	.byte	0                               @ DW_CHILDREN_no
	.byte	3                               @ DW_AT_name
	.byte	37                              @ DW_FORM_strx1
	.byte	62                              @ DW_AT_encoding
	.byte	11                              @ DW_FORM_data1
	.byte	11                              @ DW_AT_byte_size
	.byte	11                              @ DW_FORM_data1
	.byte	0                               @ EOM(1)
	.byte	0                               @ EOM(2)
	.byte	4                               @ Abbreviation Code
	.byte	52                              @ DW_TAG_variable
	.byte	0                               @ DW_CHILDREN_no
	.byte	73                              @ DW_AT_type
	.byte	19                              @ DW_FORM_ref4
	.byte	58                              @ DW_AT_decl_file
	.byte	11                              @ DW_FORM_data1
	.byte	59                              @ DW_AT_decl_line
	.byte	11                              @ DW_FORM_data1
	.byte	2                               @ DW_AT_location
	.byte	24                              @ DW_FORM_exprloc
	.byte	0                               @ EOM(1)
	.byte	0                               @ EOM(2)
	.byte	5                               @ Abbreviation Code
	.byte	1                               @ DW_TAG_array_type
	.byte	1                               @ DW_CHILDREN_yes
	.byte	73                              @ DW_AT_type
	.byte	19                              @ DW_FORM_ref4
	.byte	0                               @ EOM(1)
	.byte	0                               @ EOM(2)
	.byte	6                               @ Abbreviation Code
	.byte	33                              @ DW_TAG_subrange_type
	.byte	0                               @ DW_CHILDREN_no
	.byte	73                              @ DW_AT_type
	.byte	19                              @ DW_FORM_ref4
	.byte	55                              @ DW_AT_count
	.byte	11                              @ DW_FORM_data1
	.byte	0                               @ EOM(1)
	.byte	0                               @ EOM(2)
	.byte	7                               @ Abbreviation Code
	.byte	36                              @ DW_TAG_base_type
	.byte	0                               @ DW_CHILDREN_no
	.byte	3                               @ DW_AT_name
	.byte	37                              @ DW_FORM_strx1
	.byte	11                              @ DW_AT_byte_size
	.byte	11                              @ DW_FORM_data1
	.byte	62                              @ DW_AT_encoding
	.byte	11                              @ DW_FORM_data1
	.byte	0                               @ EOM(1)
	.byte	0                               @ EOM(2)
	.byte	8                               @ Abbreviation Code
	.byte	15                              @ DW_TAG_pointer_type
	.byte	0                               @ DW_CHILDREN_no
	.byte	73                              @ DW_AT_type
	.byte	19                              @ DW_FORM_ref4
	.byte	0                               @ EOM(1)
	.byte	0                               @ EOM(2)
	.byte	9                               @ Abbreviation Code
	.byte	38                              @ DW_TAG_const_type
	.byte	0                               @ DW_CHILDREN_no
	.byte	73                              @ DW_AT_type
	.byte	19                              @ DW_FORM_ref4
	.byte	0                               @ EOM(1)
	.byte	0                               @ EOM(2)
	.byte	10                              @ Abbreviation Code
	.byte	46                              @ DW_TAG_subprogram
	.byte	1                               @ DW_CHILDREN_yes
	.byte	3                               @ DW_AT_name
	.byte	37                              @ DW_FORM_strx1
	.byte	58                              @ DW_AT_decl_file
	.byte	11                              @ DW_FORM_data1
	.byte	59                              @ DW_AT_decl_line
	.byte	11                              @ DW_FORM_data1
	.byte	39                              @ DW_AT_prototyped
	.byte	25                              @ DW_FORM_flag_present
	.byte	73                              @ DW_AT_type
	.byte	19                              @ DW_FORM_ref4
	.byte	32                              @ DW_AT_inline
	.byte	33                              @ DW_FORM_implicit_const
	.byte	1
	.byte	0                               @ EOM(1)
	.byte	0                               @ EOM(2)
	.byte	11                              @ Abbreviation Code
	.byte	5                               @ DW_TAG_formal_parameter
	.byte	0                               @ DW_CHILDREN_no
	.byte	3                               @ DW_AT_name
	.byte	37                              @ DW_FORM_strx1
	.byte	58                              @ DW_AT_decl_file
	.byte	11                              @ DW_FORM_data1
	.byte	59                              @ DW_AT_decl_line
	.byte	11                              @ DW_FORM_data1
	.byte	73                              @ DW_AT_type
	.byte	19                              @ DW_FORM_ref4
	.byte	0                               @ EOM(1)
	.byte	0                               @ EOM(2)
	.byte	12                              @ Abbreviation Code
	.byte	46                              @ DW_TAG_subprogram
	.byte	1                               @ DW_CHILDREN_yes
	.byte	17                              @ DW_AT_low_pc
	.byte	27                              @ DW_FORM_addrx
	.byte	18                              @ DW_AT_high_pc
	.byte	6                               @ DW_FORM_data4
	.byte	64                              @ DW_AT_frame_base
	.byte	24                              @ DW_FORM_exprloc
	.byte	122                             @ DW_AT_call_all_calls
	.byte	25                              @ DW_FORM_flag_present
	.byte	3                               @ DW_AT_name
	.byte	37                              @ DW_FORM_strx1
	.byte	58                              @ DW_AT_decl_file
	.byte	11                              @ DW_FORM_data1
	.byte	59                              @ DW_AT_decl_line
	.byte	11                              @ DW_FORM_data1
	.byte	39                              @ DW_AT_prototyped
	.byte	25                              @ DW_FORM_flag_present
	.byte	73                              @ DW_AT_type
	.byte	19                              @ DW_FORM_ref4
	.byte	63                              @ DW_AT_external
	.byte	25                              @ DW_FORM_flag_present
	.byte	0                               @ EOM(1)
	.byte	0                               @ EOM(2)
	.byte	13                              @ Abbreviation Code
	.byte	29                              @ DW_TAG_inlined_subroutine
	.byte	1                               @ DW_CHILDREN_yes
	.byte	49                              @ DW_AT_abstract_origin
	.byte	19                              @ DW_FORM_ref4
	.byte	85                              @ DW_AT_ranges
	.byte	35                              @ DW_FORM_rnglistx
	.byte	88                              @ DW_AT_call_file
	.byte	11                              @ DW_FORM_data1
	.byte	89                              @ DW_AT_call_line
	.byte	11                              @ DW_FORM_data1
	.byte	87                              @ DW_AT_call_column
	.byte	11                              @ DW_FORM_data1
	.byte	0                               @ EOM(1)
	.byte	0                               @ EOM(2)
	.byte	14                              @ Abbreviation Code
	.byte	5                               @ DW_TAG_formal_parameter
	.byte	0                               @ DW_CHILDREN_no
	.byte	2                               @ DW_AT_location
	.byte	34                              @ DW_FORM_loclistx
	.byte	49                              @ DW_AT_abstract_origin
	.byte	19                              @ DW_FORM_ref4
	.byte	0                               @ EOM(1)
	.byte	0                               @ EOM(2)
	.byte	0                               @ EOM(3)
	.section	.debug_info,"",%progbits
.Lcu_begin0:
	.long	.Ldebug_info_end0-.Ldebug_info_start0 @ Length of Unit
.Ldebug_info_start0:
	.short	5                               @ DWARF version number
	.byte	1                               @ DWARF Unit Type
	.byte	4                               @ Address Size (in bytes)
	.long	.debug_abbrev                   @ Offset Into Abbrev. Section
	.byte	1                               @ Abbrev [1] 0xc:0xa2 DW_TAG_compile_unit
	.byte	0                               @ DW_AT_producer
	.short	29                              @ DW_AT_language
	.byte	1                               @ DW_AT_name
	.long	.Lstr_offsets_base0             @ DW_AT_str_offsets_base
	.long	.Lline_table_start0             @ DW_AT_stmt_list
	.byte	2                               @ DW_AT_comp_dir
	.byte	3                               @ DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       @ DW_AT_high_pc
	.long	.Laddr_table_base0              @ DW_AT_addr_base
	.long	.Lrnglists_table_base0          @ DW_AT_rnglists_base
	.long	.Lloclists_table_base0          @ DW_AT_loclists_base
	.byte	2                               @ Abbrev [2] 0x2b:0xf DW_TAG_variable
	.byte	3                               @ DW_AT_name
	.long	58                              @ DW_AT_type
                                        @ DW_AT_external
	.byte	0                               @ DW_AT_decl_file
	.byte	1                               @ DW_AT_decl_line
	.byte	6                               @ DW_AT_location
	.byte	12
	.long	tls_var(TLSLDO)
	.byte	224
	.byte	3                               @ Abbrev [3] 0x3a:0x4 DW_TAG_base_type
	.byte	4                               @ DW_AT_name
	.byte	5                               @ DW_AT_encoding
	.byte	4                               @ DW_AT_byte_size
	.byte	2                               @ Abbrev [2] 0x3e:0xb DW_TAG_variable
	.byte	5                               @ DW_AT_name
	.long	58                              @ DW_AT_type
                                        @ DW_AT_external
	.byte	0                               @ DW_AT_decl_file
	.byte	3                               @ DW_AT_decl_line
	.byte	2                               @ DW_AT_location
	.byte	161
	.byte	0
	.byte	4                               @ Abbrev [4] 0x49:0xa DW_TAG_variable
	.long	83                              @ DW_AT_type
	.byte	0                               @ DW_AT_decl_file
	.byte	4                               @ DW_AT_decl_line
	.byte	2                               @ DW_AT_location
	.byte	161
	.byte	1
	.byte	5                               @ Abbrev [5] 0x53:0xc DW_TAG_array_type
	.long	95                              @ DW_AT_type
	.byte	6                               @ Abbrev [6] 0x58:0x6 DW_TAG_subrange_type
	.long	99                              @ DW_AT_type
	.byte	6                               @ DW_AT_count
	.byte	0                               @ End Of Children Mark
	.byte	3                               @ Abbrev [3] 0x5f:0x4 DW_TAG_base_type
	.byte	6                               @ DW_AT_name
	.byte	8                               @ DW_AT_encoding
	.byte	1                               @ DW_AT_byte_size
	.byte	7                               @ Abbrev [7] 0x63:0x4 DW_TAG_base_type
	.byte	7                               @ DW_AT_name
	.byte	8                               @ DW_AT_byte_size
	.byte	7                               @ DW_AT_encoding
	.byte	2                               @ Abbrev [2] 0x67:0xb DW_TAG_variable
	.byte	8                               @ DW_AT_name
	.long	114                             @ DW_AT_type
                                        @ DW_AT_external
	.byte	0                               @ DW_AT_decl_file
	.byte	4                               @ DW_AT_decl_line
	.byte	2                               @ DW_AT_location
	.byte	161
	.byte	2
	.byte	8                               @ Abbrev [8] 0x72:0x5 DW_TAG_pointer_type
	.long	119                             @ DW_AT_type
	.byte	9                               @ Abbrev [9] 0x77:0x5 DW_TAG_const_type
	.long	95                              @ DW_AT_type
	.byte	10                              @ Abbrev [10] 0x7c:0x11 DW_TAG_subprogram
	.byte	9                               @ DW_AT_name
	.byte	0                               @ DW_AT_decl_file
	.byte	2                               @ DW_AT_decl_line
                                        @ DW_AT_prototyped
	.long	58                              @ DW_AT_type
                                        @ DW_AT_inline
	.byte	11                              @ Abbrev [11] 0x84:0x8 DW_TAG_formal_parameter
	.byte	10                              @ DW_AT_name
	.byte	0                               @ DW_AT_decl_file
	.byte	2                               @ DW_AT_decl_line
	.long	58                              @ DW_AT_type
	.byte	0                               @ End Of Children Mark
	.byte	12                              @ Abbrev [12] 0x8d:0x20 DW_TAG_subprogram
	.byte	3                               @ DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       @ DW_AT_high_pc
	.byte	1                               @ DW_AT_frame_base
	.byte	93
                                        @ DW_AT_call_all_calls
	.byte	11                              @ DW_AT_name
	.byte	0                               @ DW_AT_decl_file
	.byte	5                               @ DW_AT_decl_line
                                        @ DW_AT_prototyped
	.long	58                              @ DW_AT_type
                                        @ DW_AT_external
	.byte	13                              @ Abbrev [13] 0x9c:0x10 DW_TAG_inlined_subroutine
	.long	124                             @ DW_AT_abstract_origin
	.byte	0                               @ DW_AT_ranges
	.byte	0                               @ DW_AT_call_file
	.byte	5                               @ DW_AT_call_line
	.byte	27                              @ DW_AT_call_column
	.byte	14                              @ Abbrev [14] 0xa5:0x6 DW_TAG_formal_parameter
	.byte	0                               @ DW_AT_location
	.long	132                             @ DW_AT_abstract_origin
	.byte	0                               @ End Of Children Mark
	.byte	0                               @ End Of Children Mark
	.byte	0                               @ End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_rnglists,"",%progbits
	.long	.Ldebug_list_header_end1-.Ldebug_list_header_start1 @ Length
.Ldebug_list_header_start1:
	.short	5                               @ Version
	.byte	4                               @ Address size
	.byte	0                               @ Segment selector size
	.long	1                               @ Offset entry count
.Lrnglists_table_base0:
	.long	.Ldebug_ranges0-.Lrnglists_table_base0
.Ldebug_ranges0:
	.byte	4                               @ DW_RLE_offset_pair
	.uleb128 .Lfunc_begin0-.Lfunc_begin0    @   starting offset
	.uleb128 .Ltmp0-.Lfunc_begin0           @   ending offset
	.byte	4                               @ DW_RLE_offset_pair
	.uleb128 .Ltmp1-.Lfunc_begin0           @   starting offset
	.uleb128 .Ltmp3-.Lfunc_begin0           @   ending offset
	.byte	0                               @ DW_RLE_end_of_list
.Ldebug_list_header_end1:
	.section	.debug_str_offsets,"",%progbits
	.long	52                              @ Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",%progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 22.1.8 (1~deb12u1)" @ string offset=0
.Linfo_string1:
	.asciz	"Inputs/debug-program.c"        @ string offset=40
.Linfo_string2:
	.asciz	"." @ string offset=63
.Linfo_string3:
	.asciz	"tls_var"                       @ string offset=94
.Linfo_string4:
	.asciz	"int"                           @ string offset=102
.Linfo_string5:
	.asciz	"g"                             @ string offset=106
.Linfo_string6:
	.asciz	"char"                          @ string offset=108
.Linfo_string7:
	.asciz	"__ARRAY_SIZE_TYPE__"           @ string offset=113
.Linfo_string8:
	.asciz	"msg"                           @ string offset=133
.Linfo_string9:
	.asciz	"helper"                        @ string offset=137
.Linfo_string10:
	.asciz	"x"                             @ string offset=144
.Linfo_string11:
	.asciz	"_start"                        @ string offset=146
	.section	.debug_str_offsets,"",%progbits
	.long	.Linfo_string0
	.long	.Linfo_string1
	.long	.Linfo_string2
	.long	.Linfo_string3
	.long	.Linfo_string4
	.long	.Linfo_string5
	.long	.Linfo_string6
	.long	.Linfo_string7
	.long	.Linfo_string8
	.long	.Linfo_string9
	.long	.Linfo_string10
	.long	.Linfo_string11
	.section	.debug_addr,"",%progbits
	.long	.Ldebug_addr_end0-.Ldebug_addr_start0 @ Length of contribution
.Ldebug_addr_start0:
	.short	5                               @ DWARF version number
	.byte	4                               @ Address size
	.byte	0                               @ Segment selector size
.Laddr_table_base0:
	.long	g
	.long	.L.str
	.long	msg
	.long	.Lfunc_begin0
.Ldebug_addr_end0:
	.ident	"Debian clang version 22.1.8 (1~deb12u1)"
	.section	".note.GNU-stack","",%progbits
	.addrsig
	.eabi_attribute	30, 1	@ Tag_ABI_optimization_goals
	.section	.debug_line,"",%progbits
.Lline_table_start0:
