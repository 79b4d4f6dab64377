// Use case: remove a team with its visits (app/inspections.h); its units wait for the next
// assignment.
#include "app/inspections.h"

namespace daihoi::app {

Status RemoveInspectionTeam(Store& store, int64_t id, int64_t team_id) {
  return InspectionsOf(store).RemoveTeam(id, team_id);
}

}  // namespace daihoi::app
