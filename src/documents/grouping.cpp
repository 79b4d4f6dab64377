// The synthesis's near-duplicate grouping (documents.h): exact normalized keys, then
// MinHash/LSH over word shingles with union-find.
#include <algorithm>
#include <cstdint>
#include <numeric>
#include <string>
#include <unordered_map>
#include <vector>

#include "documents/documents.h"
#include "documents/utf8.h"

namespace daihoi::documents {

std::string NormalizeComment(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  size_t pos = 0;
  while (pos < text.size()) {
    const char32_t c = detail::Decode(text, pos);
    if (!detail::IsWordChar(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    detail::Append(out, detail::Lower(c));
  }
  return out;
}

namespace detail {

std::string HeadingKey(std::string_view heading) {
  std::vector<std::string> words = SplitSpace(heading);
  size_t first = 0;
  while (first < words.size() && first < 1 && IsNumberingToken(words[first])) ++first;
  std::string rest;
  for (size_t i = first; i < words.size(); ++i) {
    if (!rest.empty()) rest += ' ';
    rest += words[i];
  }
  return NormalizeComment(rest);
}

}  // namespace detail

namespace {

uint64_t Mix(uint64_t x) {  // splitmix64's finalizer
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

uint64_t HashBytes(std::string_view bytes) {  // FNV-1a
  uint64_t hash = 0xCBF29CE484222325ULL;
  for (char ch : bytes) {
    hash ^= static_cast<unsigned char>(ch);
    hash *= 0x100000001B3ULL;
  }
  return hash;
}

// The hashes of the text's word shingles (a text shorter than a shingle is one shingle).
void Shingles(std::string_view normalized, int shingle_words, std::vector<uint64_t>& out) {
  out.clear();
  std::vector<uint64_t> words;
  size_t start = 0;
  while (start < normalized.size()) {
    size_t end = normalized.find(' ', start);
    if (end == std::string_view::npos) end = normalized.size();
    words.push_back(HashBytes(normalized.substr(start, end - start)));
    start = end + 1;
  }
  const size_t width = static_cast<size_t>(std::max(1, shingle_words));
  if (words.size() <= width) {
    uint64_t hash = 0x51ED270B27A3ULL;
    for (uint64_t word : words) hash = Mix(hash ^ word);
    out.push_back(hash);
    return;
  }
  for (size_t i = 0; i + width <= words.size(); ++i) {
    uint64_t hash = 0x51ED270B27A3ULL;
    for (size_t k = 0; k < width; ++k) hash = Mix(hash ^ words[i + k]);
    out.push_back(hash);
  }
}

class UnionFind {
 public:
  explicit UnionFind(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  size_t Find(size_t x) {
    while (parent_[x] != x) {
      parent_[x] = parent_[parent_[x]];
      x = parent_[x];
    }
    return x;
  }
  // The smaller index stays the root, so a group's root is its first distinct text.
  void Union(size_t a, size_t b) {
    a = Find(a);
    b = Find(b);
    if (a == b) return;
    if (b < a) std::swap(a, b);
    parent_[b] = a;
  }

 private:
  std::vector<size_t> parent_;
};

}  // namespace

std::vector<Group> GroupComments(const std::vector<GroupingInput>& comments,
                                 const GroupingParams& params) {
  // 1. Exact normalized keys: each comment → a distinct text.
  std::vector<size_t> distinct_of(comments.size());
  std::vector<std::string> distinct_texts;
  std::vector<int> distinct_sections;
  {
    std::unordered_map<std::string, size_t> index;
    index.reserve(comments.size());
    std::string key;
    for (size_t i = 0; i < comments.size(); ++i) {
      const int section = params.within_section ? comments[i].section_ordinal : 0;
      std::string normalized = NormalizeComment(comments[i].text);
      key.assign(reinterpret_cast<const char*>(&section), sizeof section);
      key += normalized;
      auto [it, inserted] = index.try_emplace(key, distinct_texts.size());
      if (inserted) {
        distinct_texts.push_back(std::move(normalized));
        distinct_sections.push_back(section);
      }
      distinct_of[i] = it->second;
    }
  }

  // 2. MinHash signatures of the distinct texts and LSH buckets per band.
  const size_t distinct = distinct_texts.size();
  const int bands = std::max(1, params.bands);
  const int rows = std::max(1, params.rows);
  const size_t width = static_cast<size_t>(bands) * rows;
  std::vector<uint32_t> signatures(distinct * width);
  std::vector<uint64_t> seeds(width);
  for (size_t k = 0; k < width; ++k) seeds[k] = Mix(0xD0C5 + k * 0x9E37);
  std::vector<uint64_t> shingles;
  for (size_t d = 0; d < distinct; ++d) {
    Shingles(distinct_texts[d], params.shingle_words, shingles);
    uint32_t* signature = &signatures[d * width];
    for (size_t k = 0; k < width; ++k) {
      uint64_t least = UINT64_MAX;
      for (uint64_t shingle : shingles) least = std::min(least, Mix(shingle ^ seeds[k]));
      signature[k] = static_cast<uint32_t>(least >> 32);
    }
  }
  const auto similarity = [&](size_t a, size_t b) {
    const uint32_t* sa = &signatures[a * width];
    const uint32_t* sb = &signatures[b * width];
    size_t equal = 0;
    for (size_t k = 0; k < width; ++k) equal += sa[k] == sb[k];
    return static_cast<double>(equal) / static_cast<double>(width);
  };

  UnionFind sets(distinct);
  // A bucket keeps a few texts that did not join one another: a new text is compared with them
  // only (never with every text of the bucket), which keeps the work linear.
  constexpr size_t kKeptPerBucket = 3;
  std::unordered_map<uint64_t, std::vector<size_t>> buckets;
  buckets.reserve(distinct * 2);
  for (size_t d = 0; d < distinct; ++d) {
    const uint32_t* signature = &signatures[d * width];
    for (int band = 0; band < bands; ++band) {
      uint64_t key = Mix((static_cast<uint64_t>(band) * 0x1000193ULL) ^
                         (static_cast<uint64_t>(distinct_sections[d] + 1) << 40));
      for (int row = 0; row < rows; ++row) key = Mix(key ^ signature[band * rows + row]);
      std::vector<size_t>& kept = buckets[key];
      bool joined = false;
      for (size_t other : kept) {
        if (sets.Find(other) == sets.Find(d)) {
          joined = true;
          continue;
        }
        if (similarity(d, other) >= params.similarity_threshold) {
          sets.Union(d, other);
          joined = true;
        }
      }
      if (!joined && kept.size() < kKeptPerBucket) kept.push_back(d);
    }
  }

  // 3. Groups in input order of their first member.
  std::unordered_map<size_t, size_t> group_of_root;
  std::vector<Group> groups;
  for (size_t i = 0; i < comments.size(); ++i) {
    const size_t root = sets.Find(distinct_of[i]);
    auto [it, inserted] = group_of_root.try_emplace(root, groups.size());
    if (inserted) {
      Group group;
      group.representative = comments[i].id;
      group.section_ordinal = comments[i].section_ordinal;
      groups.push_back(std::move(group));
    }
    groups[it->second].members.push_back(comments[i].id);
  }
  std::vector<size_t> order(groups.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return groups[a].members.size() > groups[b].members.size();
  });
  std::vector<Group> sorted;
  sorted.reserve(groups.size());
  for (size_t index : order) sorted.push_back(std::move(groups[index]));
  return sorted;
}

}  // namespace daihoi::documents
