/**
 * The components authors use in content/ without importing them. Pages pass this map to
 * <Content components={…} />; adding a component for authors means adding it here and to
 * content/AUTHORING.md.
 */
import KeyPoints from './reading/KeyPoints.astro';
import Notes from './reading/Notes.astro';
import Ask from './reading/Ask.astro';
import Cite from './reading/Cite.astro';
import LegalQuote from './reading/LegalQuote.astro';
import Callout from './reading/Callout.astro';
import FlowFigure from './figures/FlowFigure.astro';
import ElementsFigure from './figures/ElementsFigure.astro';
import SpectrumFigure from './figures/SpectrumFigure.astro';
import Quiz from './quiz/Quiz.astro';
import HelpContacts from './booklet/HelpContacts.astro';
import WarningSigns from './booklet/WarningSigns.astro';

export const mdxComponents = {
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
};
