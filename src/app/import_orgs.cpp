// Use case: import organizations (CONTRACTS.md "Data", orgs). The file is merged with the
// organizations already stored and the merged hierarchy is validated as a whole (org::OrgTree
// invariants) before one transaction writes the file's rows.

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "app/import_parse.h"
#include "org/tree.h"
#include "text/text.h"

namespace daihoi::app::import_detail {
namespace {

struct FileOrg {
  org::Organization org;
  long line = 0;
};

// Level words users type for the default levels, folded.
std::optional<std::string> LevelFromWord(std::string_view key) {
  static const std::map<std::string, std::string, std::less<>> kWords = {
      {"tinh", "province"},
      {"tinh uy", "province"},
      {"thanh uy", "province"},
      {"dang bo tinh", "province"},
      {"huyen", "district"},
      {"quan", "district"},
      {"huyen uy", "district"},
      {"quan uy", "district"},
      {"cap tren co so", "district"},
      {"co so", "grassroots"},
      {"to chuc co so dang", "grassroots"},
      {"dang bo co so", "grassroots"},
      {"chi bo co so", "grassroots"},
      {"bo phan", "partial"},
      {"dang bo bo phan", "partial"},
      {"chi bo", "cell"},
      {"chi bo truc thuoc", "cell"},
  };
  auto it = kWords.find(key);
  if (it == kWords.end()) return std::nullopt;
  return it->second;
}

std::optional<std::string> ResolveLevel(const std::string& text,
                                        const std::vector<org::Level>& levels) {
  for (const org::Level& l : levels) {
    if (l.code == text) return l.code;
  }
  std::string key = HeaderKey(text);
  for (const org::Level& l : levels) {
    if (HeaderKey(l.code) == key || HeaderKey(l.name) == key) return l.code;
  }
  if (auto word = LevelFromWord(key)) {
    for (const org::Level& l : levels) {
      if (l.code == *word) return l.code;
    }
  }
  return std::nullopt;
}

}  // namespace

Result<ImportReport> ImportOrgs(Store& store, const Table& table, const ImportOptions& options) {
  ImportReport report;
  report.kind = ImportKind::kOrgs;
  report.file = table.file;
  Errors errors(report.errors);
  Rows rows;
  if (!Rows::Match(ImportKind::kOrgs, table, errors, rows)) {
    errors.Finish();
    return report;
  }
  auto levels = store.Levels();
  if (!levels) return levels.error();
  std::map<std::string, int, std::less<>> rank;
  for (const org::Level& l : *levels) rank[l.code] = l.rank;
  auto stored = store.AllOrganizations();
  if (!stored) return stored.error();
  std::unordered_map<std::string, size_t> stored_index;
  for (size_t i = 0; i < stored->size(); ++i) stored_index.emplace((*stored)[i].code, i);

  const int64_t total = static_cast<int64_t>(rows.size());
  Progress progress(options, 2 * total);

  // 1. Each row on its own.
  std::vector<FileOrg> file;
  std::unordered_map<std::string, size_t> file_index;
  for (size_t i = 0; i < rows.size(); ++i) {
    progress.Step(static_cast<int64_t>(i));
    if (rows.Blank(i)) continue;
    ++report.rows;
    const long line = rows.Line(i);
    bool bad = false;
    FileOrg f;
    f.line = line;
    f.org.code = rows.Text(i, "code");
    f.org.name = rows.Text(i, "name");
    f.org.parent_code = rows.Text(i, "parent_code");
    if (f.org.code.empty()) {
      errors.Add(line, "code", "mã tổ chức trống (empty code)");
      bad = true;
    }
    if (f.org.name.empty()) {
      errors.Add(line, "name", "tên tổ chức trống (empty name)");
      bad = true;
    }
    std::string level = rows.Text(i, "level");
    if (auto resolved = ResolveLevel(level, *levels)) {
      f.org.level = *resolved;
    } else {
      errors.Add(line, "level",
                 level.empty() ? "cấp trống (empty level)"
                               : "cấp không tồn tại (unknown level) '" + level + "'");
      bad = true;
    }
    std::string category = rows.Text(i, "category");
    if (!category.empty()) {
      if (auto c = ParseCategory(category)) {
        f.org.category = *c;
      } else {
        errors.Add(line, "category",
                   "loại hình không hợp lệ (unknown category) '" + category +
                       "': residential, agency, enterprise, police, military");
        bad = true;
      }
    }
    f.org.members = ParseCountCell(rows.Text(i, "members"), line, "members", errors, bad);
    if (!f.org.code.empty()) {
      auto [it, inserted] = file_index.emplace(f.org.code, file.size());
      if (!inserted) {
        errors.Add(line, "code",
                   "mã tổ chức trùng (duplicate code) '" + f.org.code +
                       "', đã có ở dòng (also on row) " + std::to_string(file[it->second].line));
        continue;
      }
    } else if (bad) {
      continue;
    }
    file.push_back(std::move(f));
  }

  // 2. The merged hierarchy: the file's rows replace stored organizations with the same code.
  auto find = [&](const std::string& code) -> const org::Organization* {
    if (auto it = file_index.find(code); it != file_index.end()) return &file[it->second].org;
    if (auto it = stored_index.find(code); it != stored_index.end()) return &(*stored)[it->second];
    return nullptr;
  };
  std::unordered_set<std::string> in_cycle;
  const size_t merged_size = file.size() + stored->size();
  for (const FileOrg& f : file) {
    if (f.org.parent_code.empty() || f.org.code.empty()) continue;
    if (f.org.parent_code == f.org.code) {
      errors.Add(f.line, "parent_code", "tổ chức là cấp trên của chính nó (cycle: its own parent)");
      in_cycle.insert(f.org.code);
      continue;
    }
    if (!find(f.org.parent_code)) {
      errors.Add(f.line, "parent_code",
                 "tổ chức cấp trên không tồn tại (unknown parent) '" + f.org.parent_code + "'");
      continue;
    }
    std::string path = f.org.code;
    const org::Organization* o = &f.org;
    for (size_t steps = 0; o && !o->parent_code.empty() && steps <= merged_size; ++steps) {
      o = find(o->parent_code);
      if (!o) break;
      path += " → " + o->code;
      if (o->code == f.org.code) {
        errors.Add(f.line, "parent_code", "vòng lặp cấp trên (cycle) " + path);
        in_cycle.insert(f.org.code);
        break;
      }
    }
  }
  for (const FileOrg& f : file) {
    if (f.org.parent_code.empty() || in_cycle.contains(f.org.code) || !rank.contains(f.org.level)) {
      continue;
    }
    const org::Organization* parent = find(f.org.parent_code);
    if (!parent || !rank.contains(parent->level)) continue;
    if (rank[parent->level] >= rank[f.org.level]) {
      errors.Add(f.line, "level",
                 "cấp '" + f.org.level + "' phải thấp hơn cấp của tổ chức cấp trên '" +
                     parent->code + "' (" + parent->level +
                     ") (level must rank below its parent's)");
    }
  }
  // A stored organization whose parent's level changes in this file must still rank below it.
  for (const org::Organization& child : *stored) {
    if (file_index.contains(child.code)) continue;
    auto parent = file_index.find(child.parent_code);
    if (parent == file_index.end()) continue;
    const FileOrg& p = file[parent->second];
    if (rank.contains(p.org.level) && rank[p.org.level] >= rank[child.level]) {
      errors.Add(p.line, "level",
                 "cấp '" + p.org.level + "' phải cao hơn cấp của tổ chức trực thuộc '" +
                     child.code + "' (" + child.level + ") (level must rank above its children's)");
    }
  }

  // 3. The hierarchy's own invariants as the last gate; its row points into `merged`.
  std::vector<org::Organization> merged;
  std::vector<long> merged_line;
  if (!errors.any()) {
    merged.reserve(merged_size);
    for (const org::Organization& o : *stored) {
      auto it = file_index.find(o.code);
      merged.push_back(it == file_index.end() ? o : file[it->second].org);
      merged_line.push_back(it == file_index.end() ? 0 : file[it->second].line);
    }
    for (const FileOrg& f : file) {
      if (!stored_index.contains(f.org.code)) {
        merged.push_back(f.org);
        merged_line.push_back(f.line);
      }
    }
    auto tree = org::OrgTree::Build(merged, *levels);
    if (!tree) {
      const Error& e = tree.error();
      size_t at = e.row > 0 ? static_cast<size_t>(e.row - 1) : 0;
      long line = at < merged_line.size() ? merged_line[at] : 0;
      errors.Add(line, e.field,
                 line > 0 ? e.message
                          : e.message + " (tổ chức đã lưu / stored organization '" +
                                (at < merged.size() ? merged[at].code : "") + "')");
    }
  }
  errors.Finish();
  if (!report.errors.empty()) return report;

  for (const FileOrg& f : file) {
    if (stored_index.contains(f.org.code)) {
      ++report.updated;
    } else {
      ++report.inserted;
    }
  }
  if (options.dry_run) return report;

  // Parents before children, so a store that checks references accepts every batch.
  auto depth = [&](const org::Organization& o) {
    int d = 0;
    for (const org::Organization* p = &o; p && !p->parent_code.empty(); p = find(p->parent_code)) {
      ++d;
    }
    return d;
  };
  std::vector<std::pair<int, size_t>> order;
  order.reserve(file.size());
  for (size_t i = 0; i < file.size(); ++i) order.emplace_back(depth(file[i].org), i);
  std::stable_sort(order.begin(), order.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });

  Status written = store.InTransaction([&]() -> Status {
    std::vector<org::Organization> batch;
    for (size_t n = 0; n < order.size(); ++n) {
      batch.push_back(file[order[n].second].org);
      if (batch.size() == kWriteBatch || n + 1 == order.size()) {
        if (Status s = store.UpsertOrganizations(batch); !s) return s;
        batch.clear();
        progress.Step(total +
                      static_cast<int64_t>(n + 1) * total / static_cast<int64_t>(order.size()));
      }
    }
    return {};
  });
  if (!written) return written.error();
  report.written = true;
  if (options.progress) options.progress(2 * total, 2 * total);
  return report;
}

}  // namespace daihoi::app::import_detail
