import { describe, expect, it } from 'vitest';
import { nextTask } from './next-task.ts';

describe('nextTask', () => {
  it('lets a message that is already waiting be handled first (what the OCR thread\'s replies need)', async () => {
    const seen: string[] = [];
    const channel = new MessageChannel();
    channel.port1.onmessage = () => seen.push('message');
    channel.port2.postMessage(null);
    await Promise.resolve(); // a microtask alone does not
    seen.push('after a microtask');
    await nextTask();
    seen.push('after nextTask');
    channel.port1.close();
    expect(seen).toEqual(['after a microtask', 'message', 'after nextTask']);
  });
});
