// What the warning dialog shows. Built by the content script, rendered by WarningDialog.
import type { Box, Verdict } from '../analysis/types.ts';

export type DialogState =
  | { kind: 'checking' }
  /** the engine's verdict on `draft`; `unchecked` lists photos that could not be fully examined */
  | {
    kind: 'verdict'; verdict: Verdict; draft: string; unchecked: string[];
    /** what "make the photos safer" would change; absent when it cannot be offered */
    safer?: SaferOffer | null;
    /** why the last attempt to make the photos safer failed */
    saferError?: string;
  }
  /** no verdict: the check failed or ran out of time */
  | { kind: 'failed'; why: string };

export type Choice = 'back' | 'post' | 'safer';

/** What the safer copies change: faces and lines of text covered, photos whose location is
 *  removed; `swap`: they replace the photos in the post (else they are saved as downloads). */
export interface SaferOffer {
  faces: number;
  text: number;
  located: number;
  swap: boolean;
  /** how many photos (and so copies) */
  photos: number;
  /** saving: how many copies are in the downloads already (one per click) */
  saved?: number;
}

/** One attached photo as the dialog may show it (index = the photo's index in the draft). */
export interface PhotoView {
  /** draws the photo's thumbnail (optionally outlining a face) into the canvas; false if it cannot */
  draw(canvas: HTMLCanvasElement, highlight?: Box): boolean;
}
