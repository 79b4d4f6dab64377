// A day typed as DD/MM/YYYY whatever the browser's language (a native date input shows
// mm/dd/yyyy in an English browser). The parent holds the ISO day; a typed text that is not a day
// (or lies outside min/max) is shown with the reason and not passed on. The calendar button opens
// the browser's own picker for those who prefer to click.
import { useEffect, useId, useRef, useState } from 'react';
import { checkTypedDate, formatDayMonthYear } from '../dates';
import type { DateCheck } from '../dates';
import { useI18n } from '../i18n-context';
import './DateInput.css';

interface Props {
  value: string; // ISO day or ''
  onChange: (iso: string) => void; // a valid day, or '' when emptied
  label: string; // the accessible name
  min?: string;
  max?: string;
  disabled?: boolean;
  required?: boolean;
  className?: string;
  id?: string;
  // Told of every keystroke's reading, so a form can hold its button while the text is no day.
  onCheck?: (check: DateCheck) => void;
}

// A text that looks finished (a four-digit year) is judged at once; a shorter one on leaving.
const FINISHED = /\d{4}\s*$/;

export function DateInput({ value, onChange, label, min, max, disabled, required, className, id, onCheck }: Props) {
  const { t } = useI18n();
  const ownId = useId();
  const inputId = id ?? ownId;
  const [text, setText] = useState(() => formatDayMonthYear(value));
  const [check, setCheck] = useState<DateCheck>(() => checkTypedDate(formatDayMonthYear(value), min, max));
  const [left, setLeft] = useState(false);
  const picker = useRef<HTMLInputElement>(null);

  // A value changed from outside (a reload, a cancel) replaces the text unless it already says it.
  useEffect(() => {
    const current = checkTypedDate(text, min, max);
    const shown = current.kind === 'date' ? current.iso : current.kind === 'empty' ? '' : null;
    if (shown !== value) {
      const next = formatDayMonthYear(value);
      setText(next);
      setCheck(checkTypedDate(next, min, max));
      setLeft(false);
    }
    // Only an outside change of the value matters here, not the text being typed.
  }, [value]);

  const type = (next: string) => {
    setText(next);
    const reading = checkTypedDate(next, min, max);
    setCheck(reading);
    onCheck?.(reading);
    // Passed on even when equal to the value: a day typed back after a wrong text is news to a
    // parent that held its button.
    if (reading.kind === 'date') onChange(reading.iso);
    if (reading.kind === 'empty') onChange('');
  };

  const bad = check.kind === 'invalid' || check.kind === 'early' || check.kind === 'late';
  const missing = required && check.kind === 'empty';
  const shownError = (bad && (left || FINISHED.test(text))) || (missing && left);
  const errorText =
    check.kind === 'early'
      ? t('date.early', { date: formatDayMonthYear(check.min) })
      : check.kind === 'late'
        ? t('date.late', { date: formatDayMonthYear(check.max) })
        : check.kind === 'empty'
          ? t('date.required')
          : t('date.invalid');

  return (
    <span className={className ? `date-input-box ${className}` : 'date-input-box'}>
      <span className="date-input-row">
        <input
          id={inputId}
          className="date-input"
          inputMode="numeric"
          autoComplete="off"
          placeholder={t('date.placeholder')}
          aria-label={label}
          aria-invalid={shownError ? true : undefined}
          aria-describedby={shownError ? `${inputId}-error` : undefined}
          value={text}
          disabled={disabled}
          onChange={(event) => type(event.target.value)}
          onBlur={() => setLeft(true)}
        />
        <button
          type="button"
          className="date-input-calendar"
          title={t('date.pick')}
          aria-label={t('date.pick')}
          tabIndex={-1}
          disabled={disabled}
          onClick={() => {
            const native = picker.current;
            if (!native) return;
            native.value = check.kind === 'date' ? check.iso : value;
            try {
              native.showPicker();
            } catch {
              native.focus();
            }
          }}
        >
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
            <rect x="1.5" y="3" width="13" height="11.5" rx="1.5" fill="none" stroke="currentColor" />
            <path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" stroke="currentColor" />
          </svg>
        </button>
        <input
          ref={picker}
          type="date"
          className="date-input-native"
          tabIndex={-1}
          aria-hidden="true"
          min={min}
          max={max}
          defaultValue={value}
          onChange={(event) => event.target.value && type(formatDayMonthYear(event.target.value))}
        />
      </span>
      {shownError && (
        <span className="date-input-error" id={`${inputId}-error`} role="alert">
          {errorText}
        </span>
      )}
    </span>
  );
}
