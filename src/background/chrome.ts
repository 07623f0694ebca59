// Chrome MV3 service worker. The models run in an offscreen document.
import { startBackground } from './start.ts';
import { documentVision } from './analysis-document.ts';
import { offscreenDocument } from './vision-offscreen.ts';

startBackground(documentVision(offscreenDocument));
