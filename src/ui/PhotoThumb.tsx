// A photo's thumbnail on a <canvas>: drawn from the File the user picked, so no URL is created
// for the page (or its CSP) to see.
import { useEffect, useRef } from 'preact/hooks';
import type { Box } from '../analysis/types.ts';
import type { PhotoView } from './dialog-state.ts';

export function PhotoThumb({ photo, highlight, label }: { photo: PhotoView | undefined; highlight?: Box; label: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (ref.current && photo && !photo.draw(ref.current, highlight)) ref.current.hidden = true;
  }, [photo, highlight]);
  return <canvas ref={ref} class="thumb" width={96} height={96} role="img" aria-label={label} />;
}
