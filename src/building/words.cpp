#include "building/words.h"

#include "text/text.h"

namespace daihoi::building {

std::string WordKey(std::string_view text) {
  std::string key;
  for (char c : text::Fold(text)) {
    const bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (word) {
      key += c;
    } else if (!key.empty() && key.back() != ' ') {
      key += ' ';
    }
  }
  while (!key.empty() && key.back() == ' ') key.pop_back();
  return key;
}

}  // namespace daihoi::building
