// The top bar's account: the signed-in user's name and role, a menu with "Đổi mật khẩu" (a
// dialog) and "Đăng xuất". Nobody signed in: off to /login?next=<here> (auth.ts); a link to it
// when the server cannot be asked.
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useI18n } from '../i18n-context';
import type { MessageKey } from '../i18n';
import { AuthError, ROLE_KEYS, authApi, loginPath, mainGrant } from '../auth';
import type { SessionInfo } from '../auth';
import './LoginPage.css';

const MIN_PASSWORD = 10;

function roleKey(role: string): MessageKey {
  return (ROLE_KEYS as Record<string, MessageKey>)[role] ?? 'auth.noRole';
}

// `onSession` hears the signed-in user's session once it is known (the menu shows what its
// grants can use).
export function UserMenu({ onSession }: { onSession?: (session: SessionInfo) => void }) {
  const { t } = useI18n();
  const [session, setSession] = useState<SessionInfo | null | undefined>(undefined);
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const [oldPassword, setOldPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    authApi
      .me()
      .then((me) => {
        if (!live) return;
        // The app's pages are for signed-in users (the public pages have no top bar).
        if (me === null) window.location.assign(loginPath(window.location.pathname + window.location.search));
        else {
          setSession(me);
          onSession?.(me);
        }
      })
      .catch(() => live && setSession(null));
    return () => {
      live = false;
    };
  }, []);

  if (session === undefined) return null;
  const here = window.location.pathname + window.location.search;
  if (session === null) {
    return (
      <a className="button" href={loginPath(here)}>
        {t('auth.signIn')}
      </a>
    );
  }
  const grant = mainGrant(session.grants);
  const role = grant ? t(roleKey(grant.role)) + (grant.org_code ? ` · ${grant.org_code}` : '') : t('auth.noRole');

  const logout = async () => {
    setOpen(false);
    try {
      await authApi.logout();
    } finally {
      window.location.assign('/login');
    }
  };

  const openPassword = () => {
    setOpen(false);
    setOldPassword('');
    setNewPassword('');
    setConfirm('');
    setError(null);
    dialog.current?.showModal();
  };

  const changePassword = async (event: FormEvent) => {
    event.preventDefault();
    if (newPassword !== confirm) return setError(t('auth.mismatch'));
    if ([...newPassword].length < MIN_PASSWORD) return setError(t('auth.tooShort'));
    setBusy(true);
    setError(null);
    try {
      await authApi.changePassword(oldPassword, newPassword);
      dialog.current?.close();
      window.alert(t('auth.changed'));
      window.location.assign(loginPath(here));
    } catch (failure) {
      setError(failure instanceof AuthError || failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="user-menu">
      <button
        type="button"
        className="user-menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        title={t('auth.menu')}
        onClick={() => setOpen(!open)}
      >
        <span className="user-menu-name">{session.display_name}</span>
        <span className="user-menu-role">{role}</span>
      </button>
      {open && (
        <ul className="user-menu-list" role="menu">
          <li role="none">
            <button type="button" role="menuitem" onClick={openPassword}>
              {t('auth.changePassword')}
            </button>
          </li>
          <li role="none">
            <button type="button" role="menuitem" onClick={logout}>
              {t('auth.logout')}
            </button>
          </li>
        </ul>
      )}
      <dialog ref={dialog} className="password-dialog" aria-labelledby="password-heading">
        <form onSubmit={changePassword}>
          <h2 id="password-heading">{t('auth.changePassword')}</h2>
          <label className="login-field">
            <span>{t('auth.oldPassword')}</span>
            <input
              type="password"
              autoComplete="current-password"
              required
              value={oldPassword}
              onChange={(event) => setOldPassword(event.target.value)}
            />
          </label>
          <label className="login-field">
            <span>{t('auth.newPassword')}</span>
            <input
              type="password"
              autoComplete="new-password"
              required
              value={newPassword}
              onChange={(event) => setNewPassword(event.target.value)}
            />
          </label>
          <label className="login-field">
            <span>{t('auth.confirmPassword')}</span>
            <input
              type="password"
              autoComplete="new-password"
              required
              value={confirm}
              onChange={(event) => setConfirm(event.target.value)}
            />
          </label>
          {error && (
            <p className="login-error" role="alert">
              {error}
            </p>
          )}
          <div className="password-actions">
            <button type="button" className="button" onClick={() => dialog.current?.close()}>
              {t('auth.cancel')}
            </button>
            <button type="submit" className="button primary" disabled={busy}>
              {t('auth.save')}
            </button>
          </div>
        </form>
      </dialog>
    </div>
  );
}
