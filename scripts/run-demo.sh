#!/usr/bin/env bash
# make run: creates the demo database on first use, then serves it.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-sqlite:daihoi.db}
port=${2:-8080}
bin=build/daihoi
if [[ $db == sqlite:* ]] && [ ! -s "${db#sqlite:}" ]; then
  echo "Đang tạo dữ liệu mẫu (creating the demo database) in ${db#sqlite:} ..."
  "$bin" --db "$db" demo
fi
echo
echo "  daihoi: http://127.0.0.1:$port"
echo "  Cơ sở dữ liệu (database): $db"
echo "  Đăng nhập (demo login): không cần — chưa có tài khoản nào (no accounts configured)"
echo
exec "$bin" --db "$db" serve --port "$port" --bind 127.0.0.1 --web web/dist
