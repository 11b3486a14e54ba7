/**
 * Words that follow a suspended hyphen (`sommer- og høstprodukter`, `nærings- eller kulturtiltak`):
 * a line ending in `sommer-` followed by one of these keeps the hyphen and the space instead of being
 * joined as a word broken over two lines. Conjunctions of bokmål and nynorsk (same spelling in both);
 * from Språkrådet's rules for bindestrek ved sammentrekning.
 */
export const SUSPENDED_HYPHEN_FOLLOWERS: readonly string[] = ['og', 'eller', 'samt', 'til', 'enn', 'som', 'and', 'or'];
