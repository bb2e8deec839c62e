/**
 * What a step that can reject a post returns. A rejection carries a reason written for
 * the person who owns the post ("broken YAML at line 3: …"): the orchestrator prefixes
 * the file name, so reasons never repeat it.
 */
export type StepResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

export function accept<T>(value: T): StepResult<T> {
  return { ok: true, value };
}

export function reject<T>(reason: string): StepResult<T> {
  return { ok: false, reason };
}
