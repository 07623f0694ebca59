// Chrome MV3 service worker.
import { startBackground } from './start.ts';
import { closeOffscreenWhenIdle, offscreenVision } from './vision-offscreen.ts';

startBackground(offscreenVision);
closeOffscreenWhenIdle();
