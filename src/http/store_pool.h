#pragma once
// Stores for the server's worker threads. A Store is used by one thread at a time (one
// connection each: SQLite in WAL mode and PostgreSQL both allow many), so each request leases
// one and gives it back; the pool opens a new one only when every store is busy.
//
// Thread-safe.

#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "app/ports/store.h"
#include "common/result.h"

namespace daihoi::http {

class StorePool {
 public:
  using Factory = std::function<Result<std::unique_ptr<app::Store>>()>;

  // `first`, when given, is the store already opened (and migrated) at start-up.
  explicit StorePool(Factory factory, std::unique_ptr<app::Store> first = nullptr);

  // A store lent to one request; returned to the pool when the lease ends.
  class Lease {
   public:
    Lease(StorePool* pool, std::unique_ptr<app::Store> store);
    Lease(Lease&& other) noexcept;
    Lease& operator=(Lease&&) = delete;
    Lease(const Lease&) = delete;
    ~Lease();
    app::Store& operator*() const { return *store_; }
    app::Store* operator->() const { return store_.get(); }

   private:
    StorePool* pool_;
    std::unique_ptr<app::Store> store_;
  };

  Result<Lease> Acquire();

 private:
  void Release(std::unique_ptr<app::Store> store);

  Factory factory_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<app::Store>> idle_;
};

}  // namespace daihoi::http
