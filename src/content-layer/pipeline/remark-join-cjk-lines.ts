import type { Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { joinCjkLines } from '../../lib/cjk';

/**
 * Authors write one Chinese sentence per line; Markdown turns each line break into a space, which
 * Chinese text must not have ("长见识。 走之前"). This removes a line break between two CJK
 * characters or punctuation marks (src/lib/cjk.ts). Written here because it is a few lines; the
 * one library that does it is barely used.
 */
export function remarkJoinCjkLines() {
  return (tree: Root) => {
    visit(tree, 'text', (node: Text) => {
      node.value = joinCjkLines(node.value);
    });
  };
}
