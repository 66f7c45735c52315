//===- Matrix.h - Kinds x linkers: where each departs from the ABI -*- C++ -*-//
//
// `relocheck matrix DIR` runs every test in DIR through relocheck and the
// oracles and counts, per relocation kind and linker, the sites that are
// right (same bytes or same meaning), wrong, not judged, or in files the
// linker would not link; each wrong cell keeps its smallest failing site
// (from the test with the fewest sites). Rendered as text, JSON or one
// self-contained HTML page.
//
//===----------------------------------------------------------------------===//
#ifndef RELOCHECK_ORACLES_MATRIX_H
#define RELOCHECK_ORACLES_MATRIX_H

#include "oracles/Judge.h"

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace relocheck {

struct MatrixCell {
  unsigned Ok = 0, Wrong = 0, NotJudged = 0, NotLinked = 0;
  /// Sites the linker refused although relocheck applied them, and sites
  /// (or files) of a kind it says it does not support.
  unsigned Rejected = 0, Unsupported = 0;
  /// Files of the kind the linker crashed on (its message says so).
  unsigned Crashed = 0;
  /// Files of the kind the linker was not there for (not installed, or
  /// it could not be started): says nothing of the linker.
  unsigned Missing = 0;
  /// relocheck's column: sites whose test failed (an expectation, or an
  /// error nothing predicts) while its bytes pass its own checks.
  unsigned TestFailed = 0;
  std::string Failure;           // "file: site line" of the smallest failure
  size_t FailureFileSites = ~size_t(0);
  std::string NotLinkedWhy;      // the oracle's message, first seen

  /// "wrong", "test failed", "rejected" (a site relocheck applies was
  /// refused), "ok",
  /// "unsupported", "crashed", "not installed", "rejected" (no file
  /// using the kind linked) or "-".
  std::string status() const;
};

struct Matrix {
  std::vector<std::string> Columns; // "relocheck", then the oracles
  std::map<std::string, std::vector<MatrixCell>> Rows; // by kind name

  /// Counts one site's verdict (judgeOracleSite's, or Same/Wrong for
  /// relocheck's own column) into the kind's cell for Column. Where names
  /// the site; FileSites is the size of its file (the smallest failing
  /// file is the one a cell shows); NotLinkedWhy is the oracle's message
  /// when it linked nothing.
  void add(const std::string &Kind, size_t Column, const OracleVerdict &V,
           const std::string &Where, size_t FileSites,
           const std::string &NotLinkedWhy);
};

std::string renderMatrixText(const Matrix &M);
std::string renderMatrixJson(const Matrix &M);
std::string renderMatrixHtml(const Matrix &M);

} // namespace relocheck

#endif
