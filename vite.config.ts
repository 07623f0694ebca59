// Builds the extension for one browser: `vite build --mode chrome` → dist/chrome,
// `vite build --mode firefox` → dist/firefox. One manifest.json source, branched here.
import { defineConfig, type Plugin } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';
import baseManifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { vendorAssets, type VendorAsset } from './vite/vendor-assets.ts';

type Target = 'chrome' | 'firefox';

const CONTENT_SCRIPT = 'src/content/main.ts';
const OFFSCREEN_PAGE = 'src/offscreen/offscreen.html';
const ACCESS_PAGE = 'src/ui/access.html';
const ABOUT_PAGE = 'src/ui/about.html';
export const GECKO_ID = 'child-guard@childguard.invalid';

/** Chrome: MV3 service worker + offscreen document. Firefox: MV3 event page with a DOM.
 *  Photos cross the messaging as bytes (src/messages.ts): Firefox always structured-clones
 *  messages, Chrome does from 148 when the manifest asks (JSON otherwise, so 148 is the minimum). */
export function manifestFor(target: Target): ManifestV3Export {
  // the version lives in package.json only: the builds, the release archives and the changelog follow it
  const common = { ...structuredClone(baseManifest), version: pkg.version } as Record<string, unknown>;
  if (target === 'chrome') {
    return {
      ...common,
      permissions: [...(common.permissions as string[]), 'offscreen'],
      background: { service_worker: 'src/background/chrome.ts', type: 'module' },
      message_serialization: 'structured_clone',
      minimum_chrome_version: '148',
    } as unknown as ManifestV3Export;
  }
  return {
    ...common,
    background: { scripts: ['src/background/firefox.ts'], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android reads data_collection_permissions from 142 on (m.weibo.cn is used there)
      gecko_android: { strict_min_version: '142.0' },
    },
  } as unknown as ManifestV3Export;
}

/** Files nobody imports (OCR cores and language data, wasm, model weights): listed by the vision code. */
function emitVendorAssets(assets: VendorAsset[]): Plugin {
  return {
    name: 'child-guard:vendor-assets',
    apply: 'build',
    generateBundle() {
      for (const { from, to } of assets) {
        this.emitFile({ type: 'asset', fileName: to.replace(/^\//, ''), source: readFileSync(from) });
      }
    },
  };
}

export default defineConfig(({ mode, command }) => {
  const target: Target = mode === 'firefox' || mode === 'e2e-firefox' ? 'firefox' : 'chrome';
  // the e2e tier's test build (src/background/load-analyzer.ts): its own folder, never packaged
  const e2e = mode.startsWith('e2e-');
  const assets = vendorAssets();
  return {
    plugins: [
      preact(),
      crx({
        manifest: manifestFor(target),
        browser: target,
        // One self-contained IIFE: no web_accessible_resources for the page to probe (crxjs #1130).
        contentScripts: { standaloneFiles: [CONTENT_SCRIPT] },
      }),
      emitVendorAssets(assets),
    ],
    build: {
      // `npm run dev` (serve) gets its own folder: its HMR build must never pass for the release build
      outDir: command === 'serve' ? `dist/${target}-dev` : e2e ? `.tmp/e2e-build/${target}` : `dist/${target}`,
      emptyOutDir: true,
      target: ['chrome120', 'firefox128'],
      chunkSizeWarningLimit: 8000,
      // extra pages: the analysis document (Chrome: offscreen document; Firefox: a frame of the
      // event page), the host-access page and the "how it works" page (the popup and the options
      // page come in through the manifest)
      rollupOptions: { input: { access: ACCESS_PAGE, offscreen: OFFSCREEN_PAGE, about: ABOUT_PAGE } },
    },
    // ppu-paddle-ocr imports `onnxruntime-web`, whose browser entry wants the 29.5 MB WebGPU wasm:
    // the wasm-only build instead, for it and for src/vision/browser/paddle.ts (one ort, one env)
    resolve: { alias: [{ find: /^onnxruntime-web$/, replacement: 'onnxruntime-web/wasm' }] },
    server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
  };
});
