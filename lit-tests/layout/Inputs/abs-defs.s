        .globl abs_arm
        .type abs_arm, %function
        .set abs_arm, 0x30000
        .globl abs_thumb
        .type abs_thumb, %function
        .set abs_thumb, 0x30011
        .globl abs_data
        .set abs_data, 0x40000
        .weak maybe
