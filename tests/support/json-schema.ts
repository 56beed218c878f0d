/** JSON Schema validation for tests: ajv (draft-07, strict) with the standard formats (uri, date-time). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { ROOT } from './real-content';

export const SCHEMA_DIR = join(ROOT, 'public', 'data', 'schema');

export function newAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats(ajv);
  return ajv;
}

const ajv = newAjv();
const compiled = new Map<string, ValidateFunction>();

/** A validator for a schema file under `dir` (default public/data/schema), e.g. "export/goals.schema.json". */
export function validatorFor(path: string, dir = SCHEMA_DIR): ValidateFunction {
  const file = join(dir, path);
  let v = compiled.get(file);
  if (!v) compiled.set(file, (v = ajv.compile(JSON.parse(readFileSync(file, 'utf8')))));
  return v;
}

/** The errors of validating `data`, as short readable lines ([] when valid). */
export function schemaErrors(v: ValidateFunction, data: unknown): string[] {
  return v(data) ? [] : (v.errors ?? []).slice(0, 10).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}
