import { describe, expect, it } from 'vitest';
import { toJobSource, type JobSource } from '@/utils/api/schema';
import { COPY_FORMATS, csvCell, csvLinkCell, formatSources, markdownCell, toCsv, toMarkdown, toPlainText } from '@/utils/popup/copy-all';

function source(name: string, visits: number, url = `https://jobs.hirempire.com/acme/${name.length}-${visits}`, created = '2026-06-18T10:00:00.000Z'): JobSource {
  return toJobSource({ id: `${name}-${visits}`, source_name: name, source_url: url, visits, created_at: created });
}

const linkedin = source('LinkedIn', 142, 'https://jobs.hirempire.com/acme/1a2b');
const referral = source('Referral', 36, 'https://jobs.hirempire.com/acme/9z8y', '2026-06-19T08:14:00.000Z');
const total = 178;

describe('plain text', () => {
  it('lists one source a line with visits, share and link', () => {
    expect(toPlainText([linkedin, referral], total)).toBe(
      'LinkedIn — 142 visits (80%) — https://jobs.hirempire.com/acme/1a2b\n' +
        'Referral — 36 visits (20%) — https://jobs.hirempire.com/acme/9z8y',
    );
  });

  it('never copies a link that is not vetted https, and flattens line breaks in names', () => {
    const evil = source('Line\nbreak\u2028name', 1, 'javascript:alert(1)');
    const text = toPlainText([evil], 1);
    expect(text).toBe('Line break name — 1 visit (100%) — (no safe link)');
    expect(text).not.toContain('javascript');
  });
});

describe('CSV', () => {
  it('has a header row, CRLF line ends and the ISO date', () => {
    expect(toCsv([linkedin, referral], total)).toBe(
      '"Source","Visits","Share","Created","Link"\r\n' +
        '"LinkedIn",142,"80%","2026-06-18T10:00:00.000Z","https://jobs.hirempire.com/acme/1a2b"\r\n' +
        '"Referral",36,"20%","2026-06-19T08:14:00.000Z","https://jobs.hirempire.com/acme/9z8y"',
    );
  });

  it('always quotes text cells (numbers stay numbers)', () => {
    expect(csvCell('Paris, France')).toBe('"Paris, France"');
    expect(csvCell('The "big" board')).toBe('"The ""big"" board"');
    expect(csvCell(' padded')).toBe('" padded"');
    expect(csvCell('plain')).toBe('"plain"');
    expect(csvCell(42)).toBe('42');
  });

  it.each([
    ['Ops;=HYPERLINK(A2);', `"Ops;'=HYPERLINK(A2);"`],
    ['a;+1;-2;@x', `"a;'+1;'-2;'@x"`],
    ['a; =1', `"a; '=1"`],
    ['a;\t=1', `"a;\t'=1"`],
    ['=1;=2', `"'=1;'=2"`],
  ])('neutralises a formula after a ";" too (Excel in French, German, Spanish splits there): %j', (name, cell) => {
    expect(csvCell(name)).toBe(cell);
  });

  it('percent-encodes a formula start after ";" in a link, which keeps it the same link', () => {
    expect(csvLinkCell('https://jobs.hirempire.com/a;=HYPERLINK(1)')).toBe('"https://jobs.hirempire.com/a;%3DHYPERLINK(1)"');
    expect(csvLinkCell('https://jobs.hirempire.com/acme/1a2b')).toBe('"https://jobs.hirempire.com/acme/1a2b"');
  });

  it.each(['=HYPERLINK("http://evil")', '+1+1', '-2+3', '@SUM(A1)', '\tTab', '\rCR', '＝1+1'])(
    'neutralises a formula: %j',
    (name) => {
      const cell = csvCell(name);
      expect(cell.startsWith('"') && cell.endsWith('"')).toBe(true);
      const unquoted = cell.slice(1, -1).replace(/""/g, '"');
      expect(unquoted.startsWith("'")).toBe(true);
      expect(unquoted.slice(1)).toBe(name);
    },
  );

  it('guards names and unreadable dates in whole rows too', () => {
    const hostile = toJobSource({
      id: 'x',
      source_name: '=cmd|"/c calc"!A1',
      source_url: 'https://jobs.hirempire.com/x',
      visits: 0,
      created_at: '@now',
    });
    const row = toCsv([hostile], 0).split('\r\n')[1];
    expect(row).toBe(`"'=cmd|""/c calc""!A1",0,"0%","'@now","https://jobs.hirempire.com/x"`);
  });

  it('leaves the link empty for a source without a vetted link', () => {
    const row = toCsv([source('Evil', 3, 'javascript:alert(1)')], 3).split('\r\n')[1];
    expect(row.endsWith(',""')).toBe(true);
    expect(row).not.toContain('javascript');
  });
});

describe('Markdown table', () => {
  it('writes a header, an alignment row, and one row per source with an autolink', () => {
    expect(toMarkdown([linkedin, referral], total).split('\n')).toEqual([
      '| Source | Visits | Share | Created | Link |',
      '| --- | ---: | ---: | --- | --- |',
      '| LinkedIn | 142 | 80% | 2026-06-18T10:00:00.000Z | <https://jobs.hirempire.com/acme/1a2b> |',
      '| Referral | 36 | 20% | 2026-06-19T08:14:00.000Z | <https://jobs.hirempire.com/acme/9z8y> |',
    ]);
  });

  it('escapes pipes, emphasis, code, links, HTML and entities in names', () => {
    expect(markdownCell('A | B')).toBe('A \\| B');
    expect(markdownCell('*bold* _it_ `code`')).toBe('\\*bold\\* \\_it\\_ \\`code\\`');
    expect(markdownCell('[x](http://evil) <img src=x>')).toBe('\\[x\\](http\\://evil) \\<img src=x\\>');
    expect(markdownCell('R&D &amp; co')).toBe('R&D \\&amp; co');
    expect(markdownCell('back\\slash')).toBe('back\\\\slash');
  });

  it.each([
    ['Apply at www.evil.example/login', 'Apply at www\\.evil.example/login'],
    ['or https://evil.example/x', 'or https\\://evil.example/x'],
    ['HTTP://EVIL.EXAMPLE', 'HTTP\\://EVIL.EXAMPLE'],
    ['write to jobs@evil.example', 'write to jobs\\@evil.example'],
    ['[Apply](https://evil.example)', '\\[Apply\\](https\\://evil.example)'],
    ['WWW.EVIL.EXAMPLE', 'WWW\\.EVIL.EXAMPLE'],
  ])('a name cannot become a link: %j', (name, cell) => {
    expect(markdownCell(name)).toBe(cell);
  });

  it('keeps every row at five cells whatever the name holds', () => {
    const tricky = source('a|b|c\nd', 1, 'https://jobs.hirempire.com/a|b');
    const row = toMarkdown([tricky], 1).split('\n')[2];
    expect(row.split(/(?<!\\)\|/).length - 2).toBe(5);
    expect(row).toContain('<https://jobs.hirempire.com/a\\|b>');
  });
});

describe('formatSources', () => {
  it('dispatches on the format', () => {
    expect(formatSources('text', [linkedin], 142)).toBe(toPlainText([linkedin], 142));
    expect(formatSources('csv', [linkedin], 142)).toBe(toCsv([linkedin], 142));
    expect(formatSources('markdown', [linkedin], 142)).toBe(toMarkdown([linkedin], 142));
  });
});

describe('invisible and bidirectional controls', () => {
  // "Referral" with a right-to-left override, a zero-width space, an isolate and a mark.
  const hidden = '\u202EReferral\u202C \u200Bteam\u2066\u2069\u200F\u200E\u202A\u202B\u202D\u2067\u2068\u200C\u200D';
  const sneaky = source(hidden, 3, 'https://jobs.hirempire.com/acme/9z8y');

  it.each(COPY_FORMATS)('are left out of %s', (format) => {
    const text = formatSources(format, [sneaky], 3);
    expect(text).toContain('Referral team');
    expect(text).not.toMatch(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069]/);
  });
});
