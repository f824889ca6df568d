import { it, expect } from 'vitest';
it('probe', async () => {
  console.log(Response.toString().slice(0, 60), typeof ReadableStream, ReadableStream.toString().slice(0,50));
  const r = new Response(new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('\uFEFF{"a":1}')); c.close(); } }), { status: 200, headers: { 'Content-Length': '999' } });
  console.log(r.headers.get('Content-Length'), r.body?.constructor.name);
  const reader = r.body!.getReader();
  const x = await reader.read();
  console.log(x.value?.constructor.name, JSON.stringify(new TextDecoder().decode(x.value)));
  const h = new Response('<html>', { status: 500 });
  console.log(h.status, await h.text());
  expect(1).toBe(1);
});
