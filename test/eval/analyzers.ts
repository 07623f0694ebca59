// The Node analyzers the evaluation files share. The eval project's workers run their files without
// isolation, so this module, its OCR thread and its cache live across the files of a worker: a photo
// two of them look at (kodim15, the Solvay group) is analysed once there.
import { createNodePhotoAnalyzer } from '../../src/vision/node.ts';

/**
 * For files that check faces or metadata, not text: a 1 ms OCR budget cuts every reading short at
 * once (the photo still counts as text-checked, marked cut short). The Solvay group's printed
 * names alone take 25 s of OCR; the faces found do not depend on it.
 */
export const facesAnalyzer = createNodePhotoAnalyzer({ ocrBudgetMs: 1, cacheSize: 1024 });

/**
 * For files that check what is read: a roomy budget, because they measure recognition and share
 * two cores with other test processes. The budget itself is tested in src/vision and the bench.
 */
export const textAnalyzer = createNodePhotoAnalyzer({ ocrBudgetMs: 120_000, cacheSize: 1024 });
