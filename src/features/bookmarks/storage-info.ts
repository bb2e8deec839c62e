import { keepPreviousData, useQuery } from '@tanstack/react-query';

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

/** The storage info's query key: invalidated when persistence may have changed. */
export const STORAGE_INFO_KEY = ['storage-info'] as const;

/** The storage info, read again whenever `version` changes and when persistence may have. */
export function useStorageInfo(version: string): StorageInfo | null {
  return (
    useQuery({
      queryKey: [...STORAGE_INFO_KEY, version],
      queryFn: readStorageInfo,
      networkMode: 'always',
      placeholderData: keepPreviousData,
    }).data ?? null
  );
}
