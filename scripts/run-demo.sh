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
echo "  Đăng nhập mẫu (demo logins, docs/security.md):"
echo "    admin / quantri-demo              quản trị hệ thống (administrator)"
echo "    badinh.btc / badinh-2020          Ban tổ chức Quận ủy Ba Đình (organization board)"
echo "    quanthanh.vp / quanthanh-2020     Văn phòng Đảng ủy phường Quán Thánh (unit clerk)"
echo "    badinh.kiemphieu / kiemphieu-2020 Tổ kiểm phiếu Đại hội XXVI Ba Đình (counting clerk)"
echo "    hanoi.giamsat / giamsat-2020      Giám sát Thành ủy Hà Nội (observer)"
echo
exec "$bin" --db "$db" serve --port "$port" --bind 127.0.0.1 --web web/dist
