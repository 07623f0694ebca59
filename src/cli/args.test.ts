import { describe, expect, it } from 'vitest';
import { parseArgs } from './args.ts';

describe('scanner arguments', () => {
  it('single draft: text, several images, locale', () => {
    expect(parseArgs(['--text', '孩子走丢了', '--image', 'a.jpg', '--image', 'b.png', '--locale', 'zh-CN'])).toEqual({ mode: 'single', text: '孩子走丢了', images: ['a.jpg', 'b.png'], locale: 'zh-CN' });
    expect(parseArgs(['--text=hello', '--locale=en'])).toEqual({ mode: 'single', text: 'hello', images: [], locale: 'en' });
    expect(parseArgs(['--image', 'a.jpg'])).toEqual({ mode: 'single', text: '', images: ['a.jpg'], locale: 'en' });
    expect(parseArgs(['--text', ''])).toEqual({ mode: 'single', text: '', images: [], locale: 'en' });
  });
  it('jsonl mode', () => {
    expect(parseArgs(['--jsonl', 'drafts.jsonl'])).toEqual({ mode: 'jsonl', file: 'drafts.jsonl' });
  });
  it('usage errors', () => {
    for (const bad of [[], ['--text'], ['--locale', 'fr', '--text', 'x'], ['--jsonl', 'a', '--text', 'b'], ['--bogus', '1'], ['stray']]) {
      expect(parseArgs(bad).mode, JSON.stringify(bad)).toBe('usage-error');
    }
  });
  it('help', () => expect(parseArgs(['--help'])).toEqual({ mode: 'help' }));

  it('takes --safer-copies DIR with images, and refuses it without images or with --jsonl', () => {
    expect(parseArgs(['--text', 'x', '--image', 'a.jpg', '--safer-copies', 'out'])).toEqual({ mode: 'single', text: 'x', images: ['a.jpg'], locale: 'en', saferCopies: 'out' });
    expect(parseArgs(['--text', 'x', '--safer-copies', 'out'])).toEqual({ mode: 'usage-error', problem: '--safer-copies needs at least one --image' });
    expect(parseArgs(['--jsonl', 'f', '--safer-copies', 'out']).mode).toBe('usage-error');
  });
});
