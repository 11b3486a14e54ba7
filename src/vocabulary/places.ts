/**
 * Words around place names: how documents name a region (`…regionen`, `Regionrådet for …`,
 * `… regionråd`, nynorsk `Regionrådet i …`, `… interkommunale politiske råd`), and municipal names
 * that are also common words. Bokmål and nynorsk in the same lists. Collected from the seeds, the
 * development corpus and the names of Norway's regional councils.
 */

/**
 * Patterns (regular-expression sources, used with the `u` flag) that name a region; the group
 * `name` holds the place. A match the region register does not know is reported to the editor.
 */
export const regionNameCues = [
  // `Vågsregionen`, `Kristiansandsregionen`, `Trondheim-regionen`
  String.raw`(?<![\p{L}-])(?<name>\p{Lu}[\p{L}-]*?)-?regionen(?![\p{L}])`,
  // `Regionrådet for Nord-Troms`, `Regionrådet i Midt-Gudbrandsdalen`
  String.raw`(?<![\p{L}])Regionrådet (?:for|i) (?<name>\p{Lu}[\p{L}]*(?:-\s?\p{Lu}[\p{L}]*)?)`,
  // `Lofoten regionråd`, `Vesterålen regionråd`
  String.raw`(?<![\p{L}-])(?<name>\p{Lu}[\p{L}]*(?:-\p{Lu}[\p{L}]*)?) regionråd(?![\p{L}])`,
  // `Sunnhordland interkommunale politiske råd`
  String.raw`(?<![\p{L}-])(?<name>\p{Lu}[\p{L}]*(?:-\p{Lu}[\p{L}]*)?) interkommunale politiske råd`,
];

/**
 * Municipal names that are also common words, so at the start of a sentence they are the word, not
 * the place (`Time for …`, `Marker …`, `Strand …`). Lower case.
 */
export const commonWordPlaceNames = [
  'time', 'marker', 'strand', 'fjord', 'heim', 'lund', 'stad', 'gran', 'vik', 'nes', 'sel', 'lom', 'os', 'hole', 'vang', 'moss', 'sola',
  'sande', 'kinn', 'lier', 'grue', 'alver', 'vega', 'leka', 'sula', 'aure', 'bø', 'hol', 'ål', 'ås', 'hå', 're', 'eid', 'berg', 'sund', 'fjell', 'hof',
  'bokn', 'grane', 'rana', 'frosta', 'tinn', 'nome', 'vinje', 'rauma', 'fedje', 'gol', 'modum', 'sirdal',
];
