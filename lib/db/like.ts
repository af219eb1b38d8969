/** A search term as a LIKE pattern (with ESCAPE '\') that matches it literally anywhere: % and _ are characters, not wildcards. */
export const containsPattern = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
