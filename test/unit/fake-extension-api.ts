// A stand-in for src/content/extension-api.ts in unit tests: the background is a function the
// test writes, in the shape the browser's `runtime` has.
interface FakeRuntime { id?: string; sendMessage(message: never): Promise<unknown> | unknown }

export function fakeExtensionApi(api: { runtime: FakeRuntime }) {
  return {
    runtimeId: () => api.runtime.id,
    sendMessage: (message: unknown) => Promise.resolve(api.runtime.sendMessage(message as never)),
    i18n: { getMessage: (name: string) => name, getUILanguage: () => 'en' },
  };
}
