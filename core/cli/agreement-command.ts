// `newsmark agreement`: how far the annotators agree, in one article (--article), the articles
// of a tag (--tag) or the library; a table, or --json for scripts. Reads beside the app.

import type { InputOf, Outputs } from '../api/contract.js';
import { agreementTable } from '../agreement/format-table.js';

export interface AgreementArgs {
  article?: string[];
  tag?: string;
  json?: boolean;
}

export async function agreementCommand(
  call: (input: InputOf<'agreement'>) => Promise<Outputs['agreement']>,
  args: AgreementArgs,
  io: { out: (t: string) => void },
): Promise<{ usage: string } | number> {
  const [articleId, ...more] = args.article ?? [];
  if (more.length) return { usage: 'agreement takes one --article ID at most' };
  if (articleId !== undefined && args.tag !== undefined) return { usage: 'agreement takes --article or --tag, not both' };
  const report = await call({ ...(articleId !== undefined ? { articleId } : {}), ...(args.tag !== undefined ? { tag: args.tag } : {}) });
  io.out(args.json ? JSON.stringify(report, null, 2) : agreementTable(report));
  return 0;
}
