import { readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { countWords, createKeywordGenerator, injectKeywords } from '../src/lib/search/keywords';
const files = execSync('find dist -name index.html').toString().trim().split('\n');
const pages = files.map((f) => readFileSync(f, 'utf8'));
const vocab = countWords(pages);
console.log('vocab', vocab.size);
const g = createKeywordGenerator(vocab.keys());
for (const w of ['integrationsindsatsen','boligplacering','venskabsfamilier','flygtningene','børnene','Hillerød','beskæftigelsesrettet','arbejdsmarkedsindsatsen','forældre','undervisning','samarbejde','kontanthjælp','asylansøgere','jobbet','sprogstimulering','ungdomsuddannelse','integrationshandlingsprogram','efterkommere','medarbejdere','kommunens','opholdstilladelse','ældreplejen','indvandrerbaggrund','tosprogede','sundhedsplejen','hjemmebesøg'])
  console.log(w, '→', g.keywords(w).join(' '));
// all splits in corpus
const splits: string[] = [];
for (const w of vocab.keys()) { const k = g.keywords(w); if (k.length) splits.push(`${w}: ${k.join(' ')}`); }
(await import('node:fs')).writeFileSync('.tmp-exp/splits.txt', splits.join('\n'));
const t0 = performance.now(); let before=0, after=0;
for (const p of pages) { before += p.length; after += injectKeywords(p, g).length; }
console.log('inject ms', performance.now()-t0, before, after);
console.log(injectKeywords(readFileSync('dist/indsatser/hilleroed-2015-2018-indsats-4/index.html','utf8'), g).match(/<article[\s\S]{0,3000}/)?.[0]);
