import { useEffect, useState } from 'react';

import { onPersistenceChange } from './bookmark-store';

export interface StorageInfo {
  /** Bytes the site uses, and may use, by the browser's estimate; null when unknown. */
  readonly usage: number | null;
  readonly quota: number | null;
  /** Whether the browser promised not to evict the site's storage; null when it cannot say. */
  readonly persisted: boolean | null;
  /** Whether persistence can be asked for at all. */
  readonly canPersist: boolean;
}

export async function readStorageInfo(): Promise<StorageInfo> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  const [estimate, persisted] = await Promise.all([
    storage?.estimate ? storage.estimate().catch(() => null) : Promise.resolve(null),
    storage?.persisted ? storage.persisted().catch(() => null) : Promise.resolve(null),
  ]);
  return {
    usage: estimate?.usage ?? null,
    quota: estimate?.quota ?? null,
    persisted,
    canPersist: typeof storage?.persist === 'function',
  };
}

/** Asks for persistent storage; resolves with whether it is persistent now. */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}

/** The storage info, read again whenever `version` changes and when persistence may have. */
export function useStorageInfo(version: unknown): StorageInfo | null {
  const [info, setInfo] = useState<StorageInfo | null>(null);
  const [asked, setAsked] = useState(0);
  useEffect(() => onPersistenceChange(() => setAsked((n) => n + 1)), []);
  useEffect(() => {
    let live = true;
    void readStorageInfo().then((next) => {
      if (live) setInfo(next);
    });
    return () => {
      live = false;
    };
  }, [version, asked]);
  return info;
}
