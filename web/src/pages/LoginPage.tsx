// /login?next=PATH: sign in, then back to PATH (auth.ts). The messages never say whether the
// login exists: a wrong login and a wrong password read alike.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useI18n } from '../i18n-context';
import { otherLang } from '../i18n';
import { AuthError, authApi, safeNext } from '../auth';
import './LoginPage.css';

export function LoginPage() {
  const { t, lang, setLang } = useI18n();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await authApi.login(login.trim(), password);
      const next = safeNext(new URLSearchParams(window.location.search).get('next'));
      window.location.assign(next);
    } catch (failure) {
      setPassword('');
      if (failure instanceof AuthError && failure.status === 403) setError(t('auth.wrong'));
      else if (failure instanceof AuthError && failure.status === 429) {
        setError(t('auth.throttled', { seconds: failure.retryAfter ?? 1 }));
      } else setError(t('auth.failed', { message: failure instanceof Error ? failure.message : String(failure) }));
      setBusy(false);
    }
  };

  return (
    <div className="login-screen">
      <form className="login-card" onSubmit={submit} aria-labelledby="login-heading">
        <div className="login-brand">
          <span className="brand-mark" aria-hidden="true">★</span>
          <div>
            <div className="brand-title">{t('app.title')}</div>
            <div className="brand-subtitle">{t('app.subtitle')}</div>
          </div>
        </div>
        <h1 id="login-heading">{t('auth.heading')}</h1>
        <p className="login-intro">{t('auth.intro')}</p>
        <label className="login-field">
          <span>{t('auth.login')}</span>
          <input
            name="login"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            autoFocus
            value={login}
            onChange={(event) => setLogin(event.target.value)}
          />
        </label>
        <label className="login-field">
          <span>{t('auth.password')}</span>
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </label>
        {error && (
          <p className="login-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button primary login-submit" disabled={busy}>
          {busy ? t('auth.submitting') : t('auth.submit')}
        </button>
        <button type="button" className="link-button login-lang" onClick={() => setLang(otherLang(lang))}>
          {t('lang.switch')}
        </button>
      </form>
    </div>
  );
}
