// The dialog's styles, applied inside its closed shadow root (the page's CSS cannot reach in).
export const DIALOG_CSS = `
:host { all: initial; }
.backdrop { position: fixed; inset: 0; background: rgba(0,0,0,.45); display: flex; align-items: center;
  justify-content: center; z-index: 2147483647; font: 15px/1.55 system-ui, -apple-system, "PingFang SC",
  "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: #1d1d1f; }
.dialog { background: #fff; border-radius: 12px; box-shadow: 0 12px 40px rgba(0,0,0,.35); width: min(560px, 94vw);
  max-height: 90vh; display: flex; flex-direction: column; padding: 20px 22px 14px; box-sizing: border-box; border-top: 6px solid #888; }
.body { overflow: auto; min-height: 0; flex: 1 1 auto; }
.dialog.warn { border-top-color: #c62828; } .dialog.caution { border-top-color: #ef8f00; }
.dialog.failed, .dialog.none { border-top-color: #6d4c41; }
h2 { font-size: 19px; margin: 0 0 8px; } h3 { font-size: 14px; margin: 14px 0 4px; }
p { margin: 6px 0; }
.reasons { list-style: none; padding: 0; margin: 10px 0; }
.reason { border-left: 4px solid #c62828; background: #fff5f5; padding: 8px 10px; margin: 8px 0; border-radius: 4px; }
.reason.medium { border-left-color: #ef8f00; background: #fff9ef; } .reason.low { border-left-color: #9e9e9e; background: #f7f7f7; }
.message { font-weight: 600; }
.evidence-list { list-style: none; padding: 0; margin: 4px 0; }
.evidence { margin: 4px 0; display: flex; gap: 10px; align-items: center; }
.quote { display: block; } mark { background: #ffe082; color: inherit; padding: 0 1px; border-radius: 2px; }
.thumb { width: 96px; height: 96px; border-radius: 6px; background: #ddd; flex: none; }
.rule { font-size: 13px; color: #444; } .rule-label { font-weight: 600; }
.safer { border-top: 1px solid #e5e5e5; margin-top: 10px; font-size: 14px; }
.report { font-weight: 600; font-size: 15px; }
ul.report { list-style: none; padding: 0; margin: 6px 0; } ul.report li { margin: 4px 0; } .region { font-weight: 400; color: #444; margin-right: .3em; }
.general-rules { font-size: 12px; color: #555; padding-left: 18px; }
.note { background: #fff3cd; padding: 6px 8px; border-radius: 4px; font-size: 14px; }
.actions { display: flex; gap: 10px; justify-content: flex-end; margin-top: 14px; flex-wrap: wrap; }
/* the safer copy takes the row's free space, or a row of its own; back and post never part */
.actions .safer-copy { flex: 1 1 auto; }
.pair { display: flex; gap: 10px; flex-wrap: nowrap; margin-left: auto; }
.pair button, .safer-copy { white-space: nowrap; }
.more-below { display: block; width: 100%; margin-top: 6px; border: 0; border-top: 1px solid #e5e5e5; border-radius: 0;
  background: linear-gradient(#fff, #f3f7f4); color: #1f6f43; font-size: 13px; font-weight: 600; padding: 6px 8px; }
button { font: inherit; border-radius: 18px; padding: 7px 18px; cursor: pointer; border: 1px solid #999; background: #fff; color: #1d1d1f; }
button.back { background: #1f6f43; color: #fff; border-color: #1f6f43; font-weight: 600; }
button.safer-copy { border-color: #1f6f43; color: #1f6f43; font-weight: 600; }
.note.error { background: #fdecea; }
.safer-note { color: #1f6f43; }
button:focus-visible { outline: 3px solid #1565c0; outline-offset: 2px; }
.hint { font-size: 12px; color: #777; text-align: right; margin: 6px 0 0; }
.spinner { width: 28px; height: 28px; margin: 12px auto; border: 3px solid #ddd; border-top-color: #1f6f43; border-radius: 50%;
  animation: spin 0.9s linear infinite; }
@media (max-width: 480px) {
  .dialog { width: calc(100vw - 16px); padding: 16px 14px 10px; }
  button { padding: 7px 13px; }
}
@keyframes spin { to { transform: rotate(360deg); } }
@media (prefers-reduced-motion: reduce) { .spinner { animation: none; } }
`;
