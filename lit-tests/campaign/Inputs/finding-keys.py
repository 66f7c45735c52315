"""finding-keys.py TOOLS: fuzzbuild.finding_key on canned failure reports,
one "name: key" line each, for finding-key.test."""
import sys

sys.path.insert(0, sys.argv[1])
from fuzzbuild import finding_key  # noqa: E402

H = "/src/relocheck/harness/encode"
STACK = ("    #0 0x55d0aa in relocheck::{fn}(unsigned int) {path}:{line}:9\n"
         "    #1 0x55d0bb in LLVMFuzzerTestOneInput "
         "/src/relocheck/fuzz/encoder_invariants.cpp:600:3\n\n")


def ubsan(path, line, message, fn, check="undefined-behavior",
          stack=True):
    return (f"INFO: Seed: 1\n{path}:{line}:9: runtime error: {message}\n"
            + (STACK.format(fn=fn, path=path, line=line) if stack else "")
            + f"SUMMARY: UndefinedBehaviorSanitizer: {check} "
            f"{path}:{line}:9\n")


ASAN = ("==1==ERROR: AddressSanitizer: heap-buffer-overflow on address "
        "0x6020 at pc 0x55 bp 0x7f\nREAD of size 4\n"
        "    #0 0x55 in relocheck::readObject(llvm::MemoryBufferRef) "
        "/src/relocheck/harness/elf/Reader.cpp:80:5\n")
cases = {
    # Two checks at one line of one function: two findings.
    "overflow": ubsan(f"{H}/Arm.cpp", 40,
                      "signed integer overflow: 2147483647 + 1 cannot be "
                      "represented in type 'int'", "encodeBranch",
                      "signed-integer-overflow"),
    "shift": ubsan(f"{H}/Arm.cpp", 40,
                   "shift exponent 32 is too large for 32-bit type "
                   "'unsigned int'", "encodeBranch", "shift-exponent"),
    # The first again, a line further down after an edit: the same one.
    "overflow-moved": ubsan(f"{H}/Arm.cpp", 41,
                            "signed integer overflow: 1 + 2147483647 "
                            "cannot be represented in type 'int'",
                            "encodeBranch", "signed-integer-overflow"),
    # Two files of one name, two functions: two findings.
    "same-name-a": ubsan(f"{H}/Util.cpp", 7, "left shift of negative value "
                         "-1", "signExtend", "shift-base"),
    "same-name-b": ubsan("/src/relocheck/harness/link/Util.cpp", 7,
                         "left shift of negative value -1", "alignTo",
                         "shift-base"),
    # Without report_error_type (summary "undefined-behavior"): the
    # message's words before its first value.
    "no-check-name": ubsan(f"{H}/Arm.cpp", 40, "left shift of negative "
                           "value -8", "encodeBranch"),
    # Without a stack: the file, never the line.
    "no-stack": ubsan(f"{H}/Arm.cpp", 40, "left shift of negative value -8",
                      "encodeBranch", "shift-base", stack=False),
    # A UBSan report without a stack before an ASan crash with one: the
    # crash's frames are not the UB's.
    "no-stack-then-asan": ubsan(f"{H}/Arm.cpp", 40, "left shift of "
                                "negative value -8", "encodeBranch",
                                "shift-base", stack=False) + ASAN,
    "asan": ASAN,
    "invariant": "invariant violated [checker-disagrees R_ARM_THM_CALL]: "
                 "the checker disagrees\n",
    "passes": "INFO: Seed: 1\nExecuted x in 1 ms\n",
}
for name, text in cases.items():
    print(f"{name}: {finding_key(text)}")
