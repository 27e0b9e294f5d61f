/**
 * The properties each selfHelpType must fill in, from Microsoft's authoring templates
 * (`reference/templates/…`), calibrated on the 2,007-file public corpus: a template attribute that many
 * published articles of the type leave out or empty is optional in practice and is not listed, so the
 * rule reports omissions, not house style. `selfHelpType` is checked by `metadata/self-help-type`.
 */
import type { SelfHelpType } from '../../schemas/properties.js';

/** One requirement: any of the names, with a non-empty value (`ms.author` or `authors`). */
export type Requirement = readonly [first: string, ...alternatives: string[]];

/**
 * Every template has these (BaseTemplate.md all but ownershipId, which tsg-content.md marks "this is
 * required" and every other template lists). Authors: each template has `ms.author`; BaseTemplate.md also
 * has `authors`, and 165 corpus files give only `authors`, so either one will do.
 */
export const baseRequirements: readonly Requirement[] = [
  ['pageTitle'],
  ['articleId'],
  ['cloudEnvironments'],
  ['ownershipId'],
  ['ms.author', 'authors'],
];

const base = baseRequirements;

export const requiredProperties: Readonly<Record<SelfHelpType, readonly Requirement[]>> = {
  // Templates/BaseTemplate.md, CommonSoluton-templates/*.md. `description`, `service` and `resource` are in
  // the templates but missing or empty in 126, 68 and 96 of the 787 generic corpus files.
  generic: [...base, ['supportTopicIds'], ['productPesIds']],
  // No template; the base set.
  resource: base,
  // Troubleshooter-templates/tsg-content.md. Its `service`/`resource` placeholders are empty in 16 and 21 files.
  TSG_Content: base,
  // Troubleshooter-templates/TSG_Description.md (its description "is not presented").
  TSG_Description: base,
  // No template (2 corpus files, shaped like problem-scoping questions).
  TSG_Questions: base,
  // ProblemScopingQuestin/template.md, sampleWithDSQ.md: every one of the 373 corpus files fills these.
  problemScopingQuestions: [...base, ['description'], ['supportTopicIds'], ['productPesIds'], ['schemaVersion']],
  // Diagnostics-templates/Diagnostic-template.md, sample.md. `diagnosticScenario` is missing or empty in 40
  // of the 214 corpus files, supportTopicIds in 117, productPesIds in 75.
  diagnostics: [...base, ['description'], ['infoBubbleText']],
  // AdvisorRecommendationMetadata-templates/*.md: the template's attributes are the base set plus description.
  advisorRecommendationMetadata: [...base, ['description']],
  // No template.
  rca: base,
  // HealthInsight-templates/health-template.md (written there as selfHelpType="health"). It has no
  // supportTopicIds, and none of the 50 corpus files do.
  servicehealthinsights: [...base, ['description'], ['infoBubbleText'], ['service'], ['resource'], ['diagnosticScenario']],
  // support_topic_metadata_template.md.txt. Its icmTeam, icmService and feedbackEmail are missing in 15 of
  // the 21 corpus files, so they are not required.
  supportTopicDescription: [...base, ['description'], ['productPesIds']],
  // Apollo-template/Solutions2Template.md. Its resourceRequired and description are missing or empty in 3
  // of the 10 corpus files.
  Apollo: [...base, ['supportTopicIds'], ['productPesIds']],
  // DiagnoseAndSolveProblem-template/diagnoseandsolve.md.
  diagnoseandsolve: [...base, ['productPesIds']],
  // Tools-template/tools.md: both corpus files leave supportTopicIds and productPesIds empty.
  tools: base,
  // No template; the one corpus file has no pageTitle.
  PartnerCenterQuickStart: base.filter(([name]) => name !== 'pageTitle'),
};
