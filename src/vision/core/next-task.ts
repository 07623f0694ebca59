// A pause for the event loop between model calls. tfjs' wasm calls resolve as microtasks, so a
// photo's face work would otherwise hold its thread to the end: the OCR thread's replies, which
// arrive as messages, would wait for it, and OCR could not run beside the faces.

/** Resolves in a new task (after pending messages), without timers' 4 ms clamp. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close(); // an open port would keep Node running
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
