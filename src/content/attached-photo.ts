// One photo the user attached: read at once, hashed (its id) and sent to the background for
// analysis, so the verdict is ready before Send. Also draws the dialog's thumbnail from the File.
import type { Box } from '../analysis/types.ts';
import { MAX_PHOTO_BYTES } from '../messages.ts';
import type { PhotoView } from '../ui/dialog-state.ts';
import type { MessageKey } from '../ui/i18n.ts';
import { analyzePhoto, reservePhoto } from './background-client.ts';
import { sha256Hex } from '../photo-id.ts';
import { imageFormat } from '../vision/core/sniff.ts';
import { thumbCrop } from '../ui/thumb-crop.ts';

/** the photo being sent to the background now: the next one waits for it */
let sending: Promise<unknown> = Promise.resolve();

/** bytes enough to recognise every format `imageFormat` knows (HEIF/AVIF brands included) */
const HEAD_BYTES = 64;

async function looksLikePhoto(file: File): Promise<boolean> {
  try {
    return imageFormat(new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer())) !== 'unknown';
  } catch {
    return false;
  }
}

/**
 * The attached files that are photos, by their bytes: a browser types a file by its name, and
 * `IMG_2024`, `photo.jpg_large` or a file from a messenger come with no type or a wrong one. Files
 * the browser calls images are taken at once (at once matters: Send may follow); when any file
 * needs its first bytes read, the whole pick waits for them so the photos keep the site's order.
 */
export function photosByContent(files: File[]): File[] | Promise<File[]> {
  if (files.every((f) => f.type.startsWith('image/'))) return files;
  return Promise.all(files.map((f) => (f.type.startsWith('image/') ? true : looksLikePhoto(f))))
    .then((isPhoto) => files.filter((_, i) => isPhoto[i]));
}

export class AttachedPhoto implements PhotoView {
  /** resolves to the content hash, or null when the photo cannot be sent (see `problem`); a photo
   *  the background had no room for (`photoBusy`) has its hash */
  readonly id: Promise<string | null>;
  problem: MessageKey | null = null;
  /** the site's thumbnail for this photo (its source URL or id), once it shows one */
  source: string | null = null;
  private bitmap: Promise<ImageBitmap | null> | null = null;

  constructor(readonly file: File) {
    this.id = this.submit();
  }

  private async submit(): Promise<string | null> {
    if (this.file.size > MAX_PHOTO_BYTES) {
      this.problem = 'photoTooLarge';
      return null;
    }
    try {
      const bytes = new Uint8Array(await this.file.arrayBuffer());
      const id = await sha256Hex(bytes);
      await this.sendBytes(id, bytes);
      return id;
    } catch {
      this.problem = 'photoUnreadable';
      return null;
    }
  }

  private async sendBytes(id: string, bytes: Uint8Array<ArrayBuffer>): Promise<void> {
    // one photo crosses at a time, and only once the background has room for it: a photo it
    // refuses never costs the extension's process a copy
    const turn = sending.then(async () => {
      const room = await reservePhoto({ id, size: bytes.byteLength });
      return room.ok ? analyzePhoto({ id, name: this.file.name.slice(0, 500), mime: this.file.type.slice(0, 100), data: bytes }) : room;
    });
    sending = turn.catch(() => undefined);
    const reply = await turn;
    if (reply.ok) {
      if (this.problem === 'photoBusy') this.problem = null;
    } else if ('busy' in reply && reply.busy) {
      this.problem = 'photoBusy'; // the id stands: Send offers the photo again
    } else {
      throw new Error(reply.error);
    }
  }

  /** The background lost the photo (service worker restarted) or had no room for it: send it again. */
  async resend(): Promise<void> {
    const id = await this.id;
    if (id) await this.sendBytes(id, new Uint8Array(await this.file.arrayBuffer()));
  }

  draw(canvas: HTMLCanvasElement, highlight?: Box): boolean {
    this.bitmap ??= createImageBitmap(this.file).catch(() => null);
    void this.bitmap.then((bmp) => {
      const ctx = canvas.getContext('2d');
      if (!bmp || !ctx) return void (canvas.hidden = true);
      const crop = thumbCrop(bmp.width, bmp.height, highlight);
      const scale = canvas.width / crop.size;
      ctx.drawImage(bmp, crop.x, crop.y, crop.size, crop.size, 0, 0, canvas.width, canvas.height);
      if (highlight) {
        ctx.strokeStyle = '#ffeb3b';
        ctx.lineWidth = 3;
        ctx.strokeRect((highlight.x - crop.x) * scale, (highlight.y - crop.y) * scale, highlight.width * scale, highlight.height * scale);
      }
    });
    return true;
  }

  dispose(): void {
    void this.bitmap?.then((b) => b?.close());
    this.bitmap = null;
  }
}
