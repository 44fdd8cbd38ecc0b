/**
 * The MDX components authors may use in content/, listed once, with what the build needs to
 * know about each. Everything else derives from this table: the components map
 * (src/components/authoring/index.ts, type-checked against these names), the figures the section
 * model counts, the components whose text the glossary may link, the text the plain-language
 * checks read, and the build check that refuses a component not listed here.
 * Framework-free (no .astro imports), so the content pipeline and tests can read it.
 */
export interface AuthorComponent {
  /** Draws a figure: one figure of its section on slides, handouts and in the parity check. */
  figure: boolean;
  /** Its children are running prose: the glossary may link a term's first use inside it. */
  linksTerms: boolean;
  /** Its output is the author's running text (the plain-language checks read it). */
  isText: boolean;
  /** For a figure: the attribute that lists its boxes, and any attribute that adds one more box. */
  items?: { list: string; extra?: string };
}

/** A figure draws 2 to 6 boxes: fewer is not a figure, more do not fit a slide or a phone. */
export const FIGURE_ITEMS = { min: 2, max: 6 } as const;

const prose = { figure: false, linksTerms: false, isText: true } as const;
const notText = { figure: false, linksTerms: false, isText: false } as const;
const figure = (list: string, extra?: string) => ({ figure: true, linksTerms: false, isText: true, items: { list, extra } }) as const;

export const AUTHOR_COMPONENTS = {
  /** A section's key points: its slide text, so the glossary does not link inside it. */
  KeyPoints: prose,
  /** Facilitator notes, with their minutes; not on the reading page. */
  Notes: notText,
  /** A question for the room, inside <Notes>. */
  Ask: notText,
  /** A citation marker. */
  Cite: notText,
  /** Verbatim words of a legal text, from the citation registry. */
  LegalQuote: prose,
  /** A box of prose (note, warning, tip, case study): the only component the glossary links into. */
  Callout: { figure: false, linksTerms: true, isText: true },
  FlowFigure: figure('steps'),
  /** The `result`, when given, ends the row as one more box. */
  ElementsFigure: figure('items', 'result'),
  SpectrumFigure: figure('stages'),
  /** The module's quiz (content/quizzes/<slug>.yaml). */
  Quiz: notText,
  /** Help contact cards (content/contacts.yaml). */
  HelpContacts: notText,
  /** The job-offer warning signs (content/self-check.yaml). */
  WarningSigns: notText,
} as const satisfies Record<string, AuthorComponent>;

export type AuthorComponentName = keyof typeof AUTHOR_COMPONENTS;
export const AUTHOR_COMPONENT_NAMES = Object.keys(AUTHOR_COMPONENTS) as AuthorComponentName[];

const where = (test: (c: AuthorComponent) => boolean) => AUTHOR_COMPONENT_NAMES.filter((name) => test(AUTHOR_COMPONENTS[name]));

type FigureName = { [K in AuthorComponentName]: (typeof AUTHOR_COMPONENTS)[K]['figure'] extends true ? K : never }[AuthorComponentName];
/** The components that draw a figure. */
export const FIGURE_COMPONENTS = where((c) => c.figure) as FigureName[];
/** The components the glossary links terms inside. */
export const TERM_LINKED_COMPONENTS: ReadonlySet<string> = new Set(where((c) => c.linksTerms));
/** The components whose output is not the author's running text. */
export const NON_TEXT_COMPONENTS: ReadonlySet<string> = new Set(where((c) => !c.isText));

/** Whether `name` is a component authors may use (lower-case names are HTML elements, not components). */
export const isAuthorComponent = (name: string): name is AuthorComponentName => Object.hasOwn(AUTHOR_COMPONENTS, name);
