import { describe, expect, it } from 'vitest';
import { parseLine } from './jsonlLine.ts';

describe('scanner input lines', () => {
  it('accepts id, text, optional images and locale', () => {
    expect(parseLine('{"id":"a","text":"hi"}')).toEqual({ ok: true, id: 'a', text: 'hi', images: [], locale: 'en' });
    expect(parseLine('{"id":7,"text":"孩子","images":["x.jpg"],"locale":"zh-TW"}')).toEqual({ ok: true, id: '7', text: '孩子', images: ['x.jpg'], locale: 'zh-TW' });
  });
  it('explains what is wrong with a bad line, keeping the id when it can', () => {
    expect(parseLine('not json')).toEqual({ ok: false, id: null, error: 'line is not valid JSON' });
    expect(parseLine('[1,2]')).toMatchObject({ ok: false, id: null });
    expect(parseLine('{"text":"x"}')).toMatchObject({ ok: false, id: null, error: '"id" is missing' });
    expect(parseLine('{"id":"b"}')).toMatchObject({ ok: false, id: 'b', error: '"text" must be a string' });
    expect(parseLine('{"id":"c","text":"x","images":"a.jpg"}')).toMatchObject({ ok: false, id: 'c' });
    expect(parseLine('{"id":"d","text":"x","locale":"fr"}')).toMatchObject({ ok: false, id: 'd' });
  });
});
