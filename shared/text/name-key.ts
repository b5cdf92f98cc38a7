// Indonesian name key for duplicate finding: old spellings, name forms, titles and degrees folded to one key.

/** Honorifics and religious or academic titles written before a name: stripped while they lead it. */
const LEADING_TITLES = new Set([
  'h',
  'hj',
  'haji',
  'hajah',
  'hajjah',
  'dr',
  'drs',
  'dra',
  'ir',
  'prof',
  'bpk',
  'bapak',
  'pak',
  'ibu',
  'bu',
  'ny',
  'nyonya',
  'tn',
  'tuan',
  'nn',
  'nona',
  'sdr',
  'sdri',
  'saudara',
  'saudari',
  'alm',
  'almh',
  'almarhum',
  'almarhumah',
  'kh',
  'ust',
  'ustadz',
  'ustaz',
  'ustadzah',
  'ustazah',
  'kyai',
  'kiai',
  'mbah',
]);

/** Academic degrees written after a name ("S.Pd.", "A.Md."), compared without dots: stripped after the first word when written with inner dots or after a comma. */
const DEGREES = new Set([
  'spd',
  'spdi',
  'sag',
  'se',
  'sh',
  'shi',
  'skom',
  'ssos',
  'sip',
  'skep',
  'skm',
  'ssi',
  'sthi',
  'sfarm',
  'sked',
  'spt',
  'stp',
  'sp',
  'ssn',
  'sds',
  'sst',
  'sikom',
  'amd',
  'amdkeb',
  'amdkep',
  'mpd',
  'msi',
  'mm',
  'mh',
  'mkes',
  'mag',
  'mt',
  'mkom',
  'ma',
  'msc',
  'phd',
  'bsc',
  'ba',
  'spog',
  'spa',
  'sppd',
  'st',
  'alm',
  'almh',
]);

/** Spellings of Muhammad after the spelling rules below ("Mochammad" → "mohamad", "Moh." → "moh"). */
const MUHAMMAD = new Set([
  'muhamad',
  'mohamad',
  'muhamed',
  'mohamed',
  'mhd',
  'moh',
  'muh',
  'mohd',
  'md',
  'm',
  'mamad',
]);

/**
 * Short forms of common name parts: "St." is Siti ("S.T.", with an inner dot, is a degree and never reaches this
 * table); "Abd." is Abdul.
 */
const NAME_FORMS: Readonly<Record<string, string>> = { st: 'siti', siti: 'siti', abd: 'abdul' };

/** A raw word as written: lower case, accents folded, apostrophes dropped (dots and commas kept for now). */
const fold = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['‘’ʼ`´]/gu, '');

/**
 * The pre-1972 spellings and writing habits of one word, to one key: oe→u, dj→j, tj→c, sj→sy, nj→ny,
 * ch→kh (and the modern ty and dy read as the old tj and dj they are written as: "Setyowati" / "Setjowati",
 * "Widya" / "Widja"); then, since an old j is the modern y and writers differ on kh/h, th/t and dh/d, the key writes j as y
 * and kh, th, dh as h, t, d ("Tjahjo" → "cahyo", "Djoko" and "Joko" → "yoko", "Hidajat" → "hidayat",
 * "Rachmat" and "Rahmat" → "rahmat"); doubled letters collapse ("Muhammad" → "muhamad", "Anna" → "ana").
 * A key, not a spelling to show: "Jati" and "Yati" share it, and the matchers weigh birth date and sex too.
 */
export function respell(word: string): string {
  return word
    .replace(/ty/g, 'tj')
    .replace(/dy/g, 'dj')
    .replace(/oe/g, 'u')
    .replace(/dj/g, 'j')
    .replace(/tj/g, 'c')
    .replace(/sj/g, 'sy')
    .replace(/nj/g, 'ny')
    .replace(/ch/g, 'kh')
    .replace(/j/g, 'y')
    .replace(/kh/g, 'h')
    .replace(/th/g, 't')
    .replace(/dh/g, 'd')
    .replace(/(.)\1+/g, '$1');
}

/**
 * Words of a raw name: a degree written with inner dots ("S.Pd.") or after a comma (", SPd") becomes one
 * marked word (".spd"); any other dot separates ("M.Yusuf" → "m", "yusuf").
 */
function words(raw: string): string[] {
  const out: string[] = [];
  let afterComma = false;
  for (const chunk of fold(raw).split(/(,)|[\s;/()]+/u)) {
    if (chunk === ',') afterComma = true;
    const bare = (chunk ?? '').replace(/\./g, '');
    if (bare === '' || chunk === undefined) continue;
    if (DEGREES.has(bare) && (afterComma || /\p{L}\.\p{L}/u.test(chunk))) {
      out.push(`.${bare}`); // marked: a degree written with its dots
      continue;
    }
    for (const part of chunk.split(/[^\p{L}\p{N}]+/u)) if (part !== '') out.push(part);
  }
  return out;
}

/**
 * The key two spellings of one person's name share: "Hj. Siti Aminah, S.Pd." and "St. Aminah" → "siti
 * aminah"; "Moh. Tjahjo" and "Muhammad Cahyo" → "muhamad cahyo"; "Soekarno" and "Sukarno" → "sukarno".
 * Leading honorifics and titles are dropped, degrees after the first word are dropped, every word is
 * respelled, and Muhammad's and Siti's short forms become one form. A name made only of titles keeps them.
 */
export function nameKey(raw: string): string {
  const ws = words(raw);
  let start = 0;
  while (start < ws.length - 1 && LEADING_TITLES.has((ws[start] ?? '').replace(/^\./, ''))) start += 1;
  const kept = ws.filter((w, i) => {
    if (i < start) return false;
    if (i === start) return true;
    return !w.startsWith('.');
  });
  return kept
    .map((w) => {
      const r = respell(w.replace(/^\./, ''));
      if (MUHAMMAD.has(r)) return 'muhamad';
      return NAME_FORMS[r] ?? r;
    })
    .join(' ');
}
