/**
 * The curated cross-document theme taxonomy. Keywords are matched against word starts
 * (lower-cased), so `reiseliv` also matches `reiselivsnæringen`.
 */
export interface ThemeDefinition {
  /** Stable id used in URLs. @example 'reiseliv' */
  id: string;
  /** Norwegian label. */
  label: string;
  /** One-line description for the theme page. */
  description: string;
  /** Word starts that signal the theme. */
  keywords: string[];
}

export const themes = [
  { id: 'samferdsel', label: 'Samferdsel', description: 'Veg, jernbane, kollektivtrafikk og transport.', keywords: ['samferdsel', 'e6', 'intercity', 'jernbane', 'kollektiv', 'transport', 'veg', 'vei', 'logistikk', 'pendl', 'dobbeltspor', 'interntransport'] },
  { id: 'fou-og-innovasjon', label: 'FoU og innovasjon', description: 'Forskning, utvikling, innovasjon og samarbeid med kunnskapsmiljøer.', keywords: ['fou', 'forskning', 'innovasjon', 'høgskol', 'høyskol', 'universitet', 'kunnskapspark', 'kompetanse', 'klynge', 'næringsklynge', 'inkubator', 'sintef'] },
  { id: 'grunder-og-vekst', label: 'Gründer og vekst', description: 'Etablererservice, kapital og vekst i bedrifter.', keywords: ['gründer', 'grunder', 'etabler', 'vekstservice', 'kapitalfond', 'risikokapital', 'nyetabler', 'akkvisisjon', 'knoppskyt', 'entreprenør'] },
  { id: 'naeringsareal', label: 'Næringsareal', description: 'Arealer og lokaler for næringslivet.', keywords: ['næringsareal', 'næringsarealer', 'næringslokal', 'næringseiendom', 'arealplan', 'arealbruk', 'areal', 'tomt'] },
  { id: 'profilering-og-bosetting', label: 'Profilering og bosetting', description: 'Omdømme, tilflytting og rekruttering.', keywords: ['profiler', 'tilflytt', 'bosetting', 'omdømme', 'markedsfør', 'rekrutter', 'tilbakeflytt', 'studentmass', 'befolkningsvekst', 'attraktiv'] },
  { id: 'kultur-og-kreative-naeringer', label: 'Kultur- og kreative næringer', description: 'Film, TV, interaktive medier, kultur og arrangementer.', keywords: ['film', 'tv', 'kultur', 'kreativ', 'interaktive', 'dramaproduksjon', 'museum', 'spill'] },
  { id: 'reiseliv', label: 'Reiseliv', description: 'Reiseliv, opplevelser, destinasjoner og fritidsboliger.', keywords: ['reiseliv', 'turis', 'destinasjon', 'opplevelse', 'fritidsbolig', 'hytte', 'reisemål', 'rundreise', 'overnatting'] },
  { id: 'idrett', label: 'Idrett', description: 'Idrettsbasert næringsliv og arrangementer.', keywords: ['idrett', 'olympi', 'sportsutstyr', 'arrangement', 'ski'] },
  { id: 'ikt', label: 'IKT', description: 'Informasjons- og kommunikasjonsteknologi, digitalisering og bredbånd.', keywords: ['ikt', 'digital', 'cyber', 'bredbånd', 'teknologi', 'data', 'velferdsteknologi'] },
  { id: 'industri-og-foredling', label: 'Industri og foredling', description: 'Industri, foredling og produksjon.', keywords: ['industri', 'foredl', 'videreforedl', 'produksjon', 'vareproduks', 'råvare', 'leverandør'] },
  { id: 'mat-og-biookonomi', label: 'Mat og bioøkonomi', description: 'Landbruk, mat, skog og tre.', keywords: ['mat', 'bioøkonomi', 'landbruk', 'skog', 'tre', 'trebruk', 'trestrategi', 'lokalmat'] },
  { id: 'varehandel', label: 'Varehandel', description: 'Handel, sentrumsutvikling og netthandel.', keywords: ['varehandel', 'handel', 'handelstilbud', 'sentrum', 'butikk', 'netthandel', 'kjøpesenter'] },
  { id: 'energi', label: 'Energi', description: 'Energi, kraft og klima.', keywords: ['energi', 'kraft', 'fornybar', 'klima', 'hydrogen', 'solenergi'] },
  { id: 'helse-og-beredskap', label: 'Helse og beredskap', description: 'Helse, omsorg, forsvar og beredskap.', keywords: ['helse', 'beredskap', 'forsvar', 'sykehus', 'omsorg'] },
  { id: 'regionalt-samarbeid', label: 'Regionalt samarbeid', description: 'Samarbeid mellom kommuner, organisering og næringspolitikk.', keywords: ['regionråd', 'regionalt samarbeid', 'samarbeid', 'interkommunal', 'organisering', 'næringspolitikk', 'samordn', 'samhandling', 'regionkoordinator'] },
] as const satisfies readonly ThemeDefinition[];

export type ThemeId = (typeof themes)[number]['id'];
export const themeIds = themes.map((t) => t.id) as [ThemeId, ...ThemeId[]];
export const themeById = new Map<string, ThemeDefinition>(themes.map((t) => [t.id, t]));
