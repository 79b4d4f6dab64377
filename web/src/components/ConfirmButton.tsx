// A delete (or other lasting) action asked twice: the button opens a short question next to it
// with the action and "Thôi"; nothing is sent until the action is confirmed.
import { useState } from 'react';
import { useI18n } from '../i18n-context';
import './ConfirmButton.css';

interface Props {
  label: string; // the button's text ("Xóa")
  question: string; // "Xóa tổ công tác số 1?"
  onConfirm: () => void | Promise<unknown>;
  accessibleLabel?: string; // when the text alone is ambiguous in a list ("Xóa Tổ công tác số 1")
  disabled?: boolean;
  className?: string;
}

export function ConfirmButton({ label, question, onConfirm, accessibleLabel, disabled, className }: Props) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button
        type="button"
        className={className ?? 'button small danger'}
        aria-label={accessibleLabel}
        disabled={disabled}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <span className="confirm-box" role="alertdialog" aria-label={question}>
      <span className="confirm-question">{question}</span>
      <button
        type="button"
        className="button small danger"
        autoFocus
        onClick={() => {
          setAsking(false);
          void onConfirm();
        }}
      >
        {t('confirm.yes')}
      </button>
      <button type="button" className="button small" onClick={() => setAsking(false)}>
        {t('confirm.no')}
      </button>
    </span>
  );
}
