import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * JS shipped by each entrypoint of a build: an HTML page's scripts and preloads, or a
 * script and every chunk it imports, each file counted once per entrypoint.
 */
export interface EntrypointSize {
  entrypoint: string;
  files: string[];
  raw: number;
  gzip: number;
}

function jsImports(dir: string, file: string, seen: Set<string>) {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(path.join(dir, file), 'utf8');
  for (const match of code.matchAll(/(?:from|import)\s*["']([^"']+\.js)["']/g)) {
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), match[1]));
    if (existsSync(path.join(dir, target))) jsImports(dir, target, seen);
  }
}

function measure(dir: string, entrypoint: string, files: string[]): EntrypointSize {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(path.join(dir, file));
    raw += bytes.byteLength;
    gzip += gzipSync(bytes, { level: 9 }).byteLength;
  }
  return { entrypoint, files, raw, gzip };
}

export function entrypointSizes(dir: string): EntrypointSize[] {
  const results: EntrypointSize[] = [];
  for (const html of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
    const page = readFileSync(path.join(dir, html), 'utf8');
    const seen = new Set<string>();
    for (const match of page.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)) jsImports(dir, match[1], seen);
    results.push(measure(dir, html.replace('.html', ''), [...seen]));
  }
  const scripts = ['background.js', ...readdirSync(path.join(dir, 'content-scripts')).filter((f) => f.endsWith('.js')).map((f) => `content-scripts/${f}`)];
  for (const script of scripts) {
    const seen = new Set<string>();
    jsImports(dir, script, seen);
    results.push(measure(dir, script.replace(/\.js$/, '').replace('content-scripts/', 'content:'), [...seen]));
  }
  return results;
}
