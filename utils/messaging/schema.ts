import { z } from 'zod';
import { BOARD_IDS } from '../boards/registry';
import { MAX_SEEN_SOURCES } from '../storage';
import type { Request } from './protocol';

/** Runtime shape of every request; `.strict()` so that unexpected fields are refused, not ignored. */
const jobId = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);

export const settingsSchema = z
  .object({
    apiBaseUrl: z.string().max(2048),
    boards: z
      .object(
        Object.fromEntries(
          BOARD_IDS.map((id) => [
            id,
            z.object({ enabled: z.boolean(), sourceName: z.string().trim().min(1).max(100) }).strict(),
          ]),
        ) as Record<(typeof BOARD_IDS)[number], z.ZodObject<{ enabled: z.ZodBoolean; sourceName: z.ZodString }>>,
      )
      .strict(),
  })
  .strict();

/**
 * Visits per source id, as the popup shows them. The size is checked before any entry is
 * parsed; zod drops a "__proto__" key, so the record stays a plain map.
 */
const seenVisits = z
  .any()
  .refine((value) => typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length <= MAX_SEEN_SOURCES)
  .pipe(z.record(z.string().min(1).max(200), z.number().int().nonnegative()));

export const requestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('sources.cached'), jobId }).strict(),
  z.object({ type: z.literal('sources.fetch'), jobId }).strict(),
  z.object({ type: z.literal('setup.get') }).strict(),
  z.object({ type: z.literal('token.save'), token: z.string().max(20_000), origin: z.string().max(2048) }).strict(),
  z.object({ type: z.literal('token.remove') }).strict(),
  z.object({ type: z.literal('token.check') }).strict(),
  z.object({ type: z.literal('settings.save'), settings: settingsSchema }).strict(),
  z.object({ type: z.literal('jobs.recent') }).strict(),
  z.object({ type: z.literal('jobs.open'), jobId }).strict(),
  z.object({ type: z.literal('jobs.label'), jobId, label: z.string().max(120) }).strict(),
  z.object({ type: z.literal('jobs.remove'), jobId }).strict(),
  z.object({ type: z.literal('jobs.seen'), jobId, visits: seenVisits }).strict(),
  z.object({ type: z.literal('board.link') }).strict(),
  z.object({ type: z.literal('board.useJob'), jobId }).strict(),
  z.object({ type: z.literal('board.openSetup') }).strict(),
]);

// Compile-time check that the schema and the protocol's types say the same thing.
type Parsed = z.infer<typeof requestSchema>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const schemaMatchesProtocol: Same<Parsed, Request> = true;
