import { ContentError, parseContent } from '../../lib/content-error';
import { ContentModelSchema, partId, type ContentModel, type SectionPartKind } from '../schemas/sections';

/**
 * The section model of one file from what the MDX pipeline left in its frontmatter (`structure`
 * from remark-content-structure and rehype-sections, `glossaryTerms` from rehype-glossary-terms),
 * checked against the schema: a record that does not match stops the build, naming the file.
 * Pages call it through contentModel() (content.ts), which hands it an entry's frontmatter.
 */
export function parseContentModel(frontmatter: Record<string, unknown>, file: string): ContentModel {
  const { structure, glossaryTerms = [] } = frontmatter as { structure?: object; glossaryTerms?: unknown };
  return parseContent(ContentModelSchema, { ...structure, glossaryTerms }, `${file} (section model)`);
}

/**
 * The id of a section's part, for `<Content only={…} />`, when the section model says the part
 * exists. A view that needs a part the section lacks stops the build, naming the file and the
 * section: a slide without its key points is a content error, never an empty box.
 */
export function partFor(model: ContentModel, file: string, section: number, kind: SectionPartKind, position = 0): string {
  const s = model.sections[section];
  if (!s) throw new ContentError(file, [`a view asks for section ${section + 1}, but the file has ${model.sections.length}`]);
  const present = {
    heading: true,
    // All runs of reading text share one id; a section may have none, which renders nothing.
    prose: true,
    keyPoints: s.hasKeyPoints,
    notes: s.hasNotes,
    figure: position < s.figures,
    case: position < s.cases,
  }[kind];
  if (!present) {
    const what = { keyPoints: '<KeyPoints>', notes: '<Notes minutes={n}>', figure: `figure ${position + 1}`, case: `case study ${position + 1}` }[kind as 'keyPoints'];
    throw new ContentError(file, [`section ${section + 1} ("${s.heading}"): the seminar views need ${what}, which the section does not have`]);
  }
  return partId(section, kind, position);
}
