import type { Control } from '../control';
import type { FieldTarget } from '../types';

/**
 * One control per target field, kept in step with what the finder reports: a new field gets
 * one, a field that left (or was replaced by a re-render) takes its control with it, a control
 * the page removed is put back. Everything goes with `signal`.
 */
export interface FieldControls {
  reconcile(targets: FieldTarget[]): void;
  /** The control beside a field, if it has one. */
  of(field: HTMLElement): Control | undefined;
  /** The control that speaks for the page: the apply-URL field's, else any field's. */
  main(): Control | null;
  readonly size: number;
  clear(): void;
}

export function fieldControls(signal: AbortSignal, make: (target: FieldTarget) => Control): FieldControls {
  const controls = new Map<HTMLElement, Control>();
  const clear = () => {
    for (const control of controls.values()) control.destroy();
    controls.clear();
  };
  signal.addEventListener('abort', clear);
  return {
    reconcile(targets) {
      if (signal.aborted) return;
      const present = new Set<HTMLElement>();
      for (const target of targets) {
        present.add(target.field);
        let control = controls.get(target.field);
        if (!control) {
          control = make(target);
          controls.set(target.field, control);
        }
        try {
          control.place();
        } catch {
          // One field the page made odd costs its own control, not the others'.
        }
      }
      for (const [field, control] of controls) {
        if (!present.has(field)) {
          control.destroy();
          controls.delete(field);
        }
      }
    },
    of: (field) => controls.get(field),
    main() {
      const all = [...controls.values()];
      return all.find((control) => control.target?.kind === 'apply-url') ?? all[0] ?? null;
    },
    get size() {
      return controls.size;
    },
    clear,
  };
}
