// `newsmark agreement`: how far the annotators agree, in one article (--article), a batch (--tag,
// or --batch for a folder import) or the library; a table, or --json for scripts. Reads beside the app.

import type { InputOf, Outputs } from '../api/contract.js';
import { agreementTable } from '../agreement/format-table.js';

export interface AgreementArgs {
  article?: string[];
  tag?: string;
  batch?: string;
  json?: boolean;
}

export async function agreementCommand(
  call: (input: InputOf<'agreement'>) => Promise<Outputs['agreement']>,
  args: AgreementArgs,
  io: { out: (t: string) => void },
): Promise<{ usage: string } | number> {
  const [articleId, ...more] = args.article ?? [];
  if (more.length) return { usage: 'agreement takes one --article ID at most' };
  const scope = { articleId, tag: args.tag, batch: args.batch };
  const given = Object.entries(scope).filter(([, v]) => v !== undefined);
  if (given.length > 1) return { usage: 'agreement takes one of --article, --tag and --batch' };
  const report = await call(Object.fromEntries(given));
  io.out(args.json ? JSON.stringify(report, null, 2) : agreementTable(report));
  return 0;
}
