import type { ReactNode } from 'react';

interface BannerProps {
  tone: 'error' | 'warn' | 'info';
  title?: ReactNode;
  children?: ReactNode;
  actions?: ReactNode;
  /** Errors interrupt (role="alert"); warnings and notes are read politely. */
  role?: 'alert' | 'status' | 'note';
}

export function Banner({ tone, title, children, actions, role = tone === 'error' ? 'alert' : 'status' }: BannerProps) {
  return (
    <div className={`banner banner--${tone}`} role={role}>
      {title && <strong>{title}</strong>}
      {children && <div className="banner__text">{children}</div>}
      {actions && <div className="banner__actions">{actions}</div>}
    </div>
  );
}
