import { launchBrowser } from '../tests/support/browser';
import { serveDist } from '../tests/support/server';
const dir = process.argv[2]!; const queries = process.argv.slice(3);
const srv = await serveDist(dir);
const b = await launchBrowser(); const p = await b.newPage();
await p.goto(srv.url + '/a/');
const out = await p.evaluate(async (qs) => {
  const pf: any = await import('/pagefind/pagefind.js');
  await pf.options({ noWorker: true });
  const res: any[] = [];
  for (const q of qs) {
    const r = await pf.search(q);
    const data = await Promise.all(r.results.slice(0, 5).map((x: any) => x.data()));
    res.push({ q, n: r.results.length, top: data.map((d: any) => d.url + ' | ' + d.meta.title + ' | ' + d.excerpt.slice(0, 120)) });
  }
  return res;
}, queries);
console.log(JSON.stringify(out, null, 1));
await b.close(); await srv.close();
