/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /**
     * Set by a page that shows citations as small numbered links (booklets, the help card): the
     * instruments of its source list, in order, so each <Cite> knows its number.
     */
    compactSources?: string[];
  }
}
