import { protocolError, type Reply } from '../messaging/protocol';
import { requestSchema, type MessageDefinition } from './messages';
import { identifyCaller, identifySiteCaller, type Caller, type InjectedFrame, type MessageSenderLike } from './trust';

export interface RouterIdentity {
  extensionId: string;
  extensionOrigin: string;
  /** Frames where the worker injected the engine (any-site.ts), for senders no board rule knows. */
  injectedFrames?: () => Promise<readonly InjectedFrame[]>;
}

/**
 * The single gate: parses, authorises and dispatches one message, with the definitions of
 * messages.ts (tests pass the same definitions with stub handlers). Unknown or malformed
 * messages and unauthorised senders get an error reply and reach no handler.
 */
export function createRouter(definitions: readonly MessageDefinition[], identity: RouterIdentity) {
  const byType = new Map(definitions.map((definition) => [definition.type, definition]));
  return async function route(message: unknown, sender: MessageSenderLike): Promise<Reply<unknown>> {
    let caller = identifyCaller(sender, identity.extensionId, identity.extensionOrigin);
    if (caller.kind === 'untrusted' && identity.injectedFrames) {
      caller = identifySiteCaller(sender, identity.extensionId, await identity.injectedFrames(), Date.now());
    }
    if (caller.kind === 'untrusted') return { ok: false, error: protocolError('forbidden') };
    const parsed = requestSchema.safeParse(message);
    const definition = parsed.success ? byType.get(parsed.data.type) : undefined;
    if (!parsed.success || !definition) return { ok: false, error: protocolError('invalid-message') };
    if (!definition.allow.includes(caller.kind)) return { ok: false, error: protocolError('forbidden') };
    try {
      const handle = definition.handle as (request: unknown, caller: Caller) => Promise<unknown>;
      return { ok: true, value: await handle(parsed.data, caller) };
    } catch (error) {
      // Never the request or its payload: it may hold the token.
      console.error('Hirempire: a request failed inside the worker', (error as Error)?.name);
      return { ok: false, error: protocolError('internal') };
    }
  };
}
