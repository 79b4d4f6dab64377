#pragma once
// The demo's personnel work (app/personnel.h): Ba Đình congress XXVI's personnel scheme for the
// committee of 41 with the 47 nominees of the demo's nominations (14.63%), positions for them
// (some concurrent: "Bí thư Đảng ủy phường Kim Mã, kiêm Chủ tịch UBND phường Kim Mã"), version 1
// returned by Hà Nội with a comment, version 2 approved, the vetting of 46 nominees cleared (the
// 47th with a concern noted) and one open complaint, so the list cannot be finalized until the
// complaint is concluded. Called by LoadDemo after the nominations.

#include "app/ports/store.h"
#include "common/result.h"

namespace daihoi::app {

// Loads once: a second call finds the scheme and changes nothing. A store without the personnel
// port, or without Ba Đình's committee election of the demo, has nothing to load into.
Status LoadDemoPersonnel(Store& store);

}  // namespace daihoi::app
