import { z } from 'zod';
import { toTrackedLink } from '../tracked-link';

// Extension pages forbid eval: tell zod not to probe for it (the probe shows up as a CSP violation).
z.config({ jitless: true });

/**
 * The Hirempire contract (GET /v1/job-sources), as zod schemas.
 *
 * Strict where a mistake would hurt a recruiter (a link must be `https:` to be
 * clickable or copyable, visits must be a count), tolerant where the contract
 * is (ids are opaque strings, unknown extra fields are ignored).
 */

/** One source as the API sends it. Parsed one by one so that a single bad row cannot hide the others. */
export const apiSourceSchema = z.object({
  id: z.string().min(1).max(200),
  source_name: z.string().max(10_000),
  source_url: z.string().max(10_000),
  code: z.string().max(200).optional(),
  visits: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  created_at: z.string().max(100),
});
export type ApiSource = z.infer<typeof apiSourceSchema>;

/**
 * The success envelope. `sources` is only checked to be an array here: checking millions of
 * junk elements one by one is the cost a hostile answer wants us to pay. Its length is checked
 * against the limits first, then rows are read one by one (client.ts).
 */
export const jobSourcesEnvelopeSchema = z.object({
  success: z.literal(true),
  job_id: z.string().min(1).max(200),
  total_sources: z.number().int().nonnegative().optional(),
  sources: z.custom<unknown[]>((value) => Array.isArray(value)),
});

export const apiErrorBodySchema = z.object({
  success: z.literal(false),
  error: z.string().max(500),
});

/** A source as the extension uses it: camelCase, with the link already judged safe or not. */
export interface JobSource {
  id: string;
  name: string;
  /** The URL exactly as the API sent it: shown as text only. */
  rawUrl: string;
  /** The same URL when it is safe to open or copy (`https:`, no credentials), otherwise null. */
  trackedLink: string | null;
  visits: number;
  code?: string;
  /** ISO 8601 as sent; `createdAtMs` is NaN when the API sent something that is not a date. */
  createdAt: string;
  createdAtMs: number;
}

export interface JobSources {
  jobId: string;
  sources: JobSource[];
  /** Rows the API sent that did not fit the contract and were left out. */
  skipped: number;
}

export function toJobSource(source: ApiSource): JobSource {
  return {
    id: source.id,
    name: source.source_name,
    rawUrl: source.source_url,
    trackedLink: toTrackedLink(source.source_url),
    visits: source.visits,
    code: source.code,
    createdAt: source.created_at,
    createdAtMs: Date.parse(source.created_at),
  };
}
