/**
 * A lock held by one test process at a time, across Vitest's worker processes: a file created with
 * O_EXCL that names its holder. Waiting ends when the file is gone (released) or names a process
 * that no longer runs (a worker that died holding it); the polling below only paces the look.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';

/** A held lock: `token` is what the lock file holds while it is ours. */
export interface HeldLock {
  token: string;
  release(): void;
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const read = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};

const remove = (path: string) => {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
};

/** Tries once to take the lock; the first try happens before the returned promise's first wait. */
function tryTake(path: string, token: string): boolean {
  try {
    writeFileSync(path, token, { flag: 'wx' });
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    const holder = read(path);
    const pid = Number(holder?.split(' ')[0]);
    // A holder that no longer runs left the file behind: take it over (checked again right before).
    if (holder !== undefined && Number.isInteger(pid) && !alive(pid) && read(path) === holder) remove(path);
    return false;
  }
}

/** Waits until this process holds the lock `path`, then returns it. */
export async function acquire(path: string): Promise<HeldLock> {
  const token = `${process.pid} ${randomUUID()}`;
  while (!tryTake(path, token)) await new Promise((r) => setTimeout(r, 200));
  const release = () => {
    if (read(path) === token) remove(path);
    process.off('exit', release);
  };
  process.on('exit', release);
  return { token, release };
}
