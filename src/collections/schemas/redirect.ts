/**
 * A redirect declared in content/redirects.yaml (a list). Use it where no entry can carry a
 * `redirectFrom`: a page that was removed and is replaced by another one, an entry that became
 * another kind of entry, or a fixed page that moved. A renamed entry is simpler: add its old id
 * to the entry's `redirectFrom`.
 */
import { z } from 'astro/zod';

/** A site path as published: "/kommuner/hilleroed/" (lowercase ASCII, ends with "/"). */
const PATH = /^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*$/;
const ANCHOR = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const sitePathSchema = z
  .string()
  .regex(PATH, { message: 'must be a path on this site such as "/indsatser/gammelt-id/" (lowercase ASCII, starting and ending with "/")' })
  .describe('A path on this site, starting and ending with "/", e.g. "/indsatser/gammelt-id/".');

/** A path with an optional anchor: "/dokumenter/x/" or "/dokumenter/x/#kerteminde-2016-uddannelse". */
export const siteTargetSchema = z
  .string()
  .refine(
    (s) => {
      const [path, anchor, ...rest] = s.split('#');
      return rest.length === 0 && PATH.test(path ?? '') && (anchor === undefined || ANCHOR.test(anchor));
    },
    { message: 'must be a path on this site such as "/indsatser/nyt-id/", optionally with an anchor: "/dokumenter/<id>/#<id>"' },
  )
  .describe('Where the old address leads now: a path on this site, optionally with an anchor "#<id>".');

export const redirectSchema = z
  .object({
    from: z
      .string()
      .refine(
        (s) => {
          const [path, anchor, ...rest] = s.split('#');
          return rest.length === 0 && PATH.test(path ?? '') && (anchor === undefined || ANCHOR.test(anchor));
        },
        { message: 'must be an address listed in permalinks.lock.txt, e.g. "/indsatser/gammelt-id/" or "/dokumenter/<id>/#<old-anchor>"' },
      )
      .describe(
        'The old address exactly as listed in permalinks.lock.txt: a path ("/indsatser/gammelt-id/") or an anchor on a document page ("/dokumenter/<id>/#gammelt-id").',
      ),
    to: siteTargetSchema,
    note: z.string().trim().min(1).optional().describe('Why the address moved, for editors (not shown on the site).'),
  })
  .strict()
  .describe('One old address and where it leads now.');
export type Redirect = z.output<typeof redirectSchema>;
