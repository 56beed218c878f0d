/**
 * The part of js-yaml (https://github.com/nodeca/js-yaml, v4) that src/collections/files.ts uses.
 * js-yaml ships no types of its own; this avoids a dependency on @types/js-yaml.
 */
declare module 'js-yaml' {
  export interface Schema {
    readonly __schema: unique symbol;
  }
  export const CORE_SCHEMA: Schema;
  export interface LoadOptions {
    filename?: string;
    schema?: Schema;
    json?: boolean;
  }
  export function load(text: string, options?: LoadOptions): unknown;
  export class YAMLException extends Error {
    reason: string;
    mark?: { line: number; column: number; position: number };
  }
}
