import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { isPlainlyWellFormed } from '../../src/parse/properties.js';
import { scanProperties } from '../../src/parse/properties-scanner.js';

/** The shortcut's answer and the validator's for a block at the start of `text`. */
function verdicts(text: string): { plain: boolean; validator: true | string } {
  const scanned = scanProperties(text, 0);
  const block = text.slice(scanned.start, scanned.end);
  const verdict = XMLValidator.validate(block.endsWith('/>') ? block : `${block}</properties>`);
  return { plain: isPlainlyWellFormed(text, scanned, block), validator: verdict === true ? true : verdict.err.msg };
}

/** The reader ignores the validator's complaint about repeated names (a rule reports them). */
const acceptedByReader = (validator: true | string) => validator === true || /repeated/i.test(validator);

describe('plainly well-formed properties blocks skip the XML validator', () => {
  it('takes the usual block without asking the validator', () => {
    const text = '<properties\n  pageTitle="Disk is full"\r\n  description="The OS disk ran out of space"\n\tservice="microsoft.compute"\n  articleId="disk-full_1"\n/>\n\n# Disk is full\n';
    expect(verdicts(text)).toEqual({ plain: true, validator: true });
  });

  it.each([
    ['attributes with no space between them', '<properties a="1"b="2" />'],
    ['a name XML does not allow', '<properties 1title="x" />'],
    ['a character reference to decode', '<properties pageTitle="Disks &amp; files" />'],
    ['markup in a value', '<properties pageTitle="a <b> c" />'],
    ['a block closed by > alone', '<properties pageTitle="x">\n'],
    ['a form feed between attributes', '<properties a="1"\fb="2" />'],
  ])('leaves %s to the validator', (_, text) => {
    expect(verdicts(text).plain).toBe(false);
  });

  it('agrees with the validator on generated blocks', () => {
    const piece = fc.constantFrom(' ', '\n', '\t', '\f', '\r\n', 'a', 'Z', '_', '1', '-', '.', ':', '=', '"', "'", '&', '&amp;', '<', '>', '/', 'é', '\u0001', '\u00a0', 'x="v"', "y='w'", 'pageTitle="T"');
    let plainCount = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const { plain, validator } = verdicts(`<properties ${pieces.join('')} />\n# T\n`);
        // Only one direction matters: a block taken as plain must be one the validator accepts.
        if (plain) expect(acceptedByReader(validator), validator === true ? '' : validator).toBe(true);
        if (plain) plainCount += 1;
      }),
      { numRuns: 20_000, seed: 7 },
    );
    // The generator must reach the shortcut often enough for the agreement to mean something.
    expect(plainCount).toBeGreaterThan(1_000);
  });
});
