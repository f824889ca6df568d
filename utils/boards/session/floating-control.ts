import type { Control } from '../control';

/**
 * The floating control, for what the finder did not recognise. It never appears by itself on a
 * step with no field for the link (a pay or hiring-details step): only when the recruiter
 * focuses a multi-line or URL field the finder did not take, or asks with the shortcut or the
 * menu. Once hidden, only a new request brings it back. Everything goes with `signal`.
 */
export interface FloatingControl {
  /** Shows it now (a command, or the recruiter in an unrecognised field), unless the board is off. */
  show(): Control | null;
  /** The recruiter focused an unrecognised field: show it, unless they hid it. */
  offer(): void;
  /** The board was turned off: remove it. */
  drop(): void;
  readonly control: Control | null;
}

export interface FloatingOptions {
  signal: AbortSignal;
  make: (onHide: () => void) => Control;
  /** False while nothing may show (the board is off). */
  allowed: () => boolean;
}

export function floatingControl({ signal, make, allowed }: FloatingOptions): FloatingControl {
  let control: Control | null = null;
  let hidden = false;
  const drop = () => {
    control?.destroy();
    control = null;
  };
  signal.addEventListener('abort', drop);

  const show = () => {
    if (signal.aborted || !allowed()) return null;
    control ??= make(() => {
      hidden = true;
      drop();
    });
    control.place();
    return control;
  };

  return {
    show,
    offer() {
      if (!hidden) show();
    },
    drop,
    get control() {
      return control;
    },
  };
}

/** Fields worth offering the floating control for: multi-line text, rich text, or a URL input. */
export function couldTakeLink(field: HTMLElement): boolean {
  return (field instanceof HTMLInputElement && field.type === 'url') || !(field instanceof HTMLInputElement);
}
