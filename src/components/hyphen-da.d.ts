/** Types for the Danish patterns of the `hyphen` package (it ships none). */
declare module 'hyphen/da' {
  interface HyphenateOptions {
    /** Inserted at every hyphenation point; default U+00AD (soft hyphen). */
    hyphenChar?: string;
    /** Words shorter than this are left alone; default 5. */
    minWordLength?: number;
    debug?: boolean;
    exceptions?: string[];
  }
  const hyphen: {
    hyphenateSync(text: string, options?: HyphenateOptions): string;
    hyphenate(text: string, options?: HyphenateOptions): Promise<string>;
  };
  export default hyphen;
}
