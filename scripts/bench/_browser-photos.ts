// The photos and timings both browser benches (browser.ts, browser-firefox.ts) use, so their
// figures compare.
import { testdata } from '../../test/e2e/harness/paths.ts';

/** The first photo, cold: a young girl (faces + OCR load). */
export const COLD_PHOTO = testdata('scenes/kodak_kodim15.png');
/** Adults: FaceRes (loaded at the first face read as an adult) is in memory for the 12 MP figures. */
export const ADULTS_PHOTO = testdata('scenes/kodak_kodim12.png');
/** Text (a dense page): every OCR reading runs and eng initialises, so the memory figures include
 *  both languages' instances. */
export const TEXT_PHOTO = testdata('ocr/en/tesseractjs_testocr.png');
/** 12 MP photos after those three: the first is the one-photo memory figure, the rest are warm runs. */
export const WARM_RUNS = 5;
/** Idle time after which V8 has collected the photos' garbage (measured: 15–40 s), models still
 *  loaded (below the 60 s idle close). */
export const SETTLE_MS = 40_000;
