import type { Control } from '../control';
import type { FieldTarget } from '../types';

/**
 * One control per target field, kept in step with what the finder reports: a new field gets
 * one, a field that left takes its control with it, a field rendered anew (a new element of
 * the same kind where one left) takes the old control over, a control the page removed is put
 * back. Everything goes with `signal`.
 */
export interface FieldControls {
  reconcile(targets: FieldTarget[]): void;
  /** Whether a field with a control, or the control itself, has left the page since the last reconcile. */
  lost(): boolean;
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
      const present = new Set(targets.map((target) => target.field));
      // Controls whose field left the page. A field of the same kind that has none (the same
      // form rendered anew, as frameworks do) takes one over; the rest go.
      const orphans: Control[] = [];
      for (const [field, control] of controls) {
        if (present.has(field)) continue;
        controls.delete(field);
        orphans.push(control);
      }
      for (const target of targets) {
        let control = controls.get(target.field);
        if (!control) {
          const reused = orphans.findIndex((orphan) => orphan.target?.kind === target.kind);
          if (reused < 0) control = make(target);
          else {
            control = orphans.splice(reused, 1)[0];
            control.retarget(target);
          }
          controls.set(target.field, control);
        }
        try {
          control.place();
        } catch {
          // One field the page made odd costs its own control, not the others'.
        }
      }
      for (const control of orphans) control.destroy();
    },
    lost() {
      for (const [field, control] of controls) if (!field.isConnected || !control.host.isConnected) return true;
      return false;
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
