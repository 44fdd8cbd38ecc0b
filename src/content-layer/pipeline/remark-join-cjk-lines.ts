import type { Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';

const CJK = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f';
const BREAK_BETWEEN_CJK = new RegExp(`([${CJK}])[ \\t]*\\n[ \\t]*(?=[${CJK}])`, 'g');

/**
 * Authors write one Chinese sentence per line; Markdown turns each line break into a space, which
 * Chinese text must not have ("长见识。 走之前"). This removes a line break between two CJK
 * characters or punctuation marks. Written here because it is a few lines; the one library that
 * does it is barely used.
 */
export function remarkJoinCjkLines() {
  return (tree: Root) => {
    visit(tree, 'text', (node: Text) => {
      node.value = node.value.replace(BREAK_BETWEEN_CJK, '$1');
    });
  };
}
