/** `npm run import:follow-ups -- FILE.csv`: see import.ts. Exit 0 when written, 1 when refused. */
import { contentDir } from '../collections/content-dir';
import { importFollowUps } from './import';

export function main(args: string[]): number {
  const file = args.find((a) => !a.startsWith('-'));
  if (!file) {
    console.error('usage: npm run import:follow-ups -- FILE.csv   (columns: goal id;measure;year;value;unit;source title;source url)');
    return 2;
  }
  const result = importFollowUps(file, contentDir());
  for (const line of result.report) (result.ok ? console.log : console.error)(line);
  return result.ok ? 0 : 1;
}
