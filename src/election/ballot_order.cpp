#include "election/ballot_order.h"

#include <algorithm>
#include <numeric>
#include <string>

#include "text/text.h"

namespace daihoi::election {

std::vector<int> BallotOrder(const std::vector<Candidate>& candidates, const Profile& profile) {
  std::vector<OrderKey> keys = profile.ballot_order;
  if (std::find(keys.begin(), keys.end(), OrderKey::kId) == keys.end()) {
    keys.push_back(OrderKey::kId);
  }
  // Collation keys once per candidate: ICU calls are the cost here, not the sort.
  std::vector<std::string> name_keys(candidates.size());
  for (size_t index = 0; index < candidates.size(); ++index) {
    name_keys[index] = text::NameOrderKey(candidates[index].name);
  }
  std::vector<int> order(candidates.size());
  std::iota(order.begin(), order.end(), 0);
  auto compare = [&](int a, int b) {
    const Candidate& ca = candidates[static_cast<size_t>(a)];
    const Candidate& cb = candidates[static_cast<size_t>(b)];
    for (OrderKey key : keys) {
      switch (key) {
        case OrderKey::kName: {
          const int c =
              name_keys[static_cast<size_t>(a)].compare(name_keys[static_cast<size_t>(b)]);
          if (c != 0) return c < 0;
          break;
        }
        case OrderKey::kBirthDate:
          if (ca.birth_date != cb.birth_date) {
            if (!ca.birth_date) return false;  // unknown dates after known ones
            if (!cb.birth_date) return true;
            return *ca.birth_date < *cb.birth_date;  // older first
          }
          break;
        case OrderKey::kId:
          if (ca.id != cb.id) return ca.id < cb.id;
          break;
      }
    }
    return a < b;
  };
  std::sort(order.begin(), order.end(), compare);
  return order;
}

}  // namespace daihoi::election
