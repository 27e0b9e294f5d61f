import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** One frozen processor: building it per file would cost more than some small articles take to parse. */
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();

/** Parse markdown whose non-markdown regions are already blanked, so positions are file positions. */
export const parseMarkdown = (markdown: string): Root => processor.parse(markdown);
