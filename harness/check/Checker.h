//===- Checker.h - Verdicts on every relocation site ------------*- C++ -*-===//
//
// Judges a link site by site: each patched field is decoded by LLVM's MC
// disassembler and its meaning (branch destination and state, MOVW/MOVT
// immediate, data word) must equal the relocation's formula, recomputed
// here from S, A, P and T. Written expectations (TestSpec.h) and goldens
// are checked on top. Also cross-checks every function symbol's Thumb bit
// against the mapping symbols, and every branch's destination state against
// the mapping symbols at the destination.
//
//===----------------------------------------------------------------------===//
#ifndef RELOCHECK_CHECK_CHECKER_H
#define RELOCHECK_CHECK_CHECKER_H

#include "check/Disassembler.h"
#include "check/TestSpec.h"
#include "link/Linker.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace relocheck {

/// Bytes as "e1 2f ff 1e", as dump lines and messages print them.
std::string bytesText(const std::vector<uint8_t> &B);

/// The ABI value X of formula F, computed apart from the linker core.
uint32_t abiValue(Formula F, const RelocInputs &In);

/// The ABI's group split (AAELF32 5.6.1.5), written apart from the
/// encoders: {G_N, what groups 0..N of Y leave}.
std::pair<uint32_t, uint32_t> abiGroupSplit(uint32_t Y, unsigned N);

class Checker {
public:
  Checker(const LinkResult &R, const ArmDisassembler &Dis);

  /// One line per site, for `relocheck dump` and goldens.
  std::vector<std::string> dumpLines() const;

  /// Every problem found, one diagnostic line each; empty means pass.
  /// Sites whose failure an `expect ... error:` predicts do not count.
  std::vector<std::string> check(const TestSpec &Spec) const;

  /// What check() finds past the link's own errors (R.Errors) and the
  /// expectations: each site's decoding against its formula (but for a
  /// misstored BE8 site Spec's `error:` line predicts), and the Thumb bits
  /// of functions against their mapping symbols. For `dump`.
  std::vector<std::string> semanticProblems(const TestSpec &Spec) const;

  /// Reads N bytes of code at an address, in little-endian instruction
  /// order, or nullopt where there is nothing to read.
  using CodeReader = std::function<std::optional<std::vector<uint8_t>>(
      uint32_t, unsigned)>;

  /// The checks every site gets with no expectation: LLVM's decoding of
  /// the patched field against the formula. Appends problems to Out.
  void checkSite(const Site &S, std::vector<std::string> &Out) const {
    checkSemantics(S, Out);
  }
  /// The same for another linker's result at S, whose branches may go
  /// through veneers of its own: Code reads its image, and such a veneer
  /// is followed to where it leaves. A veneer it cannot follow is a problem
  /// that starts with "not judged:".
  /// Own says where the other linker's own code is (default: off
  /// relocheck's layout).
  void checkForeignSite(const Site &S, const CodeReader &Code,
                        std::vector<std::string> &Out,
                        const std::function<bool(uint32_t)> *Own =
                            nullptr) const {
    ForeignCode = &Code;
    ForeignOwn = Own;
    checkSemantics(S, Out);
    ForeignCode = nullptr;
    ForeignOwn = nullptr;
  }

  /// A word of another linker's image as a number (in the image's byte
  /// order), or nullopt where it has none.
  using WordReader = std::function<std::optional<uint32_t>(uint32_t)>;
  /// checkSite for another linker's result at a site through the GOT:
  /// S.In.GotEntry and S.In.GotOrigin are that linker's own (the judge
  /// works them out from its field and its _GLOBAL_OFFSET_TABLE_), and the
  /// GOT word is read from its image with Words. Not for the TLS kinds.
  void checkForeignGotSite(const Site &S, const WordReader &Words,
                           std::vector<std::string> &Out) const {
    ForeignWords = &Words;
    checkSemantics(S, Out);
    ForeignWords = nullptr;
  }

  /// Where the patched branch at S goes, as LLVM decodes it.
  std::optional<uint32_t> branchDestination(const Site &S) const {
    return decodeSite(S).BranchTarget;
  }
  /// The field's bytes as they sit in the output file.
  std::vector<uint8_t> outputBytes(const Site &S) const;
  /// BE8 only: Bytes at S's field, between object order (BE32) and image
  /// order, both ways. As the writer does, by the section's mapping
  /// symbols: each ARM word of an $a region and each Thumb halfword of a
  /// $t region is reversed, whatever the relocation's kind.
  std::vector<uint8_t> be8Order(const Site &S,
                                const std::vector<uint8_t> &Bytes) const;
  /// What the field at S holds, as LLVM decodes it: "word 0x00022041",
  /// "blx #8186 => 0x00022006 thumb"; "" for a site with no field.
  std::string meaning(const Site &S) const;
  /// Runs a veneer someone placed (relocheck's, or an oracle's) from Start
  /// in the given state, as LLVM decodes it: ldr pc/ip literal, movw/movt
  /// ip, add ip, pc, bx ip, bx pc, B, nops. Returns where control leaves
  /// (bit 0 = Thumb), or why it cannot tell; Broken, when given, is set
  /// when the veneer is wrong whatever it meant (an instruction in it
  /// runs only under a condition).
  std::pair<std::optional<uint32_t>, std::string>
  followStub(uint32_t Start, bool Thumb, const CodeReader &Read,
             bool Foreign = false, bool *Broken = nullptr) const;

  /// Whether the patched branch at S enters Thumb state.
  bool entersThumb(const Site &S) const {
    return decodeSite(S).TargetThumb;
  }
  /// A branch with link (BL, BLX): the caller gets its return address.
  bool isCall(const Site &S) const { return decodeSite(S).IsCall; }
  /// A NOP: NOP (HINT #0, any condition), or the MOV r0, r0 (ARM) and
  /// MOV r8, r8 (Thumb) that stand for it before v6K/v6T2, as GNU ld
  /// writes at a call to an undefined weak symbol. Not the other hints
  /// (WFI, WFE, SEV, YIELD).
  bool isNop(const Site &S) const;
  /// Why the instruction at S (its After bytes) cannot run on the link's
  /// architecture whatever its target (a BLX before v5T, a BL with J1/J2
  /// before Thumb-2), or "".
  std::string notOnArch(const Site &S) const;
  std::string notOnArch(const DecodedInsn &D,
                        llvm::ArrayRef<uint8_t> After) const;
  /// Whether Addr lies in a section relocheck placed from an input.
  bool placed(uint32_t Addr) const;
  const LinkResult &result() const { return R; }
  /// A link error at a site as check() reports it when no expectation
  /// predicts it: naming the expectation that would ("no '@ expect over
  /// error:' line predicts it"), or the malformed `@ expect` line of
  /// Spec that names the site and may have meant to.
  std::string unpredicted(const Site &S,
                          const TestSpec *Spec = nullptr) const;
  /// The line check() gives for LinkError when nothing predicts it.
  std::string unpredicted(const std::string &LinkError,
                          const TestSpec *Spec = nullptr) const;
  /// Off: a site reached through the GOT is judged on its field alone, not
  /// on the GOT word (the encoder-level fuzz targets have no GOT).
  bool JudgeGotWords = true;
  /// How an expectation names S: a label at the field, or SECTION+0xOFF.
  std::string siteName(const Site &S) const;
  /// What S's bytes changed beyond its field (another opcode, condition,
  /// link, register or bit than the relocation may write), "" when
  /// nothing: wrong whatever value the field holds.
  std::string changedBeyondField(const Site &S) const;
  /// The site an expectation's Name means (any label at its field, or
  /// SECTION+0xOFF), or null with Err saying why.
  const Site *findSite(const std::string &Name, std::string &Err) const;

  /// Compares dumpLines() with the golden file; with Update, rewrites it
  /// and appends the diff to Report. Returns problems (missing or stale
  /// golden when not updating; a stale one's problem starts with the
  /// diff's lines, so that it prints before the message).
  std::vector<std::string> checkGolden(const std::string &Path, bool Update,
                                       std::string &Report) const;

private:
  const LinkResult &R;
  const ArmDisassembler &Dis;
  /// Set during checkForeignSite: the other linker's image.
  mutable const CodeReader *ForeignCode = nullptr;
  mutable const std::function<bool(uint32_t)> *ForeignOwn = nullptr;
  /// Set during checkForeignGotSite: the other linker's GOT words.
  mutable const WordReader *ForeignWords = nullptr;

  /// Every label at the site's field; the first is its printed name.
  std::vector<std::string> siteLabels(const Site &S) const;
  std::string siteLine(const Site &S) const;
  DecodedInsn decodeSite(const Site &S) const;
  std::string changedBeyondField(const Site &S, const DecodedInsn &Old,
                                 const DecodedInsn &New) const;
  void checkSemantics(const Site &S, std::vector<std::string> &Out) const;
  void checkDestinationState(const Site &S, const DecodedInsn &D,
                             std::vector<std::string> &Out) const;
  void checkOperand(const Site &S, DecodedInsn D, uint32_t X,
                    const std::function<void(const std::string &)> &Fail)
      const;
  void checkVeneerChain(const Site &S, const DecodedInsn &D, uint32_t WantDest,
                        bool WantThumb,
                        const std::function<void(const std::string &)> &Fail)
      const;
  std::pair<std::optional<uint32_t>, std::string>
  runVeneer(const VeneerInfo &V) const;
  void checkBranchFuture(const Site &S, const DecodedInsn &D, uint32_t X,
                         const std::function<void(const std::string &)> &Fail,
                         std::vector<std::string> &Out) const;
  void checkGroup(const Site &S, const DecodedInsn &D, uint32_t X,
                  const std::function<void(const std::string &)> &Fail) const;
  void checkTlsDescCode(
      const Site &S,
      const std::function<void(const std::string &)> &Fail) const;
  void checkGotEntry(const Site &S,
                     const std::function<void(const std::string &)> &Fail)
      const;
  void checkThumbBits(std::vector<std::string> &Out) const;
  void checkExpectation(const Expectation &E, const std::string &File,
                        std::vector<std::string> &Out) const;
  void checkValue(const Site &S, const DecodedInsn &D, uint32_t Want,
                  const std::string &Arg,
                  const std::function<void(const std::string &)> &Fail) const;
  /// Label name -> the first site at a place that name labels, built on
  /// first use for the sites it was built from (findSite per expectation
  /// was a pass over every symbol and site: quadratic in a large test).
  mutable std::map<std::string, const Site *> SiteByLabel;
  mutable std::pair<const Site *, size_t> SiteByLabelOf{nullptr, 0};
  /// (object, section, offset) -> the labels there, in symbol-table order,
  /// built on first use for the objects it was built from (siteLabels
  /// per site was a pass over every symbol: a dump of N labelled sites
  /// was quadratic).
  mutable std::map<std::tuple<unsigned, unsigned, uint32_t>,
                   std::vector<std::string>>
      LabelsAt;
  mutable std::pair<const InputObject *, size_t> LabelsAtOf{nullptr, 0};
  const std::map<std::tuple<unsigned, unsigned, uint32_t>,
                 std::vector<std::string>> &
  labelsAt() const;
  /// An input section with an address, for finding the one at an address
  /// without a pass over every section (placed() and the destination
  /// check per branch site were quadratic in a test of many sections).
  struct Span {
    uint32_t Base;
    uint64_t End;
    unsigned Object;
    const InputSection *Sec;
  };
  struct SpanIndex {
    std::vector<Span> ByBase;    // sections of nonzero size, by address
    std::vector<uint32_t> Empty; // addresses of empty input sections
    bool Overlap = false;        // then callers scan instead
  };
  const SpanIndex &spans() const;
  /// The section of nonzero size holding Addr, first in object order.
  const Span *sectionAt(uint32_t Addr, bool SkipSynthetic) const;
  mutable SpanIndex Spans;
  mutable std::pair<const InputObject *, size_t> SpansOf{nullptr, 0};
  std::optional<int64_t> evaluate(const std::string &Expr, const Site &At,
                                  std::string &Err) const;
  std::optional<int64_t> evaluateTerm(const std::string &Tok, const Site &At,
                                      std::string &Err) const;
};

} // namespace relocheck

#endif
