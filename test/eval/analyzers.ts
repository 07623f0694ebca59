// The Node analyzers the evaluation files share. The eval project's workers run their files without
// isolation, so this module, its face models, OCR thread (PaddleOCR loaded once) and cache live
// across the files of a worker: a photo two of them look at (kodim15, the Solvay group, the phone
// sign) is analysed once there. The files therefore never dispose them: each analyzer lets go of
// its models and thread after its idle time (a minute unused), and vitest ends the worker with the
// run, threads and all.
import { createNodePhotoAnalyzer } from '../../src/vision/node.ts';

/**
 * For files that check faces or metadata, not text: a zero OCR budget cuts every reading short at
 * once (the photo still counts as text-checked, marked cut short). The Solvay group's printed
 * names alone take 25 s of OCR; the faces found do not depend on it. Zero, not 1 ms: a reading
 * already handed to the OCR thread when its budget runs out ends by terminating the thread
 * (src/vision/core/ocr.ts), and starting it again costs ~1 s of CPU, at a third of the photos
 * with 1 ms; with zero nothing is ever handed over, and the thread starts once per worker.
 */
export const facesAnalyzer = createNodePhotoAnalyzer({ ocrBudgetMs: 0, cacheSize: 1024 });

/**
 * For files that check what is read: a roomy budget, because they measure recognition and share
 * two cores with other test processes. The budget itself is tested in src/vision and the bench.
 */
export const textAnalyzer = createNodePhotoAnalyzer({ ocrBudgetMs: 120_000, cacheSize: 1024 });
