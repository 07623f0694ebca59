// "Pause on this site for 1 hour": per host, ends by itself, survives the background's memory
// (the session area is what holds it), and resumes on demand.
import { describe, expect, it } from 'vitest';
import { memoryArea, PAUSE_MS, Pauses } from './pause.ts';

describe('pauses', () => {
  it('pauses one host for an hour, and the pause ends by itself', async () => {
    let now = 1_000_000;
    const pauses = new Pauses(memoryArea(), () => now);
    expect(await pauses.until('weibo.com')).toBeNull();
    expect(await pauses.pause('weibo.com')).toBe(now + PAUSE_MS);
    expect(await pauses.until('weibo.com')).toBe(1_000_000 + PAUSE_MS);
    expect(await pauses.until('x.com')).toBeNull();
    now += PAUSE_MS - 1;
    expect(await pauses.until('weibo.com')).not.toBeNull();
    now += 1;
    expect(await pauses.until('weibo.com')).toBeNull();
  });

  it('resumes on demand, leaving other hosts paused', async () => {
    const pauses = new Pauses(memoryArea(), () => 0);
    await pauses.pause('weibo.com');
    await pauses.pause('x.com');
    await pauses.resume('weibo.com');
    expect(await pauses.until('weibo.com')).toBeNull();
    expect(await pauses.until('x.com')).toBe(PAUSE_MS);
  });

  it('is kept in the session area, so a restarted background still knows it', async () => {
    const area = memoryArea();
    await new Pauses(area, () => 0).pause('mastodon.social');
    expect(await new Pauses(area, () => 10).until('mastodon.social')).toBe(PAUSE_MS);
  });

  it('reads anything else in the area as not paused', async () => {
    const area = memoryArea();
    await area.set({ pausedUntil: { 'weibo.com': 'soon', 'x.com': null } });
    const pauses = new Pauses(area, () => 0);
    expect(await pauses.until('weibo.com')).toBeNull();
    expect(await pauses.until('x.com')).toBeNull();
    await area.set({ pausedUntil: 'garbage' });
    expect(await pauses.until('x.com')).toBeNull();
  });
});
