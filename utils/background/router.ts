import { requestSchema } from '../messaging/schema';
import { protocolError, type Reply, type Request, type ResponseMap } from '../messaging/protocol';
import { identifyCaller, isAllowed, type Caller, type MessageSenderLike } from './trust';

export type Handlers = {
  [T in Request['type']]: (
    request: Extract<Request, { type: T }>,
    caller: Caller,
  ) => Promise<ResponseMap[T]>;
};

export interface RouterIdentity {
  extensionId: string;
  extensionOrigin: string;
}

/**
 * Parses, authorises and dispatches one message. Unknown or malformed messages and
 * unauthorised senders get an error reply and reach no handler.
 */
export function createRouter(handlers: Handlers, identity: RouterIdentity) {
  return async function route(message: unknown, sender: MessageSenderLike): Promise<Reply<unknown>> {
    const caller = identifyCaller(sender, identity.extensionId, identity.extensionOrigin);
    if (caller.kind === 'untrusted') return { ok: false, error: protocolError('forbidden') };
    const parsed = requestSchema.safeParse(message);
    if (!parsed.success) return { ok: false, error: protocolError('invalid-message') };
    const request = parsed.data;
    if (!isAllowed(request.type, caller)) return { ok: false, error: protocolError('forbidden') };
    try {
      const handler = handlers[request.type] as (r: Request, c: Caller) => Promise<unknown>;
      return { ok: true, value: await handler(request, caller) };
    } catch (error) {
      // Never the request or its payload: it may hold the token.
      console.error('Hirempire: a request failed inside the worker', (error as Error)?.name);
      return { ok: false, error: protocolError('internal') };
    }
  };
}
