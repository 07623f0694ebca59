// The engine's public entry. Pure: runs unchanged in the background, Node tests and the CLI.
export { analyzeDraft, sanitizeDraft, warmUpEngine } from './analyzeDraft.ts';
export { readPhotoMetadata } from './metadata/readPhotoMetadata.ts';
export { photoFactsFromMetadata } from './metadata/photoFacts.ts';
export { sniffFormat } from './metadata/format.ts';
export { normalizeText, toSource, type NormalizedText } from './text/normalize.ts';
export { message, MESSAGE_CODES } from './messages.ts';
export { textToCover } from './cover.ts';
export * from './types.ts';
