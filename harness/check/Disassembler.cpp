//===- Disassembler.cpp - What a patched instruction means ----------------===//
//
// Branch destinations are computed from the MCInst's PC-relative operand as
// the Arm ARM defines them (DDI 0406C A8.8.25): ARM B/BL/BLX go to
// PC + 8 + imm (BLX adds H:'0' inside imm and enters Thumb); Thumb BL/B.W go
// to PC + 4 + imm; Thumb BLX goes to Align(PC + 4, 4) + imm and enters ARM.
// Armv8.1-M BF, BFL and BFCSEL name a branch point and a target, both
// PC + 4 + imm (Armv8-M ARM, DDI 0553, "BF, BFX, BFL, BFLX, BFCSEL").
//
//===----------------------------------------------------------------------===//
#include "check/Disassembler.h"

#include "assemble/Assembler.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/MC/MCAsmInfo.h"
#include "llvm/MC/MCContext.h"
#include "llvm/MC/MCDisassembler/MCDisassembler.h"
#include "llvm/MC/MCInst.h"
#include "llvm/MC/MCInstPrinter.h"
#include "llvm/MC/MCInstrAnalysis.h"
#include "llvm/MC/MCInstrInfo.h"
#include "llvm/MC/MCRegisterInfo.h"
#include "llvm/MC/MCSubtargetInfo.h"
#include "llvm/MC/MCTargetOptions.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/TargetParser/Triple.h"

using namespace llvm;

namespace relocheck {

namespace {

/// One decoding state (ARM or Thumb) with everything MC needs.
struct StateDecoder {
  Triple TT;
  std::unique_ptr<MCRegisterInfo> MRI;
  std::unique_ptr<MCAsmInfo> MAI;
  std::unique_ptr<MCSubtargetInfo> STI;
  std::unique_ptr<MCContext> Ctx;
  std::unique_ptr<MCDisassembler> Dis;
  std::unique_ptr<MCInstPrinter> Printer;
};

Error initState(StateDecoder &D, const Target &T, const MCInstrInfo &MII,
                const std::string &TripleName, const ArchProfile &Arch) {
  D.TT = Triple(Triple::normalize(TripleName));
  MCTargetOptions Options;
  D.MRI.reset(T.createMCRegInfo(D.TT));
  D.MAI.reset(T.createMCAsmInfo(*D.MRI, D.TT, Options));
  // Decoding only: on A-profile v7 and later also Advanced SIMD, so that
  // bytes a linker wrongly leaves there are named (GNU ld's 0xf320f000 is
  // `vhadd.u32 d15, d0, d0`, not an undecodable word).
  std::string Features(Arch.Features);
  StringRef Name(Arch.Triple);
  if (Arch.HasArmState && (Name.contains("v7") || Name.contains("v8")))
    Features += Features.empty() ? "+neon" : ",+neon";
  D.STI.reset(T.createMCSubtargetInfo(D.TT, Arch.CPU, Features));
  D.Ctx = std::make_unique<MCContext>(D.TT, D.MAI.get(), D.MRI.get(),
                                      D.STI.get());
  D.Dis.reset(T.createMCDisassembler(*D.STI, *D.Ctx));
  D.Printer.reset(T.createMCInstPrinter(D.TT, 0, *D.MAI, MII, *D.MRI));
  if (!D.Dis || !D.Printer)
    return createStringError(inconvertibleErrorCode(),
                             "error: no ARM disassembler for " + TripleName);
  return Error::success();
}

/// The PC-relative immediate of a branch, if the opcode is one.
std::optional<int64_t> branchImm(const MCInst &I, const MCInstrInfo &MII) {
  const MCInstrDesc &Desc = MII.get(I.getOpcode());
  for (unsigned N = 0; N < I.getNumOperands() && N < Desc.getNumOperands();
       ++N)
    if (Desc.operands()[N].OperandType == MCOI::OPERAND_PCREL &&
        I.getOperand(N).isImm())
      return I.getOperand(N).getImm();
  return std::nullopt;
}

std::optional<int64_t> firstImm(const MCInst &I) {
  for (const MCOperand &Op : I)
    if (Op.isImm())
      return Op.getImm();
  return std::nullopt;
}

} // namespace

struct ArmDisassembler::Impl {
  std::unique_ptr<MCInstrInfo> MII;
  std::unique_ptr<MCInstrAnalysis> MIA;
  std::optional<StateDecoder> Arm, Thumb;
};

ArmDisassembler::ArmDisassembler() : P(std::make_unique<Impl>()) {}
ArmDisassembler::~ArmDisassembler() = default;

Expected<std::unique_ptr<ArmDisassembler>>
ArmDisassembler::create(const ArchProfile &Arch) {
  initializeArmTarget();
  std::string Err;
  std::string Base(Arch.Triple);
  Triple Probe(Triple::normalize(Base));
  const Target *T = TargetRegistry::lookupTarget(Probe, Err);
  if (!T)
    return createStringError(inconvertibleErrorCode(), "error: " + Err);

  std::unique_ptr<ArmDisassembler> D(new ArmDisassembler());
  D->P->MII.reset(T->createMCInstrInfo());
  D->P->MIA.reset(T->createMCInstrAnalysis(D->P->MII.get()));
  // "armv7a-none-eabi" -> "thumbv7a-none-eabi" and back.
  std::string Sub = Base.substr(Base.find('v'));
  if (Arch.HasArmState) {
    D->P->Arm.emplace();
    if (Error E = initState(*D->P->Arm, *T, *D->P->MII, "arm" + Sub, Arch))
      return E;
  }
  D->P->Thumb.emplace();
  if (Error E = initState(*D->P->Thumb, *T, *D->P->MII, "thumb" + Sub,
                         Arch))
    return E;
  return D;
}

DecodedInsn ArmDisassembler::decode(ArrayRef<uint8_t> Bytes, uint32_t Addr,
                                    bool Thumb) const {
  DecodedInsn Out;
  const std::optional<StateDecoder> &S = Thumb ? P->Thumb : P->Arm;
  if (!S)
    return Out;
  MCInst I;
  uint64_t Size = 0;
  if (S->Dis->getInstruction(I, Size, Bytes, Addr, nulls()) !=
      MCDisassembler::Success)
    return Out;
  Out.Valid = true;
  Out.Size = unsigned(Size);
  Out.By = this;
  Out.Inst = I;
  Out.Addr = Addr;
  Out.Thumb = Thumb;
  Out.Mnemonic = P->MII->getName(I.getOpcode());
  // The predicate operand holds the condition (ARMCC, the cond field's
  // numbering); an unpredicated opcode has none and always runs.
  int Pred = P->MII->get(I.getOpcode()).findFirstPredOperandIdx();
  if (Pred >= 0 && unsigned(Pred) < I.getNumOperands() &&
      I.getOperand(Pred).isImm())
    Out.Cond = unsigned(I.getOperand(Pred).getImm());
  for (const MCOperand &Op : I) {
    if (Op.isImm())
      Out.Imms.push_back(Op.getImm());
    else if (Op.isReg() && Op.getReg())
      Out.Regs.push_back(S->MRI->getName(Op.getReg()));
  }
  if (P->MIA)
    if (auto A = P->MIA->evaluateMemoryOperandAddress(I, S->STI.get(), Addr,
                                                      Size))
      Out.PcRelAddress = uint32_t(*A);
  StringRef M = Out.Mnemonic;
  static const char *const Branches[] = {
      "B",  "Bcc",    "BL",  "BL_pred", "BLXi",  "tB",   "tBcc",
      "tBL", "tBLXi", "t2B", "t2Bcc",   "tCBZ", "tCBNZ"};
  bool IsBranch = llvm::is_contained(Branches, M);
  Out.IsCall = M == "BL" || M == "BL_pred" || M == "BLXi" || M == "tBL" ||
               M == "tBLXi";
  uint32_t ThumbPC = (Addr + 4) & ~3u; // Align(PC, 4) for literal forms
  if (M == "tADR" && !Out.Imms.empty()) // imm8, scaled by 4
    Out.PcRelAddress = ThumbPC + uint32_t(Out.Imms[0]) * 4;
  if (M == "t2ADR" && !Out.Imms.empty()) // signed imm12
    Out.PcRelAddress = ThumbPC + uint32_t(int32_t(Out.Imms[0]));
  // Branch Future: operands are the branch point's offset and the
  // target's, both from PC = Addr + 4 (Armv8.1-M, "BF, BFX, BFL, BFLX,
  // BFCSEL"); the target is always Thumb code.
  bool IsBranchFuture = M == "t2BFi" || M == "t2BFLi" || M == "t2BFic";
  if (IsBranchFuture && Out.Imms.size() >= 2) {
    Out.BranchPoint = uint32_t(Addr + 4 + Out.Imms[0]);
    Out.BranchTarget = uint32_t(Addr + 4 + Out.Imms[1]);
    Out.TargetThumb = true;
  }
  if (auto Imm = IsBranch ? branchImm(I, *P->MII) : std::nullopt) {
    if (M == "BLXi") {
      Out.BranchTarget = uint32_t(Addr + 8 + *Imm);
      Out.TargetThumb = true;
    } else if (M == "tBLXi") {
      Out.BranchTarget = uint32_t(((Addr + 4) & ~3u) + *Imm);
      Out.TargetThumb = false;
    } else {
      Out.BranchTarget = uint32_t(Addr + (Thumb ? 4 : 8) + *Imm);
      Out.TargetThumb = Thumb;
    }
  }
  if (M == "MOVi16" || M == "MOVTi16" || M == "t2MOVi16" ||
      M == "t2MOVTi16") {
    Out.Imm16 = uint32_t(firstImm(I).value_or(0)) & 0xFFFF;
    Out.IsMovt = M == "MOVTi16" || M == "t2MOVTi16";
  }
  return Out;
}

std::string ArmDisassembler::print(const MCInst &I, uint32_t Addr,
                                   bool Thumb) const {
  const std::optional<StateDecoder> &S = Thumb ? P->Thumb : P->Arm;
  std::string Text;
  raw_string_ostream OS(Text);
  S->Printer->printInst(&I, Addr, "", *S->STI, OS);
  OS.flush();
  size_t Start = Text.find_first_not_of(" \t");
  Text = Start == std::string::npos ? "" : Text.substr(Start);
  for (char &C : Text)
    if (C == '\t')
      C = ' ';
  return Text;
}

std::string DecodedInsn::text() const {
  return Valid && By ? By->print(Inst, Addr, Thumb) : "";
}

} // namespace relocheck
