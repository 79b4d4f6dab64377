#pragma once
// The key a typed word is matched by (grade names, movement and communication kinds).

#include <string>
#include <string_view>

namespace daihoi::building {

// Lower case, accents folded, each run of spaces and punctuation one space, trimmed:
// WordKey("Hoàn thành  tốt nhiệm vụ.") == "hoan thanh tot nhiem vu".
std::string WordKey(std::string_view text);

}  // namespace daihoi::building
