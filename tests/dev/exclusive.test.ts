/**
 * The lock that keeps test dev servers one at a time (tests/support/exclusive.ts, used by
 * tests/support/dev-server.ts): a second taker waits until the first releases it, and a lock left
 * by a process that no longer runs is taken over.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acquire } from '../support/exclusive';

const dir = mkdtempSync(join(tmpdir(), 'catalogue-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the test dev-server lock', () => {
  it('makes a second taker wait until the holder releases it', async () => {
    const path = join(dir, 'a.lock');
    const first = await acquire(path);
    let secondHeld = false;
    const second = acquire(path).then((lock) => {
      secondHeld = true;
      return lock;
    });
    // The second taker has tried (its first try is synchronous) and the lock is still the first's.
    expect(readFileSync(path, 'utf8')).toBe(first.token);
    expect(secondHeld).toBe(false);
    first.release();
    const lock = await second;
    expect(readFileSync(path, 'utf8')).toBe(lock.token);
    lock.release();
  });

  it('takes over a lock whose holder no longer runs', async () => {
    const path = join(dir, 'b.lock');
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(path, `${gone} left-behind`);
    const lock = await acquire(path);
    expect(readFileSync(path, 'utf8')).toBe(lock.token);
    lock.release();
  });
});
