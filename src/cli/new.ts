import { selfHelpTypes } from '../../schemas/properties.js';
import { closestMatch } from '../text/closest.js';
import { UsageError, type Command } from './io.js';

export const newCommand: Command = {
  usage: `Usage: selfhelp new <selfHelpType> [PATH=articles/] [--service NAME]\n  types: ${selfHelpTypes.join(', ')}`,
  options: { service: { type: 'string', short: 's' } },
  async run({ values, positionals }, io) {
    const [written, target, ...extra] = positionals;
    if (written === undefined || extra.length > 0) throw new UsageError('new takes a selfHelpType and at most one PATH');
    const [{ canonicalSelfHelpType }, { scaffoldArticle, TargetExistsError }] = await Promise.all([import('../extract/index.js'), import('../new/scaffold.js')]);
    const type = canonicalSelfHelpType(written);
    if (!type) {
      const near = closestMatch(written, selfHelpTypes);
      throw new UsageError(`Unknown selfHelpType \`${written}\`${near ? `; did you mean \`${near}\`` : ''}`);
    }
    let created;
    try {
      created = await scaffoldArticle({ type, cwd: io.cwd, ...(target !== undefined ? { target } : {}), ...(typeof values.service === 'string' ? { service: values.service } : {}) });
    } catch (error) {
      if (error instanceof TargetExistsError) throw new UsageError(error.message);
      throw error;
    }
    const order = created.displayOrder === undefined ? '' : `, displayOrder ${created.displayOrder}${created.service ? ` (next free for ${created.service})` : ''}`;
    io.stdout.write(`Created ${created.source}: ${type}, articleId ${created.articleId}${order}\n`);
    io.stdout.write(`Fill in the empty properties and every TODO; \`selfhelp validate ${created.source}\` lists what is left.\n`);
    return 0;
  },
};
