import { describe, expect, it } from 'vitest';
import { interpolate, loadLang, messageKeys, otherLang, saveLang, translate, LANG_STORAGE_KEY } from './i18n';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    data,
  };
}

describe('i18n', () => {
  it('speaks Vietnamese by default and English on request', () => {
    expect(translate('vi', 'nav.import')).toBe('Nhập dữ liệu');
    expect(translate('en', 'nav.import')).toBe('Import');
  });

  it('has the same keys in both languages, none empty', () => {
    expect(messageKeys('en').sort()).toEqual(messageKeys('vi').sort());
    for (const lang of ['vi', 'en'] as const) {
      for (const key of messageKeys(lang)) {
        expect(translate(lang, key as never).trim(), `${lang} ${key}`).not.toBe('');
      }
    }
  });

  it('fills placeholders and leaves unknown ones', () => {
    expect(translate('vi', 'tree.members', { n: '993' })).toBe('993 đảng viên');
    expect(interpolate('{a} và {b}', { a: 1 })).toBe('1 và {b}');
  });

  it('remembers the choice in storage', () => {
    const storage = memoryStorage();
    expect(loadLang(storage)).toBe('vi');
    saveLang(storage, 'en');
    expect(storage.data.get(LANG_STORAGE_KEY)).toBe('en');
    expect(loadLang(storage)).toBe('en');
  });

  it('falls back to Vietnamese for nonsense or a failing storage', () => {
    expect(loadLang(memoryStorage({ [LANG_STORAGE_KEY]: 'fr' }))).toBe('vi');
    expect(loadLang(undefined)).toBe('vi');
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(loadLang(broken)).toBe('vi');
    expect(() => saveLang(broken, 'en')).not.toThrow();
  });

  it('switches between the two languages', () => {
    expect(otherLang('vi')).toBe('en');
    expect(otherLang('en')).toBe('vi');
  });
});
