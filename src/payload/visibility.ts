/**
 * Visibility expressions of problem-scoping questions, e.g. `vm_os == Windows && (disk != null || x == y)`:
 * comparisons `id == value` / `id != value` joined by `&&` (binds tighter) and `||`, with parentheses.
 * Values are bare text up to the next `&&`, `||` or closing parenthesis and may hold spaces and balanced
 * parentheses (`Unable to reach SDDC from Internet (DNAT)` is a real option value); `null` means
 * "not answered". The whole expression may also be `true`, `false` or `null` (always shown / hidden / shown).
 * Linear: one pass to tokenize, one recursive-descent pass whose depth is capped.
 */

export interface Comparison {
  type: 'compare';
  id: string;
  operator: '==' | '!=';
  value: string;
  /** Offsets in the expression: [start, end) of the question id and of the value. */
  idRange: [number, number];
  valueRange: [number, number];
}

export type VisibilityNode =
  | { type: 'constant'; value: boolean }
  | Comparison
  | { type: 'and'; operands: VisibilityNode[] }
  | { type: 'or'; operands: VisibilityNode[] };

export type VisibilityParse =
  | { ok: true; expression: VisibilityNode; comparisons: Comparison[] }
  | { ok: false; error: { message: string; range: [number, number] } };

/** Answers by question id: a choice, several choices (multi-select), or nothing yet. */
export type Answers = Readonly<Record<string, string | readonly string[] | null | undefined>>;

type Token =
  | { kind: '&&' | '||' | '(' | ')'; start: number; end: number }
  | { kind: 'compare'; node: Comparison; start: number; end: number };

const MAX_DEPTH = 50;

export function parseVisibility(expression: string): VisibilityParse {
  const trimmed = expression.trim().toLowerCase();
  if (trimmed === 'true' || trimmed === 'null' || trimmed === '') return { ok: true, expression: { type: 'constant', value: true }, comparisons: [] };
  if (trimmed === 'false') return { ok: true, expression: { type: 'constant', value: false }, comparisons: [] };
  const tokens = tokenize(expression);
  if ('message' in tokens) return { ok: false, error: tokens };
  const comparisons = tokens.flatMap((token) => (token.kind === 'compare' ? [token.node] : []));
  let index = 0;
  const fail = (message: string, token = tokens[index]): Failure => ({
    ok: false,
    error: { message, range: token ? [token.start, token.end] : [expression.length, expression.length] },
  });
  // Chains are n-ary nodes, so recursion only goes as deep as the parentheses (capped at MAX_DEPTH).
  const parseChain = (kind: 'and' | 'or', depth: number): VisibilityNode | Failure => {
    const operands: VisibilityNode[] = [];
    for (;;) {
      const operand = kind === 'or' ? parseChain('and', depth) : parsePrimary(depth);
      if (isFailure(operand)) return operand;
      operands.push(operand);
      if (tokens[index]?.kind !== (kind === 'or' ? '||' : '&&')) break;
      index += 1;
    }
    if (operands.length === 1) return operands[0]!;
    return kind === 'and' ? { type: 'and', operands } : { type: 'or', operands };
  };
  const parseOr = (depth: number) => parseChain('or', depth);
  const parsePrimary = (depth: number): VisibilityNode | Failure => {
    const token = tokens[index];
    if (!token) return fail('The expression ends too early; add a comparison such as `question_id == value`');
    if (token.kind === 'compare') {
      index += 1;
      return token.node;
    }
    if (token.kind !== '(') return fail(`Unexpected \`${token.kind}\`; expected a comparison such as \`question_id == value\``);
    if (depth >= MAX_DEPTH) return fail(`Parentheses nest more than ${MAX_DEPTH} levels deep; simplify the expression`);
    index += 1;
    const inner = parseOr(depth + 1);
    if (isFailure(inner)) return inner;
    if (tokens[index]?.kind !== ')') return fail('Missing `)`; close the parenthesis', tokens[index] ?? token);
    index += 1;
    return inner;
  };
  const result = parseOr(0);
  if (isFailure(result)) return result;
  if (index < tokens.length) return fail(`Unexpected \`${expression.slice(tokens[index]!.start, tokens[index]!.end)}\`; join comparisons with \`&&\` or \`||\``);
  return { ok: true, expression: result, comparisons };
}

type Failure = Extract<VisibilityParse, { ok: false }>;
const isFailure = (value: VisibilityNode | Failure): value is Failure => 'ok' in value;

const isSpace = (char: string | undefined) => char === ' ' || char === '\t' || char === '\n' || char === '\r';
const isOperatorChar = (char: string | undefined) => char === '=' || char === '!' || char === '<' || char === '>';

function tokenize(text: string): Token[] | { message: string; range: [number, number] } {
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
    if (isSpace(char)) index += 1;
    else if (char === '(' || char === ')') tokens.push({ kind: char, start: index, end: (index += 1) });
    else if (text.startsWith('&&', index) || text.startsWith('||', index)) tokens.push({ kind: text.slice(index, index + 2) as '&&' | '||', start: index, end: (index += 2) });
    else {
      const comparison = readComparison(text, index);
      if ('message' in comparison) return comparison;
      tokens.push({ kind: 'compare', node: comparison.node, start: index, end: comparison.end });
      index = comparison.end;
    }
  }
  return tokens;
}

/** `id op value`, where the value runs to `&&`, `||`, an unbalanced `)` or the end. */
function readComparison(text: string, start: number): { node: Comparison; end: number } | { message: string; range: [number, number] } {
  let index = start;
  while (index < text.length && !isSpace(text[index]) && !isOperatorChar(text[index]) && !'()&|'.includes(text[index]!)) index += 1;
  const idEnd = index;
  if (idEnd === start) return { message: `Unexpected \`${text[start]}\`; start the comparison with a question id`, range: [start, start + 1] };
  while (isSpace(text[index])) index += 1;
  const operatorStart = index;
  while (isOperatorChar(text[index])) index += 1;
  const operator = text.slice(operatorStart, index);
  if (operator !== '==' && operator !== '!=') {
    const found = operator === '' ? 'nothing' : `\`${operator}\``;
    return { message: `Expected \`==\` or \`!=\` after \`${text.slice(start, idEnd)}\`, found ${found}`, range: [operatorStart, Math.max(index, operatorStart + 1)] };
  }
  while (isSpace(text[index])) index += 1;
  const valueStart = index;
  const quote = text[index] === '"' || text[index] === "'" ? text[index] : undefined;
  let valueEnd: number;
  let end: number;
  if (quote) {
    const close = text.indexOf(quote, index + 1);
    if (close === -1) return { message: `The quoted value is never closed; add the closing \`${quote}\``, range: [index, index + 1] };
    valueEnd = close + 1;
    end = valueEnd;
  } else {
    let depth = 0;
    end = index;
    while (end < text.length && !text.startsWith('&&', end) && !text.startsWith('||', end)) {
      if (text[end] === '(') depth += 1;
      else if (text[end] === ')') {
        if (depth === 0) break;
        depth -= 1;
      }
      end += 1;
    }
    valueEnd = end;
    while (valueEnd > valueStart && isSpace(text[valueEnd - 1])) valueEnd -= 1;
  }
  if (valueEnd === valueStart) return { message: `Missing value after \`${operator}\`; compare with an option value or \`null\``, range: [operatorStart, operatorStart + 2] };
  const written = text.slice(valueStart, valueEnd);
  const value = quote ? written.slice(1, -1) : written;
  const node: Comparison = { type: 'compare', id: text.slice(start, idEnd), operator, value, idRange: [start, idEnd], valueRange: [valueStart, valueEnd] };
  return { node, end };
}

/** The question ids an expression reads, in order of appearance, each once. */
export const referencedIds = (parsed: Extract<VisibilityParse, { ok: true }>): string[] => [...new Set(parsed.comparisons.map((node) => node.id))];

/**
 * Is the question shown for these answers? A missing or unparsable expression shows it (as the portal
 * does not hide a question it cannot evaluate); `x == null` holds when `x` has no answer; a multi-select
 * answer equals a value when it includes it.
 */
export function evaluateVisibility(expression: string | boolean | null | undefined, answers: Answers): boolean {
  if (expression === undefined || expression === null || expression === true) return true;
  if (expression === false) return false;
  const parsed = parseVisibility(expression);
  if (!parsed.ok) return true;
  return evaluate(parsed.expression, answers);
}

function evaluate(node: VisibilityNode, answers: Answers): boolean {
  if (node.type === 'constant') return node.value;
  if (node.type === 'and' || node.type === 'or') {
    const test = (operand: VisibilityNode) => evaluate(operand, answers);
    return node.type === 'and' ? node.operands.every(test) : node.operands.some(test);
  }
  const answer = answers[node.id];
  const unanswered = answer === undefined || answer === null || answer === '' || (Array.isArray(answer) && answer.length === 0);
  const equal = node.value === 'null' ? unanswered : typeof answer === 'string' ? answer === node.value : Array.isArray(answer) ? answer.includes(node.value) : false;
  return node.operator === '==' ? equal : !equal;
}
