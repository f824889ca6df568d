import type { Control } from '../control';

/**
 * The floating control, for a posting page with no field the finder recognised: shown after
 * a delay (forms render late), at once when a command needs somewhere to answer, and never
 * again once the recruiter hid it. Everything goes with `signal`.
 */
export interface FloatingControl {
  /** The page has no field control: show the floating one after the delay (or keep it). */
  want(): void;
  /** Show it now (a shortcut or menu command arrived). */
  showNow(): Control | null;
  /** Field controls came, or the board was turned off: remove it. */
  drop(): void;
  readonly control: Control | null;
}

export interface FloatingOptions {
  signal: AbortSignal;
  delayMs: number;
  make: (onHide: () => void) => Control;
  /** False while the floating control must not show (board off, field controls present). */
  allowed: () => boolean;
  setTimeout: (fn: () => void, ms: number) => number;
}

export function floatingControl({ signal, delayMs, make, allowed, setTimeout }: FloatingOptions): FloatingControl {
  let control: Control | null = null;
  let timer = 0;
  let hidden = false;

  const cancelTimer = () => {
    clearTimeout(timer);
    timer = 0;
  };
  const drop = () => {
    cancelTimer();
    control?.destroy();
    control = null;
  };
  signal.addEventListener('abort', drop);

  const showNow = () => {
    cancelTimer();
    if (signal.aborted) return null;
    control ??= make(() => {
      hidden = true;
      drop();
    });
    control.place();
    return control;
  };

  return {
    want() {
      if (hidden || !allowed()) return drop();
      if (control) return control.place();
      if (timer) return;
      timer = setTimeout(() => {
        timer = 0;
        if (!hidden && allowed()) showNow();
      }, delayMs);
    },
    showNow,
    drop,
    get control() {
      return control;
    },
  };
}
