//===- Matrix.cpp - Kinds x linkers: where each departs from the ABI ------===//
#include "oracles/Matrix.h"

#include "llvm/Support/JSON.h"

#include <algorithm>
#include <cstdio>

using llvm::StringRef;

namespace relocheck {

std::string MatrixCell::status() const {
  if (Wrong)
    return "wrong";
  if (TestFailed)
    return "test failed";
  if (Rejected)
    return "rejected";
  if (Ok)
    return "ok";
  if (Unsupported)
    return "unsupported";
  if (Crashed)
    return "crashed";
  if (Missing)
    return "not installed";
  if (NotLinked)
    return "rejected";
  return "-";
}

void Matrix::add(const std::string &Kind, size_t Column,
                 const OracleVerdict &V, const std::string &Where,
                 size_t FileSites, const std::string &NotLinkedWhy) {
  auto &Cells = Rows[Kind];
  Cells.resize(Columns.size());
  MatrixCell &C = Cells[Column];
  auto Remember = [&](const std::string &Why) {
    if (C.NotLinkedWhy.empty())
      C.NotLinkedWhy = Why;
  };
  auto Failure = [&] {
    if (FileSites < C.FailureFileSites) {
      C.FailureFileSites = FileSites;
      C.Failure = Where;
    }
  };
  switch (V.Class) {
  case VerdictClass::NotLinked:
    ++(StringRef(NotLinkedWhy).starts_with("not installed") ? C.Missing
       : StringRef(NotLinkedWhy).starts_with("unsupported") ? C.Unsupported
       : StringRef(NotLinkedWhy).starts_with("crashed")     ? C.Crashed
                                                            : C.NotLinked);
    Remember(NotLinkedWhy);
    return;
  case VerdictClass::Unsupported:
    ++C.Unsupported;
    Remember(V.Text);
    return;
  case VerdictClass::Rejected:
    if (V.RelocheckRefusedToo) {
      ++C.Ok; // both refused the site
      return;
    }
    ++C.Rejected;
    if (!C.Wrong)
      Failure();
    return;
  case VerdictClass::Wrong:
    if (V.TestFailed) {
      ++C.TestFailed;
      if (!C.Wrong && !C.Rejected)
        Failure();
      return;
    }
    if (!C.Wrong++)
      C.FailureFileSites = ~size_t(0); // a wrong site beats a refusal
    Failure();
    return;
  case VerdictClass::NotJudged:
  case VerdictClass::Refused:
  case VerdictClass::NotPlaced:
    ++C.NotJudged;
    return;
  case VerdictClass::Same:
  case VerdictClass::Equivalent:
    ++C.Ok;
    return;
  }
}

static std::string cellText(const MatrixCell &C) {
  // "wrong 2/17": the bad sites out of all judged; refusals of sites
  // relocheck applies are shown beside wrong ones, not hidden by them
  // ("wrong 6/57, rejected 2/57").
  unsigned All = C.Wrong + C.TestFailed + C.Rejected + C.Ok;
  auto Count = [&](unsigned N) {
    std::string T(1, ' ');
    T += std::to_string(N);
    T += '/';
    T += std::to_string(All);
    return T;
  };
  std::string S = C.status();
  if (C.Wrong) {
    S += Count(C.Wrong);
    if (C.TestFailed)
      S += ", test failed" + Count(C.TestFailed);
    if (C.Rejected)
      S += ", rejected" + Count(C.Rejected);
  } else if (C.TestFailed) {
    S += Count(C.TestFailed);
  } else if (C.Rejected) {
    S += Count(C.Rejected);
  }
  // A crash on one file of the kind stays in view beside what the others
  // showed ("ok, crashed on 1 file").
  if (C.Crashed && S != "crashed")
    S += ", crashed on " + std::to_string(C.Crashed) +
         (C.Crashed == 1 ? " file" : " files");
  return S;
}

std::string renderMatrixText(const Matrix &M) {
  // Each column as wide as its widest cell ("rejected 12/345"), at least
  // 12, so no cell runs into the next.
  std::vector<size_t> Width(M.Columns.size(), 12);
  for (size_t I = 0; I < M.Columns.size(); ++I)
    Width[I] = std::max(Width[I], M.Columns[I].size());
  for (const auto &[Kind, Cells] : M.Rows)
    for (size_t I = 0; I < Cells.size() && I < Width.size(); ++I)
      Width[I] = std::max(Width[I], cellText(Cells[I]).size());
  auto Pad = [](std::string S, size_t W) {
    S.resize(std::max(S.size(), W), ' ');
    return S;
  };
  std::string Out = Pad("kind", 26);
  for (size_t I = 0; I < M.Columns.size(); ++I)
    Out.append(" ").append(Pad(M.Columns[I], Width[I]));
  Out += "\n";
  for (const auto &[Kind, Cells] : M.Rows) {
    Out += Pad(Kind, 26);
    for (size_t I = 0; I < Cells.size() && I < Width.size(); ++I)
      Out.append(" ").append(Pad(cellText(Cells[I]), Width[I]));
    Out += "\n";
  }
  Out += "\nsmallest failing site per wrong, test-failed or rejected cell:\n";
  for (const auto &[Kind, Cells] : M.Rows)
    for (size_t I = 0; I < Cells.size(); ++I)
      if (Cells[I].Wrong || Cells[I].TestFailed || Cells[I].Rejected)
        Out += Kind + " / " + M.Columns[I] + ": " + Cells[I].Failure + "\n";
  return Out;
}

static std::string jsonString(const std::string &Text) {
  // JSON is UTF-8: a path with other bytes gets U+FFFD for them (as
  // llvm::json does for diff's output) rather than making the file
  // unparsable.
  std::string S = llvm::json::isUTF8(Text) ? Text : llvm::json::fixUTF8(Text);
  std::string Out = "\"";
  for (char C : S) {
    if (C == '"' || C == '\\')
      Out += '\\';
    if (uint8_t(C) < 0x20) {
      char Buf[8];
      std::snprintf(Buf, sizeof(Buf), "\\u%04x", C);
      Out += Buf;
      continue;
    }
    Out += C;
  }
  return Out + "\"";
}

std::string renderMatrixJson(const Matrix &M) {
  std::string Out = "{\n  \"columns\": [";
  for (size_t I = 0; I < M.Columns.size(); ++I)
    Out += (I ? ", " : "") + jsonString(M.Columns[I]);
  Out += "],\n  \"kinds\": {";
  bool FirstRow = true;
  for (const auto &[Kind, Cells] : M.Rows) {
    Out += std::string(FirstRow ? "" : ",") + "\n    " + jsonString(Kind) +
           ": [";
    FirstRow = false;
    for (size_t I = 0; I < Cells.size(); ++I) {
      const MatrixCell &C = Cells[I];
      Out += std::string(I ? ", " : "") + "{\"status\": " +
             jsonString(C.status()) + ", \"ok\": " + std::to_string(C.Ok) +
             ", \"wrong\": " + std::to_string(C.Wrong) +
             ", \"test_failed\": " + std::to_string(C.TestFailed) +
             ", \"not_judged\": " + std::to_string(C.NotJudged) +
             ", \"not_linked\": " + std::to_string(C.NotLinked) +
             ", \"rejected\": " + std::to_string(C.Rejected) +
             ", \"unsupported\": " + std::to_string(C.Unsupported) +
             ", \"crashed\": " + std::to_string(C.Crashed) +
             ", \"not_installed\": " + std::to_string(C.Missing);
      if (C.Wrong || C.TestFailed || C.Rejected)
        Out += ", \"smallest_failure\": " + jsonString(C.Failure);
      Out += "}";
    }
    Out += "]";
  }
  return Out + "\n  }\n}\n";
}

static std::string html(const std::string &S) {
  std::string Out;
  for (char C : S) {
    if (C == '<')
      Out += "&lt;";
    else if (C == '>')
      Out += "&gt;";
    else if (C == '&')
      Out += "&amp;";
    else if (C == '"')
      Out += "&quot;";
    else
      Out += C;
  }
  return Out;
}

std::string renderMatrixHtml(const Matrix &M) {
  std::string Out =
      "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
      "<title>relocheck matrix</title><style>"
      "body{font-family:sans-serif;margin:1em}"
      "table{border-collapse:collapse}"
      "td,th{border:1px solid #999;padding:3px 8px;font-size:13px}"
      ".ok{background:#c8f0c8}.wrong{background:#f4b4b4}"
      ".rejected{background:#f0e0a8}.none{background:#eee}"
      ".testfailed{background:#f0d8f0}"
      ".unsupported{background:#d8e0f0}.crashed{background:#e0c8f0}"
      ".missing{background:#fff}"
      "pre{white-space:pre-wrap;font-size:12px}"
      "</style></head><body><h1>Relocation kinds x linkers</h1>"
      "<p>ok: every judged site right; wrong: some site departs from the "
      "ABI (click for the smallest one); test failed (relocheck's column): "
      "a test's expectation failed, or an error no line predicts, where "
      "relocheck's bytes pass its own checks; rejected: the linker refused a "
      "site relocheck applies (click for it), or would not link any test "
      "that uses the kind; unsupported: the linker says it does not know "
      "the kind; crashed: it crashed (or wrote no readable image) on the "
      "tests of the kind; not "
      "installed: there was no such linker to run.</p><table><tr><th>kind"
      "</th>";
  for (const std::string &C : M.Columns)
    Out += "<th>" + html(C) + "</th>";
  Out += "</tr>\n";
  size_t Anchor = 0;
  std::string Details;
  for (const auto &[Kind, Cells] : M.Rows) {
    Out += "<tr><td>" + html(Kind) + "</td>";
    for (size_t I = 0; I < Cells.size(); ++I) {
      const MatrixCell &C = Cells[I];
      std::string Status = C.status();
      std::string Class = Status;
      if (Status == "-")
        Class = "none";
      else if (Status == "not installed")
        Class = "missing";
      else if (Status == "test failed")
        Class = "testfailed";
      bool Why = Status == "rejected" || Status == "unsupported" ||
                 Status == "crashed" || Status == "not installed";
      std::string Title = Why ? C.NotLinkedWhy : "";
      Out += "<td class=\"" + Class + "\" title=\"" + html(Title) + "\">";
      if (C.Wrong || C.TestFailed || C.Rejected) {
        std::string Id = "f";
        Id += std::to_string(Anchor++);
        Out += "<a href=\"#" + Id + "\">" + html(cellText(C)) + "</a>";
        Details += "<h3 id=\"" + Id + "\">" + html(Kind) + " / " +
                   html(M.Columns[I]) + "</h3><pre>" + html(C.Failure) +
                   "</pre>\n";
      } else {
        Out += html(cellText(C));
      }
      Out += "</td>";
    }
    Out += "</tr>\n";
  }
  return Out + "</table><h2>Smallest failing sites</h2>\n" + Details +
         "</body></html>\n";
}

} // namespace relocheck
