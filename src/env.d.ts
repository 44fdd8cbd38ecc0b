/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /**
     * Set by a page that shows citations as small numbered links (booklets, the help card): the
     * instruments of its source list, in order, so each <Cite> knows its number.
     */
    compactSources?: string[];
    /** The view a page renders content for; MDX components adapt (the reading view drops facilitator notes). */
    view?: 'reading' | 'slides' | 'presenter' | 'handout' | 'plan';
  }
}
