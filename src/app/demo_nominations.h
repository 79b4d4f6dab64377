#pragma once
// The demo's nominations (app/nominations.h): Ba Đình congress XXVI's committee election of 41
// seats with 47 nominees from the convening committee's list (surplus 14.63%, RULES.md "Numbers
// worth knowing"), not yet finalized. Called by LoadDemo after the rolls.

#include "app/ports/store.h"
#include "common/result.h"

namespace daihoi::app {

// Registry members for the outgoing committee (the 41 ex-officio persons of the demo roll, same
// names and birth dates) and 17 newcomers, attached to the district organization; the election
// with 30 incumbents re-nominated (the 11 oldest retire) and the 17 newcomers. Loads once: a
// second call finds the election and changes nothing. A store without the nominations' port (a
// test's fake) or without Ba Đình's roll has nothing to load into.
Status LoadDemoNominations(Store& store);

}  // namespace daihoi::app
