// Chrome MV3 service worker.
import { startBackground } from './start.ts';
import { offscreenVision } from './vision-offscreen.ts';

startBackground(offscreenVision);
