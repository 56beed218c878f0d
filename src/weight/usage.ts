/**
 * What the pages of one page type can put in front of a stylesheet: the classes, element names
 * and ids in their HTML, and the strings of every script they load (a script may add a class,
 * create an element or set an attribute that the HTML does not have yet: the "js" class
 * theme-init.js puts on <html>, the <mark> of the search highlighter, the sr-only live region of
 * the share script). A name counts as used by a script when one of the script's string or
 * template literals names it as a whole word (./script-strings.ts): `classList.add("filter")`
 * counts, a method call `.filter(` does not.
 *
 * This is deliberately generous: a rule is only dropped when nothing on the pages and nothing in
 * their scripts' strings could ever make it match (src/weight/prune-css.ts).
 */

import { detached } from './scan';
import { stringContents } from './script-strings';

/** The names the pages of one type use, and the scripts they run. */
export class Usage {
  readonly classes = new Set<string>();
  readonly tags = new Set<string>();
  readonly ids = new Set<string>();
  /** The type of every <input> (lowercase; "text" for one without). */
  readonly inputTypes = new Set<string>();
  /** class attributes already read, as written (most pages of a type repeat the same ones). */
  private readonly classAttributes = new Set<string>();
  private scripts: string[] = [];
  private joined: string | undefined;
  private readonly mentioned = new Map<string, boolean>();

  /** Adds an element of a page: its name, its class attribute and id (decoded values). */
  addElement(name: string, className: string | undefined, id: string | undefined): void {
    this.addTag(name);
    if (className) this.addClasses(className);
    if (id) this.addId(id);
  }

  /** Adds an element name (lowercase). */
  addTag(name: string): void {
    if (!this.tags.has(name)) this.tags.add(detached(name));
  }

  /** True when a class attribute written so (`key`: its value as read, entities not decoded) was added. */
  hasClassAttribute(key: string): boolean {
    return this.classAttributes.has(key);
  }

  /** Adds the classes of a class attribute: `key` as for hasClassAttribute, `className` its decoded value. */
  addClassAttribute(key: string, className: string): void {
    this.classAttributes.add(detached(key));
    this.addClasses(className);
  }

  /** Adds the classes of a decoded class attribute. */
  addClasses(className: string): void {
    for (const c of className.split(/\s+/)) if (c && !this.classes.has(c)) this.classes.add(detached(c));
  }

  /** Adds an id (decoded). */
  addId(id: string): void {
    if (id && !this.ids.has(id)) this.ids.add(detached(id));
  }

  /** Adds the type of an <input> (its attribute as decoded; undefined for none, which is "text"). */
  addInputType(type: string | undefined): void {
    const t = (type ?? 'text').trim().toLowerCase() || 'text';
    if (!this.inputTypes.has(t)) this.inputTypes.add(detached(t));
  }

  /** Adds a script the pages load (its text; only its strings count, see the module comment). */
  addScript(text: string): void {
    this.scripts.push(stringContents(text));
    this.joined = undefined;
    this.mentioned.clear();
  }

  /** True when a string of some script names `word` as a whole word (not inside a longer name such as "flex-col" for "flex"). */
  mentions(word: string): boolean {
    let known = this.mentioned.get(word);
    if (known !== undefined) return known;
    const text = (this.joined ??= this.scripts.join('\n'));
    known = false;
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
      if (!isNamePart(text[at - 1]) && !isNamePart(text[at + word.length])) {
        known = true;
        break;
      }
    }
    this.mentioned.set(word, known);
    return known;
  }

  /** The class can be on an element of these pages. */
  hasClass(name: string): boolean {
    return this.classes.has(name) || this.mentions(name);
  }

  /** An element of this name can be on these pages. */
  hasTag(name: string): boolean {
    return this.tags.has(name) || this.mentions(name);
  }

  /** An element with this id can be on these pages. */
  hasId(id: string): boolean {
    return this.ids.has(id) || this.mentions(id);
  }

  /** An <input> of one of these types can be on these pages (a script that names the type may make one). */
  hasInputType(types: readonly string[]): boolean {
    return types.some((t) => this.inputTypes.has(t) || this.mentions(t));
  }
}

/** Characters that continue a class, element or id name (a match next to one is part of a longer name). */
const isNamePart = (ch: string | undefined): boolean => ch !== undefined && /[\w-]/.test(ch);
