import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/process.js';
import { readFixture } from '../helpers/fixtures.js';

/** An original article with the seed's exact structure (two bold-paragraph symptoms, 4 and 2 causes). */
const source = readFixture('seed-like.md');

describe('seed-structured article', () => {
  const { article, diagnostics } = parseArticle(source, { path: 'test/fixtures/seed-like.md' });

  it('parses without diagnostics into metadata as written', () => {
    expect(diagnostics).toEqual([]);
    expect(article?.metadata).toMatchObject({
      service: 'microsoft.network',
      selfHelpType: 'generic',
      productPesIds: ['15429', '16087'],
      cloudEnvironments: ['public'],
      displayOrder: null,
      resourceTags: [],
    });
    expect(article?.title).toBe('Virtual network peering/Traffic not flowing between peered networks');
  });

  it('finds two symptoms with 4 and 2 causes and the nested resolutions', () => {
    const symptoms = article!.symptoms;
    expect(symptoms.map((symptom) => [symptom.title, symptom.position.start.line])).toEqual([
      ['Virtual network peering does not work – No traffic flows between the peered networks', 19],
      ['Gateway transit does not work for a specific spoke virtual network', 33],
    ]);
    expect(symptoms.map((symptom) => symptom.causes.length)).toEqual([4, 2]);
    expect(symptoms.map((symptom) => symptom.causes.map((cause) => cause.resolutions.length))).toEqual([[0, 0, 0, 0], [2, 0]]);
    expect(symptoms[0]!.causes.map((cause) => cause.position.start.line)).toEqual([23, 25, 27, 29]);
    expect(symptoms[1]!.causes[0]!.resolutions.map((resolution) => resolution.position.start.line)).toEqual([39, 41]);
    expect(symptoms[1]!.causes[0]!.resolutions[0]!.text).toMatch(/^Ask an administrator of the hub virtual network/);
    // The cause's own text excludes its nested resolutions.
    expect(symptoms[1]!.causes[0]!.text).not.toContain('Ask an administrator');
    expect(symptoms[0]!.causes[0]!.html).toContain('<strong>Initiated</strong>');
  });

  it('links one step per symptom, keeping the fragment; links inside causes are not steps', () => {
    const steps = article!.symptoms.map((symptom) => symptom.steps);
    expect(steps.map((list) => list.length)).toEqual([1, 1]);
    expect(steps[0]![0]).toMatchObject({ fragment: expect.stringMatching(/\S/), position: { start: { line: 31 } } });
    expect(steps[1]![0]!.position.start.line).toBe(45);
    for (const [step] of steps) expect(step!.href.endsWith(`#${step!.fragment}`)).toBe(true);
    expect(article!.links.length).toBeGreaterThan(2);
  });

  it('puts every block in exactly one section', () => {
    const [h1] = article!.sections;
    expect(h1).toMatchObject({ depth: 1, kind: 'heading' });
    const steps = h1!.sections[0]!;
    expect(steps).toMatchObject({ title: 'Recommended steps', depth: 2 });
    expect(steps.sections.map((section) => [section.kind, section.depth, section.blocks.length])).toEqual([
      ['bold-paragraph', 3, 3],
      ['bold-paragraph', 3, 3],
    ]);
    expect(article!.recommendedSteps?.blocks).toHaveLength(8);
  });
});

describe('a single symptom stated only in the H1', () => {
  const text = `<properties pageTitle="Blob upload is denied" selfHelpType="generic" />

# Blob upload fails with an authorization error

## **Recommended Steps**

This can happen if:

- The identity has only the **Reader** role on the account
- The storage firewall blocks the client's network

To resolve it, follow the steps in [Authorize access to blobs](https://learn.microsoft.com/azure/storage/blobs/authorize-access-azure-active-directory#assign-roles).
`;
  it('takes the H1 as the symptom title so no causes list is left outside a symptom', () => {
    const { article } = parseArticle(text);
    expect(article?.symptoms).toEqual([
      expect.objectContaining({
        title: 'Blob upload fails with an authorization error',
        causes: [expect.objectContaining({ text: 'The identity has only the Reader role on the account' }), expect.anything()],
        steps: [expect.objectContaining({ fragment: 'assign-roles' })],
      }),
    ]);
  });
});
