import type { Page } from '@playwright/test';

export const ICON_SOURCE: string;
export const ICON_SIZES: number[];
export function renderIcon(page: Page, svg: string, options: { size: number; artwork?: number; path: string }): Promise<void>;
