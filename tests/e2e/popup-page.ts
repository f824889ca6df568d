import type { Locator, Page } from '@playwright/test';

/** The popup as a recruiter sees it: shared by every spec that looks a job up in it. */

/** Types (pastes) a job id or a link into the Job ID field and presses Enter. */
export async function lookUp(page: Page, text: string) {
  const field = page.getByLabel('Job ID');
  await field.fill(text);
  await field.press('Enter');
}

export function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The row of one source in the list (its accessible name starts with the source's name). */
export function row(page: Page, name: string): Locator {
  return page.getByRole('list', { name: 'Sources' }).getByRole('listitem', { name: new RegExp(`^${escapeRegExp(name)}:`) });
}

/** The source names, in the order the list shows them. */
export function rowNames(page: Page): Promise<string[]> {
  return page
    .getByRole('list', { name: 'Sources' })
    .getByRole('listitem')
    .evaluateAll((lis) => lis.map((li) => li.querySelector('.source__name')?.textContent ?? ''));
}
