// Firefox MV3 event page (background.scripts).
import { startBackground } from './start.ts';
import { localVision } from './vision-local.ts';

startBackground(localVision);
