import { useEffect, useEffectEvent } from 'react';

/** What a control does when a key asks for it instead of a click. */
type Command = () => void;

/** The controls on screen by what they do and what they do it to ("bookmark" → article id). */
const commands = new Map<string, Command[]>();

const keyOf = (name: string, target: string) => `${name}\u0000${target}`;

/**
 * Makes a control's action reachable by a shortcut: while the control is mounted,
 * `runCommand(name, target)` does what pressing it does (the 收藏 toggle of an article,
 * its 标为已读), so a key and the button always do and say the same, without the key
 * handler looking for the button in the DOM. The latest control mounted for a name and
 * target answers.
 */
export function useCommand(name: string, target: string, command: Command): void {
  const run = useEffectEvent(command);
  useEffect(() => {
    const key = keyOf(name, target);
    const entry: Command = () => run();
    commands.set(key, [...(commands.get(key) ?? []), entry]);
    return () => {
      const left = (commands.get(key) ?? []).filter((c) => c !== entry);
      if (left.length > 0) commands.set(key, left);
      else commands.delete(key);
    };
  }, [name, target]);
}

/** Runs the command of the control on screen for `target`; false when none is mounted. */
export function runCommand(name: string, target: string): boolean {
  const command = commands.get(keyOf(name, target))?.at(-1);
  command?.();
  return command !== undefined;
}
