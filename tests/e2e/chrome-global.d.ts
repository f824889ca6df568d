// The extension pages' `chrome` global, as far as tests use it inside page.evaluate().
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<any>; id: string };
  storage: { local: { get(keys: null | string | string[]): Promise<Record<string, unknown>> }; session: { get(keys: null | string | string[]): Promise<Record<string, unknown>> } };
};
