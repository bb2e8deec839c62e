/**
 * Like Promise.all, but waits for every promise to settle before it throws the first
 * failure (first in time: later ones are often its consequences, such as the others
 * being stopped). Tasks on worker threads must not outlive the step that started them:
 * a pool destroyed under a running task, or a folder removed under it, turns one clear
 * error into a crash of the whole process.
 */
export async function settleAll<T>(promises: readonly Promise<T>[]): Promise<T[]> {
  let first: { reason: unknown } | null = null;
  const settled = await Promise.allSettled(
    promises.map((p) =>
      p.catch((reason: unknown) => {
        first ??= { reason };
        throw reason;
      }),
    ),
  );
  if (first !== null) throw (first as { reason: unknown }).reason;
  return settled.map((s) => (s as PromiseFulfilledResult<T>).value);
}
