import path from 'node:path';
import { build, type Rolldown } from 'vite';

/**
 * Bundles bench/floor/react-rows.ts for production (minified, NODE_ENV=production), in
 * memory: the bench serves it beside the static page, so both are loaded the same way.
 */
export async function reactFloorScript(root: string): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    root,
    mode: 'production',
    build: {
      write: false,
      minify: true,
      modulePreload: false,
      rollupOptions: {
        input: path.join(root, 'bench/floor/react-rows.ts'),
        output: { format: 'es', entryFileNames: 'floor.js', codeSplitting: false },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk' && o.fileName === 'floor.js');
  if (!chunk || chunk.type !== 'chunk') throw new Error('the React floor page did not bundle');
  return chunk.code;
}
