/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /**
     * Set by a page that shows citations as small numbered links (booklets, the help card): the
     * instruments of its source list, in order, so each <Cite> knows its number.
     */
    compactSources?: string[];
    /**
     * Set by every route that renders a module's content: which view it is and of which module.
     * MDX components read it through moduleView() (src/content-layer/model/view.ts).
     */
    view?: import('./content-layer/model/view').ModuleView;
  }
}
