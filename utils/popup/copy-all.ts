import { i18n } from '#i18n';
import type { JobSource } from '../api/schema';
import { formatShare } from './format';
import { visitShare } from './share';
import { visibleLine } from '../visible-text';

/**
 * "Copy all": the sources shown, as plain text (an e-mail, a chat), CSV (a spreadsheet)
 * or a Markdown table (a wiki, a ticket). Only vetted https links are copied; a source
 * without one is listed with an empty link, never with the URL the API sent.
 */
export type CopyFormat = 'text' | 'csv' | 'markdown';

export const COPY_FORMATS: ReadonlyArray<CopyFormat> = ['text', 'csv', 'markdown'];

/** "Plain text", "CSV", "Markdown table", in the browser's language. */
export function copyFormatLabel(format: CopyFormat): string {
  switch (format) {
    case 'text':
      return i18n.t('popup_format_text');
    case 'csv':
      return i18n.t('popup_format_csv');
    case 'markdown':
      return i18n.t('popup_format_markdown');
  }
}

interface Row {
  name: string;
  visits: number;
  share: string;
  created: string;
  link: string;
}

/** Column headings in the recruiter's language: the table lands in their spreadsheet or wiki. */
const columns = () => [
  i18n.t('popup_column_source'),
  i18n.t('popup_column_visits'),
  i18n.t('popup_column_share'),
  i18n.t('popup_column_created'),
  i18n.t('popup_column_link'),
];

/**
 * Names come from the API: line breaks and other control characters would break every format,
 * and bidirectional or zero-width characters would make a name read otherwise in the recruiter's e-mail or sheet.
 */
const oneLine = visibleLine;

/** `shareLocale`: the language shares are written in (the browser's unless given). */
function toRows(sources: readonly JobSource[], totalVisits: number, shareLocale?: string): Row[] {
  return sources.map((source) => ({
    name: oneLine(source.name),
    visits: source.visits,
    share: formatShare(visitShare(source.visits, totalVisits), shareLocale),
    // The date exactly as the API sent it (ISO 8601), not in the recruiter's locale: spreadsheets read it.
    created: Number.isFinite(source.createdAtMs) ? new Date(source.createdAtMs).toISOString() : oneLine(source.createdAt),
    link: source.trackedLink ?? '',
  }));
}

/** "LinkedIn — 142 visits (80%) — https://…", one source a line. */
export function toPlainText(sources: readonly JobSource[], totalVisits: number): string {
  return toRows(sources, totalVisits)
    .map((row) => {
      const visits = `${i18n.t('popup_visits', row.visits, [String(row.visits)])} (${row.share})`;
      return `${row.name || i18n.t('popup_no_name')} — ${visits} — ${row.link || i18n.t('popup_no_safe_link')}`;
    })
    .join('\n');
}

// A cell starting with one of these is run as a formula by Excel, LibreOffice or Google Sheets
// (full-width forms included: some spreadsheets fold them). A leading apostrophe makes it text.
// Not only at the start of the cell: Excel in French, German or Spanish splits a line on ";"
// when it opens a .csv, so every ";"-separated piece is a cell of its own ("Ops;=HYPERLINK(…)").
const FORMULA_STARTS = /(^|;)(\s*)([=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20])/g;

/** Numbers as they are; text always quoted, with every formula start neutralised. */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  return quoted(value.replace(FORMULA_STARTS, "$1$2'$3"));
}

/**
 * A vetted https link: an apostrophe inside it would break it, so a formula start after a ";"
 * is percent-encoded instead, which a browser reads as the same character.
 */
export function csvLinkCell(link: string): string {
  return quoted(link.replace(FORMULA_STARTS, (_all, before: string, space: string, start: string) => `${before}${encodeURIComponent(space)}%${start.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`));
}

const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * RFC 4180: a header row, CRLF line ends, fields quoted when they need it. Values stay
 * machine-readable ("80%", ISO dates, plain counts) so any spreadsheet reads them.
 */
export function toCsv(sources: readonly JobSource[], totalVisits: number): string {
  const lines = [columns().map(csvCell).join(',')];
  for (const row of toRows(sources, totalVisits, 'en')) {
    lines.push([csvCell(row.name), csvCell(row.visits), csvCell(row.share), csvCell(row.created), csvLinkCell(row.link)].join(','));
  }
  return lines.join('\r\n');
}

/**
 * Text safe inside a Markdown table cell: a pipe would end the cell, and emphasis,
 * code, links, HTML or entities in a source's name must show as typed. (A cell holds
 * inline content only, so block syntax such as "#" or "-" needs no escaping.)
 *
 * A name must not become a link either: GitHub-flavoured Markdown links "www.…", "scheme://…"
 * and "name@host" by themselves. A backslash before that punctuation stops it and shows nothing.
 */
export function markdownCell(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '\\&')
    .replace(/(www)\./gi, '$1\\.')
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/@/g, '\\@');
}

/** A link as an autolink; `|` is the only character of a vetted URL that a table cell needs escaped. */
function markdownLink(link: string): string {
  return link ? `<${link.replace(/\|/g, '\\|')}>` : '';
}

export function toMarkdown(sources: readonly JobSource[], totalVisits: number): string {
  const lines = [`| ${columns().map(markdownCell).join(' | ')} |`, '| --- | ---: | ---: | --- | --- |'];
  for (const row of toRows(sources, totalVisits)) {
    lines.push(
      `| ${markdownCell(row.name)} | ${row.visits} | ${row.share} | ${markdownCell(row.created)} | ${markdownLink(row.link)} |`,
    );
  }
  return lines.join('\n');
}

export function formatSources(format: CopyFormat, sources: readonly JobSource[], totalVisits: number): string {
  switch (format) {
    case 'text':
      return toPlainText(sources, totalVisits);
    case 'csv':
      return toCsv(sources, totalVisits);
    case 'markdown':
      return toMarkdown(sources, totalVisits);
  }
}
