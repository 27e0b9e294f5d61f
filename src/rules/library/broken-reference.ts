/**
 * A diagnose-and-solve problem links its common solution by articleId (`commonSolutionArticleId`), and
 * a portal link can open an article by id; if no article has that id the customer clicks into an empty
 * blade. Only the articles of this run are known, so a warning: validating one folder reports ids that
 * live elsewhere (list those under `ignore`). 26 of the corpus's 32 references name articles missing
 * from the snapshot, such as `costanalysis-forecast` where only `costanalysis-forecastresource` exists.
 */
import { z } from 'zod';
import { defineLibraryRule } from '../rule.js';

const Options = z.object({
  ignore: z.array(z.string()).optional().describe('Article ids that exist outside the validated files'),
});

export const libraryBrokenReference = defineLibraryRule({
  meta: {
    id: 'library/broken-reference',
    description: 'Require referenced article ids to belong to an article of the run',
    severity: 'warning',
    fixable: false,
    options: Options,
    messages: { missing: 'No article has articleId `{id}`; fix the id or add the article it should open' },
  },
  check(files, context) {
    const ignore = Options.parse(context.options ?? {}).ignore ?? [];
    const known = new Set([...files.flatMap((file) => (file.articleId ? [file.articleId.value.toLowerCase()] : [])), ...ignore.map((id) => id.toLowerCase())]);
    for (const file of files) {
      for (const reference of file.references) {
        if (!known.has(reference.id.toLowerCase())) context.report(file.source, { node: reference, messageId: 'missing', data: { id: reference.id } });
      }
    }
  },
});
