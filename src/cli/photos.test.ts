// The scanner looks at a path before reading it: only regular files within the size limit.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, ftruncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_SCAN_BYTES, readPhotoFile } from './photos.ts';

const dir = mkdtempSync(join(tmpdir(), 'scan-read-'));

/** a sparse file: `size` bytes long, none of them on disk */
function sparse(name: string, size: number): string {
  const path = join(dir, name);
  const fd = openSync(path, 'w');
  ftruncateSync(fd, size);
  closeSync(fd);
  return path;
}

describe('reading a photo file', () => {
  it('reads a regular file within the limit', async () => {
    writeFileSync(join(dir, 'a.jpg'), new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3]));
    const r = await readPhotoFile(join(dir, 'a.jpg'));
    expect('bytes' in r && [...r.bytes]).toEqual([0xff, 0xd8, 0xff, 1, 2, 3]);
  });
  it('refuses a 1.9 GB sparse file before reading it, and one byte over the limit', async () => {
    const rss = process.memoryUsage().rss;
    expect(await readPhotoFile(sparse('huge.jpg', 1.9e9))).toEqual({ error: 'file too large (1812 MB, over the 32 MB limit): not read' });
    expect(await readPhotoFile(sparse('over.jpg', MAX_SCAN_BYTES + 1))).toEqual({ error: 'file too large (32 MB, over the 32 MB limit): not read' });
    expect(process.memoryUsage().rss - rss).toBeLessThan(20 * 2 ** 20);
    expect('bytes' in (await readPhotoFile(sparse('at-limit.jpg', MAX_SCAN_BYTES)))).toBe(true);
  });
  it('refuses devices, pipes and directories without reading or waiting', async () => {
    expect(await readPhotoFile('/dev/zero')).toEqual({ error: 'not a regular file (a device, pipe or socket): not read' });
    expect(await readPhotoFile('/dev/urandom')).toEqual({ error: 'not a regular file (a device, pipe or socket): not read' });
    const fifo = join(dir, 'pipe.jpg');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expect(await readPhotoFile(fifo)).toEqual({ error: 'not a regular file (a device, pipe or socket): not read' });
    expect(await readPhotoFile(dir)).toEqual({ error: 'is a directory' });
    expect(await readPhotoFile(join(dir, 'nope.jpg'))).toEqual({ error: 'file not found' });
  });
});
