import { useRef, useState } from 'react';

import { Button } from '../../../components/button';
import { Icon } from '../../../components/icon';
import { bookmarkStrings } from '../bookmark-strings';
import { bookmarksFileName, MAX_BOOKMARKS_FILE_BYTES, parseBookmarksFile, serializeBookmarksFile } from '../bookmark-file';
import { getAllBookmarks } from '../bookmark-records';
import { useBookmarkActions } from '../bookmark-writes';

type Outcome =
  | { readonly kind: 'imported'; readonly added: number; readonly updated: number; readonly unchanged: number }
  | { readonly kind: 'refused'; readonly message: string; readonly detail: string | null }
  | { readonly kind: 'export-failed' };

function saveFile(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start the download after the click handler returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * 导出 saves every bookmark to `ducai-bookmarks-YYYYMMDD.json`; 导入 reads such a file,
 * checks all of it first (a bad file changes nothing) and merges it by article id.
 */
export function BookmarkTransfer({ canExport }: { readonly canExport: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<'export' | 'import' | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const actions = useBookmarkActions();

  async function exportAll() {
    setBusy('export');
    setOutcome(null);
    try {
      const now = new Date();
      saveFile(bookmarksFileName(now), serializeBookmarksFile(await getAllBookmarks(), now));
    } catch (error) {
      console.warn('bookmarks: export failed', error);
      setOutcome({ kind: 'export-failed' });
    } finally {
      setBusy(null);
    }
  }

  async function importFile(file: File) {
    setBusy('import');
    setOutcome(null);
    try {
      const problems = bookmarkStrings.importProblems;
      if (file.size > MAX_BOOKMARKS_FILE_BYTES) {
        setOutcome({ kind: 'refused', message: problems['too-large'], detail: null });
        return;
      }
      let text: string;
      try {
        text = await file.text();
      } catch {
        setOutcome({ kind: 'refused', message: problems.unreadable, detail: null });
        return;
      }
      const parsed = parseBookmarksFile(text);
      if (!parsed.ok) {
        const message = parsed.problem === 'duplicate' ? problems.duplicate(parsed.detail) : problems[parsed.problem];
        // The technical detail (a field path) is for developers, not the reader.
        if (parsed.problem !== 'duplicate' && parsed.detail) console.warn(`bookmarks import: ${parsed.detail}`);
        setOutcome({ kind: 'refused', message, detail: null });
        return;
      }
      const counts = await actions.importEntries(parsed.entries);
      // A failed write is shown by the page's failure alert.
      if (counts) setOutcome({ kind: 'imported', ...counts });
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="flex flex-col items-stretch gap-3 sm:items-end">
      <div role="group" aria-label={bookmarkStrings.transferLabel} className="flex gap-2">
        <Button
          onClick={() => void exportAll()}
          disabled={busy !== null || !canExport}
          title={bookmarkStrings.exportHint}
          className={busy === null ? '' : 'disabled:cursor-wait'}
        >
          <Icon name="download" />
          {busy === 'export' ? bookmarkStrings.exporting : bookmarkStrings.export}
        </Button>
        <Button onClick={() => input.current?.click()} disabled={busy !== null} title={bookmarkStrings.importHint} className="disabled:cursor-wait">
          <Icon name="upload" />
          {busy === 'import' ? bookmarkStrings.importing : bookmarkStrings.import}
        </Button>
        <input
          ref={input}
          type="file"
          accept="application/json,.json"
          tabIndex={-1}
          aria-hidden="true"
          className="hidden"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = ''; // the same file can be chosen again
            if (file) void importFile(file);
          }}
        />
      </div>
      <div role="status" className="empty:hidden">
        {outcome?.kind === 'imported' && (
          <p className="rounded-lg bg-accent-soft px-3 py-2 text-sm text-ink">{bookmarkStrings.imported(outcome.added, outcome.updated, outcome.unchanged)}</p>
        )}
      </div>
      {outcome?.kind === 'refused' && (
        <div role="alert" className="rounded-xl border border-accent/50 bg-surface px-4 py-3 text-sm sm:max-w-md">
          <p className="font-semibold">{bookmarkStrings.importRefused}</p>
          <p className="mt-1 text-muted">{outcome.message}</p>
          <p className="mt-1.5 text-muted">{bookmarkStrings.importNext}</p>
        </div>
      )}
      {outcome?.kind === 'export-failed' && (
        <p role="alert" className="rounded-xl border border-accent/50 bg-surface px-4 py-3 text-sm">
          {bookmarkStrings.exportFailed}
        </p>
      )}
    </div>
  );
}
