// One photo the user attached: read at once, hashed (its id) and sent to the background for
// analysis, so the verdict is ready before Send. Also draws the dialog's thumbnail from the File.
import type { Box } from '../analysis/types.ts';
import { MAX_PHOTO_BYTES } from '../messages.ts';
import type { PhotoView } from '../ui/dialog-state.ts';
import type { MessageKey } from '../ui/i18n.ts';
import { analyzePhoto } from './background-client.ts';
import { sha256Hex } from '../photo-id.ts';
import { thumbCrop } from '../ui/thumb-crop.ts';

const IMAGE_NAME = /\.(jpe?g|jfif|png|gif|webp|heic|heif|avif|bmp|tiff?)$/i;

export function isPhotoFile(file: File): boolean {
  return file.type.startsWith('image/') || (file.type === '' && IMAGE_NAME.test(file.name));
}

export class AttachedPhoto implements PhotoView {
  /** resolves to the content hash, or null when the photo cannot be sent (see `problem`) */
  readonly id: Promise<string | null>;
  problem: MessageKey | null = null;
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
    const reply = await analyzePhoto({ id, name: this.file.name.slice(0, 500), mime: this.file.type.slice(0, 100), data: bytes });
    if (!reply.ok) throw new Error(reply.error);
  }

  /** The background lost the photo (service worker restarted): send it again. */
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
