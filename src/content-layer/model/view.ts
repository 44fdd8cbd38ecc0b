/**
 * Which view of a module a page renders, set by the route (`Astro.locals.view = { … }`) and read by
 * the MDX components that adapt to it: the reading view leaves facilitator notes out, the slides
 * draw figures in their wide layout only, the quiz finds its module. Read through `moduleView`,
 * which fails loudly when a route forgot to set it rather than guessing a view.
 */
export type ModuleViewName = 'reading' | 'slides' | 'presenter' | 'handout' | 'plan';

export interface ModuleView {
  name: ModuleViewName;
  /** The module's slug (content/modules/<lang>/<slug>.mdx). */
  module: string;
}

export function moduleView(locals: { view?: ModuleView }, component: string): ModuleView {
  if (!locals.view)
    throw new Error(`<${component}> renders module content, but this page did not set Astro.locals.view (see src/content-layer/model/view.ts)`);
  return locals.view;
}
