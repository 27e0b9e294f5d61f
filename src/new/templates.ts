/**
 * Starting points for `selfhelp new`, one per selfHelpType. The facts (which attributes each type
 * carries, which sections and payload keys the portal reads) come from Microsoft's authoring templates
 * in `reference/templates/`, or from the corpus for the types that have none; every sentence is ours.
 *
 * Placeholders are left so validation flags them until the author fills them in: attributes the type
 * requires are written empty (`metadata/required`), link targets are a bare `https://` (`links/empty`),
 * and prose to replace starts with `TODO:`.
 */
import type { SelfHelpType } from '../../schemas/properties.js';

export interface TemplateValues {
  articleId: string;
  /** The next free displayOrder for the service; omitted when the type has none or no service is known. */
  displayOrder?: number;
  /** Today, `YYYY-MM-DD`, for templates with a date. */
  today: string;
  service: string;
}

type Attribute = readonly [name: string, value: string];

const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

const propertiesBlock = (attributes: readonly Attribute[]): string =>
  `<properties\n${attributes.map(([name, value]) => `    ${name}="${escapeAttribute(value)}"`).join('\n')}\n/>\n`;

const payloadBlock = (json: unknown): string => `---\n${JSON.stringify(json, null, 4)}\n---\n`;

/** The attributes most types share, in the order the templates list them. */
function attributes(type: SelfHelpType, values: TemplateValues, names: readonly string[], given: Record<string, string> = {}): Attribute[] {
  const known: Record<string, string> = {
    ...given,
    service: values.service,
    displayOrder: values.displayOrder === undefined ? '' : String(values.displayOrder),
    articleId: values.articleId,
    selfHelpType: type,
    cloudEnvironments: 'public',
    schemaVersion: '1',
  };
  return names.map((name) => [name, known[name] ?? '']);
}

const articleNames = ['pageTitle', 'description', 'service', 'resource', 'ms.author', 'displayOrder', 'articleId', 'selfHelpType', 'supportTopicIds', 'productPesIds', 'cloudEnvironments', 'ownershipId'];
const scopingNames = ['pageTitle', 'description', 'ms.author', 'selfHelpType', 'supportTopicIds', 'productPesIds', 'cloudEnvironments', 'schemaVersion', 'articleId', 'ownershipId'];
const insightNames = ['pageTitle', 'description', 'infoBubbleText', 'service', 'resource', 'ms.author', 'displayOrder', 'articleId', 'diagnosticScenario', 'selfHelpType', 'supportTopicIds', 'productPesIds', 'cloudEnvironments', 'ownershipId'];

const steps = `## **Recommended Steps**

1. TODO: The first thing to check, written as an action the customer can take
2. TODO: The next step; link to the page that explains it, such as [TODO: page title](https://)

## **Recommended Documents**

* [TODO: title of a document that helps with this problem](https://)
`;

/** A common solution shaped like the seed article: symptoms under Recommended Steps, each with its causes. */
const troubleshooting = (type: SelfHelpType, values: TemplateValues): string =>
  `${propertiesBlock(attributes(type, values, articleNames))}
# TODO: The problem, in the words a customer would use

TODO: One or two sentences on what the customer sees and what this article helps them do.

## **Recommended Steps**

**TODO: First symptom, as the customer would notice it**

Common root causes include:

* TODO: A cause of this symptom
* TODO: Another cause

To fix the problem, follow the steps in [TODO: page title](https://).

## **Recommended Documents**

* [TODO: title of a document that helps with this problem](https://)
`;

/** A resource article: a short introduction and numbered steps (no template; the corpus shape). */
const resourceArticle = (values: TemplateValues): string =>
  `${propertiesBlock(attributes('resource', values, articleNames))}
# TODO: What the customer wants to do with the resource

TODO: One or two sentences on when this article helps.

${steps}`;

// HealthInsight-templates/health-template.md: no displayOrder, support topics or products; a fixed scenario.
const healthNames = [...insightNames.filter((name) => !['displayOrder', 'supportTopicIds', 'productPesIds'].includes(name)), 'articleTags'];

const insight = (type: SelfHelpType, values: TemplateValues, opening: string, names = insightNames, given: Record<string, string> = {}): string =>
  `${propertiesBlock(attributes(type, values, names, given))}
# TODO: What the diagnostic found, as the customer will read it

<!--issueDescription-->
${opening}
<!--/issueDescription-->

${steps}`;

const scopingQuestions = {
  $schema: 'SelfHelpContent',
  subscriptionRequired: true,
  resourceRequired: true,
  title: 'TODO: Title of the form',
  fileAttachmentHint: '',
  formElements: [
    { id: 'problem_start_time', order: 1, controlType: 'datetimepicker', displayLabel: 'When did the problem start?', required: true },
    {
      id: 'problem_kind',
      order: 2,
      controlType: 'dropdown',
      displayLabel: 'TODO: A question whose answer routes the request',
      watermarkText: 'Choose an option',
      dropdownOptions: [
        { value: 'TODO_first_answer', text: 'TODO: First answer' },
        { value: 'TODO_second_answer', text: 'TODO: Second answer' },
        { value: 'dont_know_answer', text: "I don't know" },
      ],
      required: true,
    },
    {
      id: 'problem_kind_details',
      order: 3,
      visibility: 'problem_kind == TODO_first_answer',
      controlType: 'textbox',
      displayLabel: 'TODO: A follow-up question, shown only for the first answer',
      required: false,
    },
    {
      id: 'problem_description',
      order: 1000,
      controlType: 'multilinetextbox',
      displayLabel: 'Details',
      watermarkText: 'TODO: Tell the customer what details help support most',
      required: true,
      useAsAdditionalDetails: true,
    },
  ],
};

const advisorPayload = {
  $schema: 'AdvisorRecommendation',
  recommendationOfferingId: '', recommendationOfferingName: '', recommendationTypeId: '',
  dataSourceMetadata: { streamNamespace: '', dataSource: '', refreshInterval: '' },
  recommendationCategory: '', recommendationImpact: '', recommendationResourceType: '', recommendationFriendlyName: '',
  recommendationMetadataState: '',
  owner: { email: '', icm: { routingId: '', service: '', team: '' }, serviceTreeId: '' },
  ingestionClientIdentities: [], version: 1, learnMoreLink: '', description: '', longDescription: '', potentialBenefits: '',
  actions: [{ actionId: '', description: '', actionType: 'Document', documentLink: '' }],
  displayLabel: '', additionalColumns: [], tip: '', testData: '',
};

const menuEntry = (kind: string) => ({ id: `TODO_${kind}_id`, title: `TODO: ${kind} title`, description: `TODO: ${kind} description`, category: '', searchTags: '' });

/** Each type's starting article. */
export const templates: Readonly<Record<SelfHelpType, (values: TemplateValues) => string>> = {
  generic: (values) => troubleshooting('generic', values),
  resource: resourceArticle,
  TSG_Content: (values) =>
    `${propertiesBlock(attributes('TSG_Content', values, ['pageTitle', 'description', 'service', 'resource', 'ms.author', 'selfHelpType', 'cloudEnvironments', 'articleId', 'ownershipId']))}
# TODO: Title shown at the top of the troubleshooter card

TODO: What the customer should check or do at this point of the troubleshooter.

${steps}`,
  TSG_Description: (values) =>
    `${propertiesBlock(attributes('TSG_Description', values, ['pageTitle', 'description', 'service', 'resource', 'ms.author', 'selfHelpType', 'cloudEnvironments', 'articleId', 'ownershipId']))}
# TODO: Name of the troubleshooter, as customers see it

TODO: A short paragraph on the problem this troubleshooter walks the customer through.
`,
  TSG_Questions: (values) =>
    `${propertiesBlock(attributes('TSG_Questions', values, ['pageTitle', 'description', 'ms.author', 'selfHelpType', 'productPesIds', 'cloudEnvironments', 'schemaVersion', 'articleId', 'ownershipId']))}# TODO: Troubleshooter questions
${payloadBlock({ formElements: [{ id: 'first_check', order: 1, controlType: 'radioButtonGroup', displayLabel: 'TODO: A yes-or-no question', radioButtonOptions: [{ value: 'Yes', text: 'Yes' }, { value: 'No', text: 'No' }], required: true }] })}`,
  problemScopingQuestions: (values) =>
    `${propertiesBlock(attributes('problemScopingQuestions', values, scopingNames))}# TODO: Title of the form
${payloadBlock(scopingQuestions)}`,
  diagnostics: (values) =>
    insight('diagnostics', values, 'TODO: What the check found on <!--$ResourceName-->your resource<!--/$ResourceName-->, in plain sentences without links or emphasis.'),
  rca: (values) =>
    insight('rca', values, 'TODO: What happened to <!--$ResourceName-->your resource<!--/$ResourceName--> and why, in plain sentences without links or emphasis.'),
  servicehealthinsights: (values) =>
    insight(
      'servicehealthinsights',
      values,
      `Starting at <!--$startTime-->${values.today}<!--/$startTime--> UTC, Azure monitoring reported this condition for your resource:\n\nTODO: What the platform problem was and how it affected the resource.`,
      healthNames,
      { diagnosticScenario: 'health_diagnostic' },
    ),
  advisorRecommendationMetadata: (values) =>
    `${propertiesBlock(attributes('advisorRecommendationMetadata', values, ['pageTitle', 'description', 'ms.author', 'articleId', 'selfHelpType', 'cloudEnvironments', 'ownershipId']))}# TODO: Recommendation title
${payloadBlock(advisorPayload)}`,
  supportTopicDescription: (values) =>
    `${propertiesBlock(attributes('supportTopicDescription', values, ['pageTitle', 'description', 'ms.author', 'productPesIds', 'selfHelpType', 'articleId', 'cloudEnvironments', 'ownershipId']))}
# TODO: Support topics of the product
${payloadBlock({ $schema: 'SelfHelpContent', shortDescription: '', longDescription: '', productLink1: '', SupportTopics: [{ id: '', shortDescription: '', category: '', searchTags: '', useInDiagnoseAndSolve: '' }] })}`,
  Apollo: (values) =>
    `${propertiesBlock([...attributes('Apollo', values, ['pageTitle', 'description', 'ms.author', 'displayOrder', 'articleId', 'selfHelpType', 'supportTopicIds', 'productPesIds', 'cloudEnvironments', 'ownershipId']), ['resourceRequired', 'true']])}
# TODO: Internal title

## TODO: The issue, as the customer will read it

TODO: What the problem is and how this solution resolves it.

### TODO: Title of the procedure

1. TODO: First step
2. TODO: Next step, with a link to [TODO: page title](https://)
`,
  diagnoseandsolve: (values) =>
    `${propertiesBlock(attributes('diagnoseandsolve', values, ['pageTitle', 'description', 'service', 'resource', 'ms.author', 'displayOrder', 'articleId', 'selfHelpType', 'productPesIds', 'cloudEnvironments', 'ownershipId']))}# TODO: Common problems of the service
${payloadBlock({ $schema: 'SelfHelpContent', commonProblems: [{ ...menuEntry('problem'), supportTopicId: '', commonSolutionArticleId: '' }], troubleshootingTools: [{ ...menuEntry('tool'), type: 'tool', bladeLink: { extensionName: '', bladeName: '', parameters: [] } }] })}`,
  tools: (values) =>
    `${propertiesBlock(attributes('tools', values, articleNames))}
# TODO: Tools for the service

[TODO: tool name](https://)<br>
TODO: What the tool does and when to use it.
`,
  PartnerCenterQuickStart: (values) =>
    `${propertiesBlock(attributes('PartnerCenterQuickStart', values, ['articleId', 'selfHelpType', 'resourceTags', 'cloudEnvironments', 'ownershipId', 'ms.author']))}
<!--Link-->
https://

<!--Text-->
TODO: Text of the quick-start tile

<!--IconClass-->
TODO: icon class
`,
};

/** Types whose templates carry a displayOrder, so `new` fills in the next free one. */
export const hasDisplayOrder = (type: SelfHelpType): boolean => templates[type]({ articleId: '', today: '', service: '' }).includes('displayOrder=');
