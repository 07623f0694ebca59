// Firefox MV3 event page (background.scripts). The models run in a frame of this page.
import { startBackground } from './start.ts';
import { documentVision } from './analysis-document.ts';
import { analysisFrame } from './vision-frame.ts';

startBackground(documentVision(analysisFrame));
