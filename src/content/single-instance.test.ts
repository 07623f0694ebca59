import { describe, expect, it } from 'vitest';
import { answerCutOffCopies, claimPage, guardedByAnother } from './single-instance.ts';

describe('one guard per page', () => {
  it('the first script guards; a second one, while the first lives, does not', () => {
    const page = {};
    expect(claimPage(() => true, page)).toBe(true);
    expect(claimPage(() => true, page)).toBe(false);
  });

  it('a script whose extension is gone leaves the page to the next one', () => {
    const page = {};
    let firstAlive = true;
    expect(claimPage(() => firstAlive, page)).toBe(true);
    firstAlive = false;
    expect(claimPage(() => true, page)).toBe(true);
    // and the newcomer is the one later scripts find
    expect(claimPage(() => true, page)).toBe(false);
  });

  it('a mark that throws (a dead object in Firefox) counts as gone', () => {
    const page = {};
    claimPage(() => { throw new TypeError("can't access dead object"); }, page);
    expect(claimPage(() => true, page)).toBe(true);
  });

  it('separate pages are guarded separately', () => {
    expect(claimPage(() => true, {})).toBe(true);
    expect(claimPage(() => true, {})).toBe(true);
  });
});

describe('a cut-off copy asking whether the page is guarded', () => {
  it('hears yes from a living guard of the same extension only', () => {
    const page = new EventTarget();
    const stop = new AbortController();
    let alive = true;
    expect(guardedByAnother('ext-a', page)).toBe(false);
    answerCutOffCopies('ext-a', () => alive, stop.signal, page);
    expect(guardedByAnother('ext-a', page)).toBe(true);
    expect(guardedByAnother('ext-b', page)).toBe(false);
    alive = false;
    expect(guardedByAnother('ext-a', page)).toBe(false);
    alive = true;
    stop.abort(); // the guard's own lifetime ended: it answers no more
    expect(guardedByAnother('ext-a', page)).toBe(false);
  });
});
