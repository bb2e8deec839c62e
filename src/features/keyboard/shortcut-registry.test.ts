// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';

import { shortcutRegistry } from './shortcut-registry';

const removals: (() => void)[] = [];
afterEach(() => {
  while (removals.length) removals.pop()!();
  document.body.innerHTML = '';
});

function press(key: string, target: EventTarget = document.body, init: KeyboardEventInit = {}) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

describe('shortcutRegistry', () => {
  it('runs the handler of the page on screen and claims the key', () => {
    const handle = vi.fn();
    removals.push(shortcutRegistry.add({ page: 'other', actions: new Set(['help']) }, handle));
    removals.push(shortcutRegistry.add({ page: 'list', actions: new Set(['next']) }, handle));
    expect(press('j').defaultPrevented).toBe(true);
    expect(press('?').defaultPrevented).toBe(true);
    expect(handle.mock.calls.map(([action]) => action)).toEqual(['next', 'help']);
    expect(press('u').defaultPrevented).toBe(false);
  });

  it('leaves a key to the browser when the handler says so', () => {
    removals.push(shortcutRegistry.add({ page: 'list', actions: new Set(['open']) }, () => false));
    expect(press('Enter').defaultPrevented).toBe(false);
  });

  it('stays out of typing, modified keys and open dialogs', () => {
    const handle = vi.fn();
    removals.push(shortcutRegistry.add({ page: 'list', actions: new Set(['next']) }, handle));
    document.body.innerHTML = '<input id="text"><dialog open><button id="inside">x</button></dialog>';
    press('j', document.getElementById('text')!);
    press('j', document.getElementById('inside')!);
    press('j', document.body, { ctrlKey: true });
    expect(handle).not.toHaveBeenCalled();
  });

  it('leaves ← and → to radio choices, sliders and Shift selections', () => {
    const handle = vi.fn();
    removals.push(shortcutRegistry.add({ page: 'reader', actions: new Set(['next', 'previous']) }, handle));
    document.body.innerHTML = '<input type="radio" id="radio"><input type="range" id="range">';
    press('ArrowRight', document.getElementById('radio')!);
    press('ArrowLeft', document.getElementById('range')!);
    press('ArrowRight', document.body, { shiftKey: true });
    expect(handle).not.toHaveBeenCalled();
    press('ArrowRight');
    expect(handle).toHaveBeenCalledWith('next', expect.anything());
  });

  it('lists the layers for the help, and stops listening when the last goes', () => {
    const handle = vi.fn();
    const remove = shortcutRegistry.add({ page: 'list', actions: new Set(['next']) }, handle);
    expect(shortcutRegistry.layers()).toHaveLength(1);
    remove();
    expect(shortcutRegistry.layers()).toHaveLength(0);
    press('j');
    expect(handle).not.toHaveBeenCalled();
  });
});
