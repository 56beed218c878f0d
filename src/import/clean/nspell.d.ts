/** Types for nspell (the package ships none): the part the import uses. */
declare module 'nspell' {
  interface NSpell {
    correct(word: string): boolean;
  }
  export default function nspell(dictionary: { aff: Uint8Array | string; dic?: Uint8Array | string }): NSpell;
}
