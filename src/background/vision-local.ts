// Firefox: the MV3 background is an event page with a DOM and workers, so the models run here.
import type { VisionClient } from './vision-client.ts';
import { photoAnalyzer } from './load-analyzer.ts';

export const localVision: VisionClient = {
  async analyze({ id, name, mime, bytes }) {
    const facts = await (await photoAnalyzer()).analyze(bytes, { name, mime });
    return { ...facts, id };
  },
};
