#include "http/store_pool.h"

#include <utility>

namespace daihoi::http {

StorePool::StorePool(Factory factory, std::unique_ptr<app::Store> first)
    : factory_(std::move(factory)) {
  if (first) idle_.push_back(std::move(first));
}

StorePool::Lease::Lease(StorePool* pool, std::unique_ptr<app::Store> store)
    : pool_(pool), store_(std::move(store)) {}

StorePool::Lease::Lease(Lease&& other) noexcept
    : pool_(other.pool_), store_(std::move(other.store_)) {}

StorePool::Lease::~Lease() {
  if (store_) pool_->Release(std::move(store_));
}

Result<StorePool::Lease> StorePool::Acquire() {
  {
    std::lock_guard lock(mutex_);
    if (!idle_.empty()) {
      auto store = std::move(idle_.back());
      idle_.pop_back();
      return Lease(this, std::move(store));
    }
  }
  auto opened = factory_();
  if (!opened.ok()) return opened.error();
  return Lease(this, std::move(opened).value());
}

void StorePool::Release(std::unique_ptr<app::Store> store) {
  std::lock_guard lock(mutex_);
  idle_.push_back(std::move(store));
}

}  // namespace daihoi::http
