// The extension pages' `chrome` global, as far as tests use it inside page.evaluate().
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<any>; getURL(path: string): string; id: string };
  storage: { local: { get(keys: null | string | string[]): Promise<Record<string, unknown>> }; session: { get(keys: null | string | string[]): Promise<Record<string, unknown>> } };
  tabs: {
    query(query: object): Promise<Array<{ id?: number; url?: string }>>;
    sendMessage(tabId: number | undefined, message: unknown, options?: object): Promise<any>;
    create(properties: { url: string; active?: boolean }): Promise<{ id?: number }>;
  };
  scripting: { executeScript(injection: object): Promise<Array<{ frameId: number; result: any }>> };
  permissions: { request(permissions: { origins?: string[] }): Promise<boolean>; contains(permissions: { origins?: string[] }): Promise<boolean> };
};
