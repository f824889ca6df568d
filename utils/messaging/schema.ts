import { z } from 'zod';
import { EXACT_JOB_ID, MAX_SOURCE_NAME_LENGTH } from '../limits';
import { BOARD_IDS } from '../boards/registry';
import { MAX_SEEN_SOURCES } from '../storage';

/**
 * Runtime shapes of what requests carry (the requests themselves are defined in
 * background/messages.ts); `.strict()` so that unexpected fields are refused, not ignored.
 */
export const jobIdSchema = z.string().regex(EXACT_JOB_ID);

export const settingsSchema = z
  .object({
    apiBaseUrl: z.string().max(2048),
    boards: z
      .object(
        Object.fromEntries(
          BOARD_IDS.map((id) => [
            id,
            z.object({ enabled: z.boolean(), sourceName: z.string().trim().min(1).max(MAX_SOURCE_NAME_LENGTH) }).strict(),
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
export const seenVisitsSchema = z
  .any()
  .refine((value) => typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length <= MAX_SEEN_SOURCES)
  .pipe(z.record(z.string().min(1).max(200), z.number().int().nonnegative()));
