/**
 * The part of a script that can put a class, an element or an id on a page: its strings. A
 * script adds a name only with a string (`classList.add("js")`, `createElement("mark")`,
 * className = `sr-only`, `innerHTML = '<p class="x">'`); a name in its code (`.filter(`,
 * `.hidden`, a variable `grid`) adds nothing. So ./usage.ts looks for names in the contents of
 * the string and template literals of a script only, read with acorn's tokenizer (which tells a
 * regular expression from a division). A script acorn cannot read counts with its whole text:
 * generous, as everything in the page-weight step.
 */
import { tokenizer, type Token } from 'acorn';

/** Contents already read, by script text (the same scripts load on many page types). */
const read = new Map<string, string>();

/**
 * The contents of every string and template literal of `script` (escapes read), one per line;
 * the whole text when `script` cannot be read as JavaScript (a module, else a classic script).
 */
export function stringContents(script: string): string {
  let known = read.get(script);
  if (known !== undefined) return known;
  known = script;
  for (const sourceType of ['module', 'script'] as const) {
    try {
      const out: string[] = [];
      for (const token of tokenizer(script, { ecmaVersion: 'latest', sourceType, allowHashBang: true })) {
        const label = token.type.label;
        // acorn's tokens carry the literal's value (its types leave it out)
        const value = (token as Token & { value?: unknown }).value;
        if (label === 'string' || label === 'template') out.push(typeof value === 'string' ? value : script.slice(token.start, token.end));
        else if (label === 'invalidTemplate') out.push(script.slice(token.start, token.end));
      }
      known = out.join('\n');
      break;
    } catch {
      // not this kind of script: try the next, else keep the whole text
    }
  }
  read.set(script, known);
  return known;
}
