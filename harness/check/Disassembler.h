//===- Disassembler.h - What a patched instruction means --------*- C++ -*-===//
//
// Decodes patched bytes with LLVM's MC disassembler, independently of
// relocheck's own encoders, and reports what the instruction does: the
// branch destination and the state it enters, or the immediate a MOVW/MOVT
// loads. The checker compares that meaning with the relocation's formula.
//
//===----------------------------------------------------------------------===//
#ifndef RELOCHECK_CHECK_DISASSEMBLER_H
#define RELOCHECK_CHECK_DISASSEMBLER_H

#include "kinds/Arch.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/MC/MCInst.h"
#include "llvm/Support/Error.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace relocheck {

class ArmDisassembler;

/// What one instruction means. Decoding allocates nothing: names point
/// into LLVM's static opcode and register tables, and the printed form is
/// made only when asked for (diagnostics and dump lines), so the fuzz
/// targets can decode every input cheaply.
struct DecodedInsn {
  bool Valid = false;
  unsigned Size = 0;
  llvm::StringRef Mnemonic; // LLVM opcode name, e.g. "tBLXi"
  std::optional<uint32_t> BranchTarget; // destination address
  bool IsCall = false; // a branch with link (BL, BLX): lr gets the return
  bool TargetThumb = false;             // state at the destination
  /// Branch Future (BF, BFL, BFCSEL): where the branch it stands for sits
  /// (PC + boff:'0'); BranchTarget is where that branch goes.
  std::optional<uint32_t> BranchPoint;
  std::optional<uint32_t> Imm16;        // MOVW/MOVT immediate
  bool IsMovt = false;
  /// Address a PC-relative load or ADR uses, as LLVM's MCInstrAnalysis
  /// computes it (llvm-objdump prints it as "@ 0x...").
  std::optional<uint32_t> PcRelAddress;
  llvm::SmallVector<int64_t, 4> Imms; // every immediate operand, in order
  /// Register operands by LLVM's name ("PC", "R12").
  llvm::SmallVector<llvm::StringRef, 4> Regs;
  /// The condition it runs under, as the encoding's cond field numbers
  /// it (0 EQ ... 13 LE); 14 (AL) for an unconditional one, BLX
  /// (immediate) and instructions that take no condition included. A
  /// Thumb instruction decoded alone knows no IT block: AL, but for B<c>.
  unsigned Cond = 14;

  /// The instruction as llvm-objdump prints it, tabs made spaces
  /// ("blx #8184"); "" when it did not decode. Valid while the
  /// disassembler that decoded it lives.
  std::string text() const;

private:
  friend class ArmDisassembler;
  const ArmDisassembler *By = nullptr;
  llvm::MCInst Inst;
  uint32_t Addr = 0;
  bool Thumb = false;
};

class ArmDisassembler {
public:
  static llvm::Expected<std::unique_ptr<ArmDisassembler>>
  create(const ArchProfile &Arch);
  ~ArmDisassembler();

  /// Decodes one instruction at Addr in ARM or Thumb state.
  DecodedInsn decode(llvm::ArrayRef<uint8_t> Bytes, uint32_t Addr,
                     bool Thumb) const;

private:
  friend struct DecodedInsn;
  std::string print(const llvm::MCInst &I, uint32_t Addr, bool Thumb) const;
  struct Impl;
  std::unique_ptr<Impl> P;
  ArmDisassembler();
};

} // namespace relocheck

#endif
