import { BaseSequencer, type TestSpecification } from 'vitest/node';

// The files that take longest, longest first. vitest orders by the durations it cached on earlier
// runs; a fresh clone has none and runs files in the order found, so with two or three workers the
// long files could meet at the end one after the other. Listed here, each starts at once on its
// own worker and the short files fill in beside them.
const LONGEST = [
  'test/eval/faces.test.ts',
  'test/eval/ocr.test.ts',
  'test/eval/pixelate.test.ts',
  'test/eval/photo-text-risk.test.ts',
  'src/vision/node.test.ts',
  'test/e2e/send-guard.e2e.test.ts',
  'test/e2e/cross-host.e2e.test.ts',
  'test/e2e/analysis-lifecycle.e2e.test.ts',
  'test/e2e/dialog-layout.e2e.test.ts',
  'test/e2e/never-silent.e2e.test.ts',
];

const rank = (file: TestSpecification): number => {
  const at = LONGEST.findIndex((path) => file.moduleId.endsWith(path));
  return at < 0 ? LONGEST.length : at;
};

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    // Array.prototype.sort is stable: the files not listed keep vitest's own order
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}
