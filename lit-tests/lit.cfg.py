# lit configuration for relocheck. Run from the repository root:
#   lit lit-tests/
# The tool is taken from build/bin (override with RELOCHECK_BIN=DIR);
# FileCheck and friends from /usr/lib/llvm-22/bin.
import glob
import os
import shutil

import lit.formats

config.name = "relocheck"
# External shell: RUN lines may use `;`, `$?` and pipes like a normal shell.
config.test_format = lit.formats.ShTest(execute_external=True)
config.suffixes = [".s", ".test"]
config.excludes = ["Inputs"]

repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
config.test_source_root = os.path.dirname(os.path.abspath(__file__))
config.test_exec_root = os.path.join(repo, "build", "lit-tests")

# The tests run in their Output/ folders: a relative RELOCHECK_BIN is made
# absolute here, or PATH would find another relocheck there.
bin_dir = os.path.abspath(
    os.environ.get("RELOCHECK_BIN", os.path.join(repo, "build", "bin")))
# The suite reads the checkout around it; a copy of lit-tests/ alone would
# fail every test (with a hint to create the goldens it cannot find).
missing = [d for d in ("golden", "corpus", "tools", "README.md")
           if not os.path.exists(os.path.join(repo, d))]
if missing:
    lit_config.fatal(
        f"{repo} lacks {', '.join(missing)}: lit-tests/ runs inside a "
        "relocheck checkout (clone the repository; a copy of lit-tests/ "
        "alone cannot run)")
llvm_bin = "/usr/lib/llvm-22/bin"
if not os.path.exists(os.path.join(bin_dir, "relocheck")):
    lit_config.fatal(
        f"no relocheck in {bin_dir}: build it first (tools/setup.sh), "
        "or name another build's bin/ with RELOCHECK_BIN=DIR")
# A planted fault (docs/fuzzing.md) reaches the tests, so that a test can be
# run against a RELOCHECK_PLANT_FAULTS build (tools/campaign.py does).
if "RELOCHECK_FAULT" in os.environ:
    config.environment["RELOCHECK_FAULT"] = os.environ["RELOCHECK_FAULT"]
config.environment["PATH"] = os.pathsep.join(
    [bin_dir, llvm_bin, config.environment.get("PATH", os.environ["PATH"])])
# What a test runs in turn (lit on the tests a campaign wrote,
# tools/peer-suite.py) takes relocheck from the same folder.
config.environment["RELOCHECK_BIN"] = bin_dir
# For a test that puts a stand-in tool first on PATH (env PATH=DIR:%{path}).
config.substitutions.append(("%{path}", config.environment["PATH"]))
# relocheck's own folder, for a test that runs it on a PATH of its own.
config.substitutions.append(("%{relocheck_bin}", bin_dir))

golden = os.path.join(repo, "golden")
config.substitutions.append(
    ("%check",
     f"relocheck check --golden-dir={golden} "
     f"--test-root={config.test_source_root}"))
config.substitutions.append(("%corpus", os.path.join(repo, "corpus")))
config.substitutions.append(("%inputs",
                             os.path.join(config.test_source_root, "Inputs")))
config.substitutions.append(("%lld", os.path.join(llvm_bin, "ld.lld")))

if shutil.which("qemu-arm"):
    config.available_features.add("qemu-arm")
if shutil.which("chromium"):
    config.available_features.add("chromium")
if shutil.which("mold"):
    config.available_features.add("mold")
if shutil.which("qemu-armeb"):
    config.available_features.add("qemu-armeb")
if os.path.exists(os.path.join(llvm_bin, "ld.lld")):
    config.available_features.add("ld.lld")
if shutil.which("arm-linux-gnueabihf-ld"):
    config.available_features.add("gnu-ld")
# libFuzzer builds (tools/campaign.py, tools/fault-hunt.py) need clang-22
# and its fuzzer runtime (libclang-rt-22-dev).
if shutil.which("clang++-22") and glob.glob(
        "/usr/lib/llvm-22/lib/clang/*/lib/*/libclang_rt.fuzzer*.a"):
    config.available_features.add("libfuzzer")
if shutil.which("gnuplot"):
    config.available_features.add("gnuplot")
