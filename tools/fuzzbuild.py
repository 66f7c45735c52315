"""Shared by tools/fault-hunt.py and bench/fuzz_rate.py: clang-22 fuzz
builds and each target's libFuzzer options (fuzz/<target>.options)."""
import configparser
import os
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def build_fuzz(build_dir, cmake_args, targets):
    """Configures build_dir once with clang-22 and cmake_args; builds targets."""
    if not os.path.exists(os.path.join(build_dir, "CMakeCache.txt")):
        subprocess.run(["cmake", "-S", ROOT, "-B", build_dir, "-G", "Ninja",
                        "-DCMAKE_BUILD_TYPE=Release",
                        "-DCMAKE_C_COMPILER=clang-22",
                        "-DCMAKE_CXX_COMPILER=clang++-22",
                        "-DRELOCHECK_BUILD_TESTS=OFF", *cmake_args],
                       check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["cmake", "--build", build_dir, "--target", *targets],
                   check=True, stdout=subprocess.DEVNULL)


def libfuzzer_flags(target):
    """The target's options file, as -key=value flags."""
    cp = configparser.ConfigParser()
    cp.read(os.path.join(ROOT, "fuzz", target + ".options"))
    flags = []
    for key, value in cp["libfuzzer"].items() if "libfuzzer" in cp else []:
        if key == "dict":
            value = os.path.join(ROOT, "fuzz", value)
        flags.append(f"-{key}={value}")
    return flags
