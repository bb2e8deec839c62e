/** How often the line is redrawn at most: a terminal redrawn per batch flickers. */
const EVERY_MS = 200;

/**
 * The ingest's progress on a terminal, one line redrawn in place on stderr: posts done of
 * those to process, posts a second, and the time left at that rate. For TTYs only: the
 * caller prints nothing when the output is a file or a pipe.
 */
export function progressLine(out: NodeJS.WriteStream): { update(done: number, total: number): void; end(): void } {
  const started = performance.now();
  let drawn = 0;
  let shown = false;
  return {
    update(done, total) {
      const now = performance.now();
      if (done < total && now - drawn < EVERY_MS) return;
      drawn = now;
      const seconds = (now - started) / 1000;
      const rate = seconds > 0 ? done / seconds : 0;
      const left = rate > 0 ? Math.ceil((total - done) / rate) : null;
      const line = `${done.toLocaleString('en')} / ${total.toLocaleString('en')} posts · ${Math.round(rate).toLocaleString('en')} posts/s${left === null ? '' : ` · ${left} s left`}`;
      out.write(`\r\u001b[2K${line}`);
      shown = true;
    },
    end() {
      if (shown) out.write('\r\u001b[2K');
      shown = false;
    },
  };
}
