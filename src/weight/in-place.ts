/**
 * Reading and rewriting thousands of pages without churning memory or the file system.
 *
 * Pages are read into one buffer that is reused (each page is needed only until the next is
 * read), so the step does not leave hundreds of megabytes of page buffers to the garbage collector.
 *
 * A page is rewritten in place: its new bytes are written over the old ones, and the file is cut
 * to the new length only when it got shorter. Writing it anew (`writeFileSync`: truncate to zero,
 * then write) frees and allocates every block of every page, which on the build machine's ext4
 * (mounted with `discard`) is slow: rewriting the 7,973 pages of the national build (same bytes,
 * a copy of the built site, `sync`ed first, load 5–8) took 12.6 and 24.0 s that way against 1.0
 * and 1.5 s in place. The bytes of the result are the same.
 */
import { closeSync, fstatSync, ftruncateSync, openSync, readSync, writeSync } from 'node:fs';

/** Reads whole files into a buffer that is reused: what `read` returns is valid until the next call. */
export class FileReader {
  private buffer = Buffer.allocUnsafe(1 << 20);

  /** The bytes of `path`. */
  read(path: string): Buffer {
    const fd = openSync(path, 'r');
    try {
      const size = fstatSync(fd).size;
      if (size > this.buffer.length) this.buffer = Buffer.allocUnsafe(Math.max(size, this.buffer.length * 2));
      let length = 0;
      while (length < size) {
        const got = readSync(fd, this.buffer, length, size - length, length);
        if (got === 0) break;
        length += got;
      }
      return this.buffer.subarray(0, length);
    } finally {
      closeSync(fd);
    }
  }
}

/** Writes pieces of pages over files in place, through one reused buffer. */
export class InPlaceWriter {
  private buffer = Buffer.allocUnsafe(1 << 20);

  /** Makes `parts`, joined, the content of the file at `path`, which is `oldSize` bytes long now. */
  write(path: string, oldSize: number, parts: readonly Uint8Array[]): void {
    let size = 0;
    for (const p of parts) size += p.length;
    if (size > this.buffer.length) this.buffer = Buffer.allocUnsafe(Math.max(size, this.buffer.length * 2));
    let at = 0;
    for (const p of parts) {
      this.buffer.set(p, at);
      at += p.length;
    }
    const fd = openSync(path, 'r+');
    try {
      for (let done = 0; done < size; ) done += writeSync(fd, this.buffer, done, size - done, done);
      if (size < oldSize) ftruncateSync(fd, size);
    } finally {
      closeSync(fd);
    }
  }
}
