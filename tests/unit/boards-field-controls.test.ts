import { describe, expect, it } from 'vitest';
import type { Control } from '@/utils/boards/control';
import { fieldControls } from '@/utils/boards/session/field-controls';
import type { FieldTarget } from '@/utils/boards/types';

/** A control that records what happens to it, placed after its field as the real one is. */
function stubControl(first: FieldTarget, log: string[]): Control {
  let target = first;
  const host = document.createElement('hirempire-link');
  return {
    host,
    get target() {
      return target;
    },
    place() {
      if (!host.isConnected && target.field.isConnected) target.field.after(host);
    },
    retarget(next) {
      log.push(`retarget ${target.field.id} → ${next.field.id}`);
      target = next;
      host.remove();
    },
    copyLink() {},
    insertLink: async () => {},
    destroy() {
      log.push(`destroy ${target.field.id}`);
      host.remove();
    },
  };
}

function fields(html: string): FieldTarget[] {
  document.body.innerHTML = html;
  return Array.from(document.querySelectorAll<HTMLElement>('input, textarea')).map((field) => ({
    kind: field instanceof HTMLInputElement ? 'apply-url' : 'description',
    field,
    label: field.id,
  }));
}

describe('field controls', () => {
  it('a form rendered anew keeps its controls: each moves to the new field of its kind', () => {
    const log: string[] = [];
    let made = 0;
    const controls = fieldControls(new AbortController().signal, (target) => (made++, stubControl(target, log)));
    const before = fields('<textarea id="d1"></textarea><input id="u1">');
    controls.reconcile(before);
    const [description, url] = before.map((target) => controls.of(target.field)!);
    expect(made).toBe(2);

    const after = fields('<textarea id="d2"></textarea><input id="u2">');
    expect(controls.lost()).toBe(true);
    controls.reconcile(after);
    expect(made).toBe(2);
    expect(log).toEqual(['retarget d1 → d2', 'retarget u1 → u2']);
    expect(controls.of(after[0].field)).toBe(description);
    expect(controls.of(after[1].field)).toBe(url);
    expect(description.host.previousElementSibling).toBe(after[0].field);
    expect(controls.lost()).toBe(false);
  });

  it('a field that left with no new one of its kind takes its control with it; a new kind gets a new control', () => {
    const log: string[] = [];
    const controls = fieldControls(new AbortController().signal, (target) => stubControl(target, log));
    controls.reconcile(fields('<textarea id="d1"></textarea>'));
    controls.reconcile(fields('<input id="u1">'));
    expect(log).toEqual(['destroy d1']);
    expect(controls.size).toBe(1);
  });

  it('lost(): a control the page removed, or a field gone, and nothing else', () => {
    const controls = fieldControls(new AbortController().signal, (target) => stubControl(target, []));
    const targets = fields('<div id="keep"><input id="u1"></div><p id="other">text</p>');
    controls.reconcile(targets);
    document.getElementById('other')!.remove();
    expect(controls.lost()).toBe(false);
    controls.of(targets[0].field)!.host.remove();
    expect(controls.lost()).toBe(true);
    controls.reconcile(targets);
    expect(controls.lost()).toBe(false);
    document.getElementById('keep')!.remove();
    expect(controls.lost()).toBe(true);
  });
});
