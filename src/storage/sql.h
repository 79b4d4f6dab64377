#pragma once
// Portable SQL: the feature stores (storage/*_store.cpp) are written once over this interface and
// run on both engines. SqliteStore and PostgresStore each provide one (the same connection, the
// same lock and transactions as their own methods).
//
// Statements use $1, $2 … parameters (SQLite binds them by name, PostgreSQL natively) and SQL both
// engines accept: INSERT … RETURNING id, ON CONFLICT … DO UPDATE, CTEs, CAST. Flags are INTEGER
// 0/1 columns; dates are ISO text ('YYYY-MM-DD'), which a PostgreSQL DATE column reads back as. A
// parameter PostgreSQL cannot type from its context (`$1 IS NULL`) needs a CAST. The two
// differences left are behind ViCollate() and NowUtc().

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "app/ports/store.h"
#include "common/date.h"
#include "common/result.h"

namespace daihoi::storage {

// A bound value: NULL, an integer or text.
class SqlValue {
 public:
  SqlValue(std::nullptr_t) {}  // NOLINT: NULL reads naturally in a parameter list
  SqlValue(int value) : text_(std::to_string(value)), integer_(true) {}      // NOLINT
  SqlValue(int64_t value) : text_(std::to_string(value)), integer_(true) {}  // NOLINT
  SqlValue(bool value) : text_(value ? "1" : "0"), integer_(true) {}         // NOLINT
  SqlValue(std::string value) : text_(std::move(value)) {}                   // NOLINT
  SqlValue(const char* value) : text_(std::string(value)) {}                 // NOLINT
  SqlValue(const Date& date) : text_(date.ToIso()) {}                        // NOLINT
  template <class T>
  SqlValue(const std::optional<T>& value) {  // NOLINT: nullopt binds NULL
    if (value) *this = SqlValue(*value);
  }

  bool is_null() const { return !text_.has_value(); }
  bool is_integer() const { return integer_; }
  // The value as text (integers in decimal); empty for NULL.
  const std::string& text() const;

 private:
  std::optional<std::string> text_;
  bool integer_ = false;
};
using SqlParams = std::vector<SqlValue>;

// One row of a result, read by column index (0-based).
class SqlRow {
 public:
  virtual ~SqlRow() = default;
  virtual bool IsNull(int column) const = 0;
  virtual std::string Text(int column) const = 0;  // "" for NULL
  int64_t Int(int column) const;                   // 0 for NULL
  bool Flag(int column) const { return Int(column) != 0; }
  std::optional<std::string> OptionalText(int column) const;
  std::optional<int64_t> OptionalInt(int column) const;
  std::optional<Date> OptionalDate(int column) const;  // ISO text or a PostgreSQL DATE
};

class Sql {
 public:
  virtual ~Sql() = default;

  // Runs one statement; returns the number of rows it changed.
  virtual Result<int64_t> Run(const std::string& sql, const SqlParams& params = {}) = 0;
  virtual Status Query(const std::string& sql, const SqlParams& params,
                       const std::function<void(const SqlRow&)>& on_row) = 0;
  // Runs fn in one transaction, all-or-nothing; nested in another, a failure rolls back the
  // enclosing one too (the store's batch-write semantics). The store's lock is held throughout.
  virtual Status Transaction(const std::function<Status()>& fn) = 0;

  // `COLLATE vi` on SQLite, `COLLATE "vi-x-icu"` on PostgreSQL: Vietnamese order in ORDER BY.
  virtual std::string ViCollate() const = 0;
  // An SQL expression for the store's clock: UTC text with milliseconds, "2020-06-14T08:30:00.000Z".
  virtual std::string NowUtc() const = 0;

  // The first column of the first row, nullopt when there is no row (or it is NULL).
  Result<std::optional<int64_t>> FirstInt(const std::string& sql, const SqlParams& params = {});
  Result<std::optional<std::string>> FirstText(const std::string& sql,
                                               const SqlParams& params = {});
  // For "INSERT … RETURNING id": the new row's id.
  Result<int64_t> InsertId(const std::string& sql, const SqlParams& params);
  // organizations.id of a code; kNotFound "organization 'X' not found" when there is none.
  Result<int64_t> OrgId(const std::string& code);
};

// What SqliteStore and PostgresStore are besides the ports. A feature store derives from its port
// and, virtually, from HasSql; the engine's store derives from the feature stores and provides
// sql() once for all of them.
class HasSql {
 public:
  virtual Sql& sql() = 0;

 protected:
  ~HasSql() = default;
};

// The portable SQL of a store that storage::OpenStore opened (tests, migrations of data).
inline Sql& SqlOf(app::Store& store) { return dynamic_cast<HasSql&>(store).sql(); }

}  // namespace daihoi::storage
