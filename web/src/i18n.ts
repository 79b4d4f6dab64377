// Vietnamese first, English on request. The choice is remembered in localStorage.

export type Lang = 'vi' | 'en';

const vi = {
  'app.title': 'Đại hội Đảng các cấp',
  'app.subtitle': 'Tổ chức đảng và đảng viên',
  'nav.tree': 'Tổ chức đảng',
  'nav.import': 'Nhập dữ liệu',
  'lang.switch': 'English',
  'lang.switchTitle': 'Switch to English',
  'common.loading': 'Đang tải…',
  'common.error': 'Lỗi',
  'common.retry': 'Thử lại',
  'common.none': 'Không có dữ liệu',
  'tree.heading': 'Cây tổ chức',
  'tree.empty': 'Chưa có tổ chức đảng nào. Hãy nhập dữ liệu hoặc chạy “daihoi demo”.',
  'tree.expand': 'Mở rộng',
  'tree.collapse': 'Thu gọn',
  'tree.members': '{n} đảng viên',
  'tree.units': '{n} đơn vị trực thuộc',
  'tree.more': 'Xem thêm ({n} còn lại)',
  'search.placeholder': 'Tìm tổ chức hoặc đảng viên (không cần dấu)…',
  'search.label': 'Tìm kiếm',
  'search.organizations': 'Tổ chức đảng',
  'search.members': 'Đảng viên',
  'search.noResults': 'Không tìm thấy kết quả cho “{q}”',
  'search.clear': 'Xóa',
  'detail.placeholder': 'Chọn một tổ chức đảng trong cây để xem chi tiết.',
  'detail.code': 'Mã',
  'detail.level': 'Cấp',
  'detail.category': 'Loại hình',
  'detail.statedMembers': 'Số đảng viên khai báo',
  'detail.children': 'Đơn vị trực thuộc',
  'detail.units': 'Tổ chức cấp dưới (mọi cấp)',
  'detail.countsHeading': 'Số lượng theo cấp (toàn bộ cây trực thuộc)',
  'detail.level.col': 'Cấp',
  'detail.organizations.col': 'Tổ chức',
  'detail.members.col': 'Đảng viên chính thức',
  'detail.total': 'Tổng',
  'detail.membersHeading': 'Danh sách đảng viên',
  'detail.membersNone': 'Chưa có danh sách đảng viên cho tổ chức này.',
  'members.no': 'STT',
  'members.name': 'Họ và tên',
  'members.birth': 'Ngày sinh',
  'members.gender': 'Giới tính',
  'members.org': 'Tổ chức',
  'members.status': 'Tình trạng',
  'members.joined': 'Ngày vào Đảng',
  'members.page': 'Trang {page}/{pages} · {total} đảng viên',
  'members.prev': '‹ Trước',
  'members.next': 'Sau ›',
  'gender.male': 'Nam',
  'gender.female': 'Nữ',
  'status.full': 'Chính thức',
  'status.probationary': 'Dự bị',
  'status.suspended': 'Đình chỉ sinh hoạt',
  'status.transferred': 'Đã chuyển đi',
  'status.exempt': 'Miễn sinh hoạt',
  'category.residential': 'Khu dân cư',
  'category.agency': 'Cơ quan hành chính sự nghiệp',
  'category.enterprise': 'Doanh nghiệp',
  'category.police': 'Công an',
  'category.military': 'Quân sự',
  'import.heading': 'Nhập dữ liệu từ tệp CSV hoặc XLSX',
  'import.intro':
    'Tệp được kiểm tra toàn bộ trước khi ghi. Nếu có lỗi, không dòng nào được ghi vào cơ sở dữ liệu.',
  'import.kind': 'Loại dữ liệu',
  'import.kind.orgs': 'Tổ chức đảng',
  'import.kind.members': 'Đảng viên',
  'import.kind.congresses': 'Đại hội',
  'import.columns': 'Các cột: {columns}',
  'import.file': 'Tệp dữ liệu',
  'import.choose': 'Chọn tệp…',
  'import.noFile': 'Chưa chọn tệp',
  'import.check': 'Kiểm tra',
  'import.checking': 'Đang kiểm tra…',
  'import.confirm': 'Ghi vào cơ sở dữ liệu',
  'import.writing': 'Đang ghi…',
  'import.reset': 'Nhập tệp khác',
  'import.preview': 'Xem trước (tối đa {n} dòng đầu)',
  'import.row': 'Dòng',
  'import.valid': 'Tệp hợp lệ: {rows} dòng. Sẽ thêm mới {inserted}, cập nhật {updated}.',
  'import.invalid': 'Tệp có {n} lỗi. Không dòng nào được ghi. Hãy sửa tệp rồi kiểm tra lại.',
  'import.errorsHeading': 'Lỗi theo dòng',
  'import.column': 'Cột',
  'import.message': 'Nội dung lỗi',
  'import.done': 'Đã ghi {rows} dòng: thêm mới {inserted}, cập nhật {updated}.',
  'import.openTree': 'Xem cây tổ chức',
} as const;

export type MessageKey = keyof typeof vi;

const en: Record<MessageKey, string> = {
  'app.title': 'Party Congresses',
  'app.subtitle': 'Party organizations and members',
  'nav.tree': 'Organizations',
  'nav.import': 'Import',
  'lang.switch': 'Tiếng Việt',
  'lang.switchTitle': 'Chuyển sang tiếng Việt',
  'common.loading': 'Loading…',
  'common.error': 'Error',
  'common.retry': 'Retry',
  'common.none': 'No data',
  'tree.heading': 'Organization tree',
  'tree.empty': 'No organizations yet. Import data or run “daihoi demo”.',
  'tree.expand': 'Expand',
  'tree.collapse': 'Collapse',
  'tree.members': '{n} members',
  'tree.units': '{n} subordinate units',
  'tree.more': 'Show more ({n} left)',
  'search.placeholder': 'Find organizations or members (accents optional)…',
  'search.label': 'Search',
  'search.organizations': 'Organizations',
  'search.members': 'Members',
  'search.noResults': 'Nothing found for “{q}”',
  'search.clear': 'Clear',
  'detail.placeholder': 'Select an organization in the tree to see its details.',
  'detail.code': 'Code',
  'detail.level': 'Level',
  'detail.category': 'Category',
  'detail.statedMembers': 'Stated members',
  'detail.children': 'Direct subordinate units',
  'detail.units': 'Units below (all levels)',
  'detail.countsHeading': 'Counts per level (whole subtree)',
  'detail.level.col': 'Level',
  'detail.organizations.col': 'Organizations',
  'detail.members.col': 'Full members',
  'detail.total': 'Total',
  'detail.membersHeading': 'Members',
  'detail.membersNone': 'No member list is loaded for this organization.',
  'members.no': 'No.',
  'members.name': 'Full name',
  'members.birth': 'Born',
  'members.gender': 'Gender',
  'members.org': 'Organization',
  'members.status': 'Status',
  'members.joined': 'Joined the Party',
  'members.page': 'Page {page}/{pages} · {total} members',
  'members.prev': '‹ Previous',
  'members.next': 'Next ›',
  'gender.male': 'Male',
  'gender.female': 'Female',
  'status.full': 'Full',
  'status.probationary': 'Probationary',
  'status.suspended': 'Suspended',
  'status.transferred': 'Transferred',
  'status.exempt': 'Exempt',
  'category.residential': 'Residential',
  'category.agency': 'State agency',
  'category.enterprise': 'Enterprise',
  'category.police': 'Police',
  'category.military': 'Military',
  'import.heading': 'Import data from a CSV or XLSX file',
  'import.intro':
    'The whole file is checked before anything is written. If any row has an error, nothing is written.',
  'import.kind': 'Kind of data',
  'import.kind.orgs': 'Organizations',
  'import.kind.members': 'Members',
  'import.kind.congresses': 'Congresses',
  'import.columns': 'Columns: {columns}',
  'import.file': 'Data file',
  'import.choose': 'Choose a file…',
  'import.noFile': 'No file chosen',
  'import.check': 'Check',
  'import.checking': 'Checking…',
  'import.confirm': 'Write to the database',
  'import.writing': 'Writing…',
  'import.reset': 'Import another file',
  'import.preview': 'Preview (first {n} rows at most)',
  'import.row': 'Row',
  'import.valid': 'The file is valid: {rows} rows. {inserted} new, {updated} updated.',
  'import.invalid': 'The file has {n} errors. Nothing was written. Fix the file and check again.',
  'import.errorsHeading': 'Errors by row',
  'import.column': 'Column',
  'import.message': 'Problem',
  'import.done': 'Wrote {rows} rows: {inserted} new, {updated} updated.',
  'import.openTree': 'Open the organization tree',
};

const dictionaries: Record<Lang, Record<MessageKey, string>> = { vi, en };

export const LANG_STORAGE_KEY = 'daihoi.lang';

// Replaces {name} placeholders; unknown placeholders are left as they are.
export function interpolate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function translate(
  lang: Lang,
  key: MessageKey,
  params?: Record<string, string | number>,
): string {
  return interpolate(dictionaries[lang][key], params);
}

// Whether the dictionary has a key (for labels built from data, e.g. status words).
export function hasMessage(key: string): key is MessageKey {
  return key in vi;
}

interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

// The saved language, Vietnamese when nothing (or nonsense) is saved.
export function loadLang(storage: StorageLike | undefined): Lang {
  try {
    const saved = storage?.getItem(LANG_STORAGE_KEY);
    return saved === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

export function saveLang(storage: StorageLike | undefined, lang: Lang): void {
  try {
    storage?.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this page only.
  }
}

export function otherLang(lang: Lang): Lang {
  return lang === 'vi' ? 'en' : 'vi';
}

export function messageKeys(lang: Lang): string[] {
  return Object.keys(dictionaries[lang]);
}
