import type { Nodes } from 'mdast';
import type { z } from 'zod';
import type { Article } from '../../schemas/article.js';
import type { Fix, RelatedPlace } from '../../schemas/diagnostic.js';
import type { Position } from '../../schemas/position.js';
import type { SelfHelpType } from '../../schemas/properties.js';
import type { ParsedFile } from '../parse/index.js';

export type RuleGroup = 'file' | 'properties' | 'metadata' | 'structure' | 'links' | 'tokens' | 'payload' | 'library';
export type RuleId = `${RuleGroup}/${string}`;

export interface RuleMeta<M extends string, Id extends RuleId = RuleId> {
  id: Id;
  /** Imperative, no period: 'Disallow aka.ms short links'. */
  description: string;
  /** Default severity in the `recommended` preset. */
  severity: 'error' | 'warning';
  /** False when the rule is off in `recommended` and on in `strict`. */
  recommended?: boolean;
  fixable: boolean;
  appliesTo?: readonly SelfHelpType[];
  /** Validates the rule's options from config; also documents them. */
  options?: z.ZodType;
  /** Message templates; `{name}` placeholders are filled from `report.data`. */
  messages: Record<M, string>;
  /** Set for checks made while reading the file (encoding, broken properties, broken JSON). */
  reportedBy?: 'reader';
}

/** Something with a place in the file: an mdast node, a property attribute, a payload piece. */
export interface Located {
  position?: Position | { start: { line: number; column: number; offset?: number }; end: { line: number; column: number; offset?: number } };
}

export interface Report<M extends string> {
  messageId: M;
  node: Located;
  data?: Record<string, string | number>;
  fix?: Fix;
  related?: readonly RelatedPlace[];
  /** Lower this finding to a warning when the rule is on as an error (never raises a warning rule). */
  severity?: 'warning';
}

/** What a rule sees of one file: parse results and the extracted article, all read-only. */
export interface RuleFile extends ParsedFile {
  readonly article: Article;
}

export interface RuleContext<M extends string> {
  readonly file: RuleFile;
  readonly options: unknown;
  report(report: Report<M>): void;
}

type NodeVisitors = { [T in Nodes['type']]?: (node: Extract<Nodes, { type: T }>) => void };
export type Visitors = NodeVisitors & { 'file:exit'?: () => void };

export interface Rule<M extends string = string, Id extends RuleId = RuleId> {
  meta: RuleMeta<M, Id>;
  create(context: RuleContext<M>): Visitors;
}

/** Identity with literal types kept, so a typo in a messageId or id fails to compile. */
export const defineRule = <M extends string, const Id extends RuleId>(rule: Rule<M, Id>): Rule<M, Id> => rule;

export const RULE_DOCS_BASE = 'https://github.com/selfhelp/selfhelp/blob/main/docs/rules/';
/** The one place a rule's docs URL is made. */
export const ruleDocsUrl = (id: string): string => `${RULE_DOCS_BASE}${id}.md`;

/** What library-wide rules see of each file: a small summary, never the full model. */
export interface FileSummary {
  source: string;
  /** The file name without folders, lower-cased, for duplicate-name checks. */
  fileName: string;
  selfHelpType: SelfHelpType | null;
  service?: string;
  articleId?: { value: string; position: Position };
  displayOrder?: { value: number; position: Position };
  /** The clouds the article is published in, lower-cased; empty when the attribute is empty or missing. */
  clouds: string[];
  /** Article ids this article points at (common solutions, diagnose-and-solve problems, …). */
  references: Array<{ id: string; position: Position }>;
}

export interface LibraryContext<M extends string> {
  readonly options: unknown;
  report(source: string, report: Report<M>): void;
}

export interface LibraryRule<M extends string = string, Id extends RuleId = RuleId> {
  meta: RuleMeta<M, Id>;
  check(files: readonly FileSummary[], context: LibraryContext<M>): void;
}

export const defineLibraryRule = <M extends string, const Id extends RuleId>(rule: LibraryRule<M, Id>): LibraryRule<M, Id> => rule;
