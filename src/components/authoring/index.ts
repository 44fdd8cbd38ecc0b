/**
 * The components authors use in content/ without importing them. Pages pass this map to
 * <Content components={…} />. The names and what the build knows of each are listed once, in
 * src/lib/author-components.ts; this map must have exactly those names (astro check fails on a
 * missing or an extra one). Adding a component for authors: the component here, its line there,
 * and content/AUTHORING.md.
 */
import type { AuthorComponentName } from '../../lib/author-components';
import KeyPoints from './KeyPoints.astro';
import Notes from './Notes.astro';
import Ask from './Ask.astro';
import Cite from './Cite.astro';
import LegalQuote from './LegalQuote.astro';
import Callout from './Callout.astro';
import FlowFigure from './figures/FlowFigure.astro';
import ElementsFigure from './figures/ElementsFigure.astro';
import SpectrumFigure from './figures/SpectrumFigure.astro';
import Quiz from './Quiz.astro';
import HelpContacts from './HelpContacts.astro';
import WarningSigns from './WarningSigns.astro';
import ContentSection from './structure/ContentSection.astro';
import SectionPart from './structure/SectionPart.astro';

/**
 * Not for authors: the wrappers the content pipeline puts around each section and each of its
 * parts (src/content-layer/pipeline/rehype-sections.ts). Every components map must carry them.
 */
export const structureComponents = { ContentSection, SectionPart };

const authorComponents = {
  KeyPoints,
  Notes,
  Ask,
  Cite,
  LegalQuote,
  Callout,
  FlowFigure,
  ElementsFigure,
  SpectrumFigure,
  Quiz,
  HelpContacts,
  WarningSigns,
} satisfies Record<AuthorComponentName, unknown>;

export const mdxComponents = { ...authorComponents, ...structureComponents };
