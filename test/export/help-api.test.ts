import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportLibrary } from '../../src/export/bundle.js';
import { apolloSectionTitle } from '../../src/export/help-api.js';
import { parseArticle } from '../../src/process.js';
import { article } from '../helpers/article.js';
import { repoRoot } from '../helpers/fixtures.js';
import { compileSchema } from '../helpers/json-schema.js';

const sectioned = [
  '# Sign-in problems (internal title)',
  '',
  '## Fix sign-in problems for an enterprise application',
  '',
  'Use the checks and videos below to find why users cannot sign in.',
  '',
  ':::Section Check the sign-in logs:::',
  '',
  'Open the sign-in logs and filter by the application.',
  '',
  '<insight>',
  '    <symptomId>EnterpriseAppSignInFailures</symptomId>',
  '    <executionText>We are reading the recent sign-in failures</executionText>',
  '    <failedText>We could not read the sign-in logs</failedText>',
  '    <additionalInputsReq>true</additionalInputsReq>',
  '</insight>',
  '',
  '::: Section Learn about consent :::',
  '',
  '### Admin consent',
  '',
  '<video>',
  '    <src>https://www.youtube.com/watch?v=Ab3dE5fGh7k</src>',
  '    <title>Grant admin consent &amp; review permissions</title>',
  '</video>',
  '',
  '<metric>',
  '    <name>SignInFailures</name>',
  '    <title>Failed sign-ins</title>',
  '</metric>',
  '',
  'More answers from the community:',
  '<azureKB>',
  '  <client>portal</client>',
  '</azureKB>',
  '',
].join('\n');

const diagnostic = [
  '# We found long-running queries on your database',
  '',
  '<!--issueDescription-->',
  'Database <!--$DatabaseName-->db<!--/$DatabaseName--> has queries that run longer than an hour.',
  '<!--/issueDescription-->',
  '',
  '## **Recommended Steps**',
  '',
  'Review the query plans of the longest queries.',
  '',
].join('\n');

const scoping = [
  '# Connection problems',
  '---',
  '{',
  '  "title": "Connection problems",',
  '  "diagnosticCard": { "title": "Connectivity troubleshooter", "description": "Answer the questions to run the troubleshooter." },',
  '  "formElements": [ { "id": "server", "controlType": "textbox" } ]',
  '}',
  '---',
  '',
].join('\n');

const results = [
  parseArticle(readFileSync(path.join(repoRoot, 'articles/apollo/aa6b0fac-f5a6-44db-9458-ae359fadc211.md'), 'utf8'), { path: 'articles/apollo/cpu.md' }),
  parseArticle(article(sectioned, { articleId: 'signin', selfHelpType: 'Apollo' }), { path: 'articles/apollo/signin.md' }),
  parseArticle(article(diagnostic, { articleId: 'long-queries', selfHelpType: 'diagnostics', diagnosticScenario: 'SqlLongRunningQueries' }), {
    path: 'articles/sql/long-queries.md',
  }),
  parseArticle(article(scoping, { articleId: 'connect-scoping', selfHelpType: 'problemScopingQuestions' }), { path: 'articles/sql/scoping.md' }),
];
const bundle = exportLibrary(results, { shapes: ['help-api'] });
const solution = (id: string) => {
  const entry = bundle.index.articles.find((candidate) => candidate.id === id)!;
  return JSON.parse(bundle.files.get(entry.helpApiFile!)!);
};

describe('--shape help-api', () => {
  it('writes one solution per article, listed in the index, valid against its schema', () => {
    const validate = compileSchema(JSON.parse(bundle.files.get('schema/help-api.schema.json')!));
    expect(bundle.index.build.shapes).toEqual(['help-api']);
    for (const entry of bundle.index.articles) {
      expect(entry.helpApiFile).toBe(entry.file.replace(/^articles\//, 'help-api/'));
      expect(validate(JSON.parse(bundle.files.get(entry.helpApiFile!)!)), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('maps Apollo insights, metrics, videos and video groups with placeholders in the content', () => {
    const cpu = solution('aa6b0fac-f5a6-44db-9458-ae359fadc211');
    expect(cpu.title).toBe('Find and reduce high CPU usage on your App Service plan');
    expect(cpu.replacementMaps.diagnostics).toEqual([
      {
        solutionId: 'AppServicePlanHighCpu',
        replacementKey: '<!--insight-1-->',
        requiredParameters: [],
        insights: [],
        executionText: 'We are checking the CPU usage of each instance and each app in your plan',
        timeoutText: 'The check did not finish in time and was stopped',
        noResultText: 'We did not find high CPU usage on your plan in the last 24 hours',
        maxInsightCount: 2,
        additionalInputsRequired: false,
      },
    ]);
    expect(cpu.replacementMaps.metricsBasedCharts).toEqual([
      { name: 'CpuPercentage', aggregationType: 'Avg', timeSpanDuration: '1d', title: 'App Service plan CPU percentage', replacementKey: '<!--metric-1-->' },
    ]);
    expect(cpu.replacementMaps.videos).toEqual([
      { src: 'https://www.youtube.com/watch?v=Xq7pLm2RkTs', title: 'Investigate high CPU usage with App Service diagnostics', replacementKey: '<!--video-1-->' },
    ]);
    expect(cpu.replacementMaps.videoGroups).toEqual([
      {
        videos: [
          { src: 'https://www.youtube.com/watch?v=Hb4nVd8cQeA', title: 'Scale up an App Service plan' },
          { src: 'https://www.youtube.com/watch?v=Rt9wKs1FzUo', title: 'Configure autoscale rules for an App Service plan' },
        ],
        replacementKey: '<!--videogroup-1-->',
      },
    ]);
    expect(cpu.content).toContain('<h3>Diagnose high CPU usage</h3>\n<!--insight-1-->\n<h3>CPU usage over the last day</h3>');
    expect(cpu.content).not.toContain('symptomId');
    expect(cpu.content).not.toContain('<h1>');
    expect(cpu.sections).toEqual([]);
  });

  it('splits Apollo articles at :::Section::: lines, each with its own maps', () => {
    const signin = solution('signin');
    expect(signin.title).toBe('Fix sign-in problems for an enterprise application');
    expect(signin.content).toBe('<p>Use the checks and videos below to find why users cannot sign in.</p>');
    expect(signin.sections.map((section: { title: string }) => section.title)).toEqual(['Check the sign-in logs', 'Learn about consent']);
    const [logs, consent] = signin.sections;
    expect(logs.content).toBe('<p>Open the sign-in logs and filter by the application.</p>\n<!--insight-1-->');
    expect(logs.replacementMaps.diagnostics[0]).toMatchObject({
      solutionId: 'EnterpriseAppSignInFailures',
      failedText: 'We could not read the sign-in logs',
      additionalInputsRequired: true,
    });
    expect(consent.content).toBe(
      '<h3>Admin consent</h3>\n<!--video-1-->\n<!--metric-1-->\n<p>More answers from the community:\n</p>\n<!--azurekb-1-->',
    );
    expect(consent.replacementMaps.videos[0].title).toBe('Grant admin consent & review permissions');
    expect(consent.replacementMaps.metricsBasedCharts[0]).toMatchObject({ aggregationType: 'Sum', timeSpanDuration: '1d' });
    expect(consent.replacementMaps.webResults).toEqual([{ replacementKey: '<!--azurekb-1-->', searchResults: [] }]);
    expect(signin.replacementMaps.diagnostics).toEqual([]);
  });

  it('maps a diagnostics article to its scenario and a diagnostic card to a troubleshooter', () => {
    const queries = solution('long-queries');
    expect(queries.title).toBe('We found long-running queries on your database');
    expect(queries.replacementMaps.diagnostics).toEqual([{ solutionId: 'SqlLongRunningQueries', requiredParameters: [], insights: [] }]);
    expect(queries.content).toContain('<span data-token="DatabaseName">db</span>');
    expect(solution('connect-scoping').replacementMaps.troubleshooters).toEqual([
      { solutionId: 'connect-scoping', title: 'Connectivity troubleshooter', summary: 'Answer the questions to run the troubleshooter.' },
    ]);
  });

  it('reads section markers only in their own form', () => {
    expect(apolloSectionTitle(':::Section Resources:::')).toBe('Resources');
    expect(apolloSectionTitle('::: section  Resources :::')).toBe('Resources');
    expect(apolloSectionTitle(':::Section:::')).toBeUndefined();
    expect(apolloSectionTitle('::: Note :::')).toBeUndefined();
  });

  it('is not written without the option', () => {
    const plain = exportLibrary(results);
    expect([...plain.files.keys()].some((file) => file.startsWith('help-api/'))).toBe(false);
    expect(plain.index.articles.every((entry) => entry.helpApiFile === undefined)).toBe(true);
  });
});
