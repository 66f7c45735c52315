//===- Consensus.cpp - Goldens only where other linkers vouch -------------===//
#include "oracles/Consensus.h"

#include <algorithm>

namespace relocheck {

bool GoldenSite::agreed() const {
  if (!Unwitnessable.empty() || !OurProblem.empty())
    return false;
  if (!OurRefusal.empty())
    return !Witnesses.empty() &&
           std::all_of(Witnesses.begin(), Witnesses.end(),
                       [](const Witness &W) {
                         return W.Linked && W.RefusedToo;
                       });
  if (NoField) // nothing written: vouched for by every oracle linking
    return !Witnesses.empty() &&
           std::all_of(Witnesses.begin(), Witnesses.end(),
                       [](const Witness &W) { return W.Linked; });
  if (Witnesses.empty())
    return false;
  return std::all_of(Witnesses.begin(), Witnesses.end(),
                     [](const Witness &W) { return W.Linked && W.SameBytes; });
}

size_t FileConsensus::disputed() const {
  return size_t(std::count_if(Sites.begin(), Sites.end(),
                              [](const GoldenSite &S) { return !S.agreed(); }));
}

std::vector<std::string> FileConsensus::goldenLines() const {
  std::vector<std::string> Lines;
  for (const GoldenSite &S : Sites)
    Lines.push_back(S.Line);
  return Lines;
}

namespace {

/// "  NAME  BYTES  = MEANING  VERDICT", NAME padded to line up.
std::string row(const std::string &Name, size_t Width, const std::string &Bytes,
                const std::string &Meaning, const std::string &Verdict) {
  std::string L = "  " + Name + ":" + std::string(Width - Name.size() + 1, ' ');
  L += Bytes.empty() ? "-" : Bytes;
  if (!Meaning.empty())
    L += " = " + Meaning;
  return L + " | " + Verdict + "\n";
}

} // namespace

std::string renderDisputes(const FileConsensus &F) {
  std::string Out;
  for (const std::string &P : F.OurProblems)
    Out += F.File + ": relocheck check fails: " + P + "\n";
  for (const GoldenSite &S : F.Sites) {
    if (S.agreed())
      continue;
    Out += "disputed: " + F.File + ": " + S.Where + "\n";
    if (!S.Unwitnessable.empty())
      Out += "  " + S.Unwitnessable + "\n";
    if (!S.OurRefusal.empty())
      Out += "  relocheck refused it: " + S.OurRefusal + "\n";
    size_t Width = std::string("relocheck").size();
    for (const Witness &W : S.Witnesses)
      Width = std::max(Width, W.Oracle.size());
    if (S.Unwitnessable.empty() && S.OurRefusal.empty())
      Out += row("relocheck", Width, S.OurBytes, S.OurMeaning,
                 S.OurProblem.empty() ? "the checker agrees"
                                      : "WRONG: " + S.OurProblem);
    for (const Witness &W : S.Witnesses)
      Out += row(W.Oracle, Width, W.Bytes, W.Meaning,
                 W.Linked ? W.Verdict : "did not link: " + W.NotLinkedWhy);
  }
  return Out;
}

} // namespace relocheck
