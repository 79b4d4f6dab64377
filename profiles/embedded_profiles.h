#pragma once
// The rule profiles of this directory, copied into the binary at build time (embed.cmake), so
// the binary works with no profiles/ directory beside it. The files are the source of truth.

#include <string_view>
#include <vector>

namespace daihoi::profiles {

struct EmbeddedProfile {
  std::string_view id;    // file name without .json: "party-2024"
  std::string_view text;  // the file's bytes
};

const std::vector<EmbeddedProfile>& EmbeddedProfiles();

}  // namespace daihoi::profiles
