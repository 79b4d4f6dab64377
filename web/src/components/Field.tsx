// A labelled input with the API's error about it underneath; `name` is the request field the
// error names (data-field lets a test or a reader find it).
import type { ReactNode } from 'react';

export function Field({
  id,
  name,
  label,
  className,
  error = null,
  hint,
  children,
}: {
  id: string;
  name: string;
  label: string;
  className?: string;
  error?: string | null;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <div className={className ? `field ${className}` : 'field'} data-field={name}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {children}
      {hint && <span className="field-hint">{hint}</span>}
      <FieldError text={error} />
    </div>
  );
}

export function FieldError({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <p className="field-error" role="alert">
      {text}
    </p>
  );
}
