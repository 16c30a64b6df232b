import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Progress } from '../../src/run/progress.js';

function sink() {
  const chunks: string[] = [];
  const stream = new Writable({ write(chunk, _encoding, done) { chunks.push(String(chunk)); done(); } });
  return { stream, chunks };
}

describe('progress line', () => {
  it('stays silent during the first second', () => {
    const { stream, chunks } = sink();
    let now = 0;
    const progress = new Progress(stream, 10_000_000, () => now);
    now = 900;
    progress.read(1_000_000);
    progress.finish();
    expect(chunks).toEqual([]);
  });

  it('shows bytes, records, figures, rate and ETA, then erases itself', () => {
    const { stream, chunks } = sink();
    let now = 0;
    const progress = new Progress(stream, 10_000_000, () => now);
    progress.extracted(200, 100);
    progress.extracted(56, 28);
    now = 2000;
    progress.read(4_000_000);
    expect(chunks.at(-1)).toBe('\rtoll: [########............] 40% 4.0 MB/10.0 MB · 256 records · 128 figures · 2.0 MB/s · ETA 0:03\u001b[K');
    progress.finish();
    expect(chunks.at(-1)).toBe('\r\u001b[K');
  });

  it('has no bar or ETA when the size is unknown (stdin)', () => {
    let now = 0;
    const progress = new Progress(sink().stream, null, () => now);
    now = 2000;
    expect(progress.line(now)).toBe('toll: 0.0 MB · 0 records · 0 figures · 0.0 MB/s');
  });

  it('is never wider than the terminal, and is erased before another stderr line', () => {
    const { stream, chunks } = sink();
    Object.assign(stream, { columns: 40 });
    let now = 0;
    const progress = new Progress(stream, 10_000_000, () => now);
    now = 2000;
    progress.read(4_000_000);
    const drawn = chunks.at(-1)!.replace('\r', '').replace('\u001b[K', '');
    expect([...drawn].length).toBe(39);
    expect(drawn.endsWith('…')).toBe(true);
    progress.clear();
    expect(chunks.at(-1)).toBe('\r\u001b[K');
    const count = chunks.length;
    progress.finish();
    expect(chunks.length).toBe(count);
    now = 2200;
    progress.read(1);
    expect(chunks.length).toBe(count + 1);
  });
});
