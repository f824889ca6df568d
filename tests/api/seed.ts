/**
 * Demo data for the local implementation of the Hirempire contract.
 * Deterministic, so tests and screenshots are stable.
 */
export interface SeedSource {
  id: string;
  source_name: string;
  source_url: string;
  code: string;
  visits: number;
  created_at: string;
}
export interface SeedJob {
  job_id: string;
  /** A human name for demos; the API itself does not return it. */
  title: string;
  sources: SeedSource[];
}

export const DEMO_TOKEN = 'sk-demo-hirempire-0123456789abcdef';

/** The job of the contract's documented example, exactly as printed there. */
export const EXAMPLE_JOB_ID = '8fc4ea3c-ecc4-4a92-96fd-a14436a79a1b';
export const BOARDS_JOB_ID = '3d6f0a52-9b1e-4c7d-8e2f-5a4b3c2d1e0f';
export const NO_BOARD_JOB_ID = '6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d';
/** A job posted beyond LinkedIn and Indeed (issue 14 part 2). */
export const ANY_BOARD_JOB_ID = 'e5f6a7b8-7777-4c77-8c77-0000000000a7';
export const EMPTY_JOB_ID = 'c0ffee00-0000-4000-8000-0000000000e0';
export const LARGE_JOB_ID = '1a2b3c4d-0000-4000-8000-00000000a5a5';
export const UNKNOWN_JOB_ID = 'deadbeef-dead-4bee-8fee-deadbeefdead';

const source = (id: string, name: string, visits: number, created: string, code: string): SeedSource => ({
  id,
  source_name: name,
  source_url: `https://jobs.hirempire.com/acme/${id}`,
  code,
  visits,
  created_at: created,
});

function largeJob(count: number): SeedSource[] {
  const channels = ['LinkedIn', 'Indeed', 'Referral', 'Newsletter', 'Meetup', 'Careers page', 'Twitter', 'Slack'];
  return Array.from({ length: count }, (_, i) => {
    const n = String(i).padStart(12, '0');
    return source(
      `5e5e5e5e-0000-4000-8000-${n}`,
      `${channels[i % channels.length]} ${Math.floor(i / channels.length) + 1}`,
      (i * 7919) % 1000,
      new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
      (i % 65536).toString(16).padStart(4, '0'),
    );
  });
}

export function seedJobs(): SeedJob[] {
  return [
    {
      job_id: EXAMPLE_JOB_ID,
      title: 'Example job from the API documentation',
      sources: [
        {
          id: '1a2b3c4d-5e6f-7890-abcd-ef1234567890',
          source_name: 'LinkedIn',
          source_url: 'https://jobs.hirempire.com/acme/1a2b3c4d-5e6f-7890-abcd-ef1234567890',
          code: 'a3f9',
          visits: 142,
          created_at: '2026-06-18T10:00:00.000Z',
        },
        {
          id: '9z8y7x6w-5v4u-3210-fedc-ba0987654321',
          source_name: 'Referral',
          source_url: 'https://jobs.hirempire.com/acme/9z8y7x6w-5v4u-3210-fedc-ba0987654321',
          code: 'b7c1',
          visits: 36,
          created_at: '2026-06-19T08:14:00.000Z',
        },
      ],
    },
    {
      job_id: BOARDS_JOB_ID,
      title: 'Senior Backend Engineer – Paris',
      sources: [
        source('b0a4d1c2-1111-4a11-8a11-000000000001', 'LinkedIn', 824, '2026-09-01T09:00:00.000Z', 'lk01'),
        source('b0a4d1c2-2222-4a22-8a22-000000000002', 'Indeed', 391, '2026-09-01T09:05:00.000Z', 'in02'),
        source('b0a4d1c2-3333-4a33-8a33-000000000003', 'Referral', 57, '2026-09-03T14:30:00.000Z', 're03'),
        source('b0a4d1c2-4444-4a44-8a44-000000000004', 'Careers page', 12, '2026-10-12T08:00:00.000Z', 'ca04'),
      ],
    },
    {
      job_id: NO_BOARD_JOB_ID,
      title: 'Office Manager – Lyon',
      sources: [
        source('c1d2e3f4-5555-4b55-8b55-000000000005', 'Referral', 9, '2026-10-02T10:00:00.000Z', 're05'),
        source('c1d2e3f4-6666-4b66-8b66-000000000006', 'Newsletter', 4, '2026-10-02T10:01:00.000Z', 'ne06'),
      ],
    },
    {
      job_id: ANY_BOARD_JOB_ID,
      title: 'Backend Engineer – Berlin & Paris',
      sources: [
        source('e5f6a7b8-1111-4d11-8d11-0000000000b1', 'LinkedIn', 40, '2026-11-02T09:00:00.000Z', 'ab01'),
        source('e5f6a7b8-2222-4d22-8d22-0000000000b2', 'Welcome to the Jungle', 22, '2026-11-02T09:05:00.000Z', 'ab02'),
        source('e5f6a7b8-3333-4d33-8d33-0000000000b3', 'StepStone Deutschland', 17, '2026-11-02T09:10:00.000Z', 'ab03'),
        source('e5f6a7b8-4444-4d44-8d44-0000000000b4', 'Glassdoor', 3, '2026-11-02T09:15:00.000Z', 'ab04'),
      ],
    },
    { job_id: EMPTY_JOB_ID, title: 'Draft job with no sources yet', sources: [] },
    { job_id: LARGE_JOB_ID, title: 'Campus programme (5,000 sources)', sources: largeJob(5000) },
  ];
}
