/**
 * «Finn en aktør» on the actor register: the first time the reader types, the register's index
 * (`/aktorer/indeks.json`) is fetched; matches on name, acronym or another spelling replace the paged
 * table (the first `SHOWN`, with a count in a status region), and the query is kept in the URL (?q=…).
 * Without JavaScript the field stays disabled and the static pages are the register.
 */
const SHOWN = 50;
type Row = [name: string, acronym: string, url: string, kind: 'organisation' | 'role' | 'group', leads: number, joins: number, search: string];
const kindLabel = { organisation: 'Organisasjon', role: 'Rolle eller funksjon', group: 'Gruppe' };
const nf = new Intl.NumberFormat('nb-NO');

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** One matching actor as a table row. */
function rowHtml([name, acronym, url, kind, leads, joins]: Row): string {
  const label = url ? `<a href="${escape(url)}">${escape(name)}</a>` : escape(name);
  return `<tr><th scope="row">${label}${acronym ? ` <span class="meta">(${escape(acronym)})</span>` : ''}</th><td>${kindLabel[kind]}</td><td class="num">${nf.format(leads)}</td><td class="num">${nf.format(joins)}</td></tr>`;
}

/** The matches as a table, or a sentence when there are none. */
function resultHtml(hits: Row[], query: string): string {
  if (!hits.length) return `<p>Ingen aktør heter noe med «${escape(query)}».</p>`;
  const head = '<thead><tr><th scope="col">Aktør</th><th scope="col">Art</th><th scope="col" class="num">Hovedansvar</th><th scope="col" class="num">Partner</th></tr></thead>';
  return `<table class="actors"><caption>Aktører som passer «${escape(query)}»</caption>${head}<tbody>${hits.slice(0, SHOWN).map(rowHtml).join('')}</tbody></table>`;
}

export function initActorFilter(): void {
  const form = document.getElementById('aktorfilter') as HTMLFormElement | null;
  if (!form) return;
  const input = form.querySelector('input')!;
  const status = document.getElementById('aktorantall')!;
  const list = document.getElementById('aktorliste')!;
  const hits = document.getElementById('aktortreff')!;
  const initialStatus = status.textContent;
  let rows: Promise<Row[]> | undefined;
  const load = () => (rows ??= fetch(form.dataset.index!).then((r) => r.json() as Promise<Row[]>));
  const run = async () => {
    const q = input.value.trim().toLocaleLowerCase('nb');
    history.replaceState(null, '', q ? `?q=${encodeURIComponent(q)}` : location.pathname);
    if (!q) {
      [list.hidden, hits.hidden, status.textContent] = [false, true, initialStatus];
      return;
    }
    const found = (await load()).filter((r) => r[6].includes(q));
    if (input.value.trim().toLocaleLowerCase('nb') !== q) return; // a later keystroke won
    hits.innerHTML = resultHtml(found, input.value.trim());
    [list.hidden, hits.hidden] = [true, false];
    status.textContent = found.length > SHOWN ? `Viser ${SHOWN} av ${nf.format(found.length)} aktører som passer` : `${nf.format(found.length)} av ${nf.format(Number(form.dataset.total))} aktører passer`;
  };
  input.disabled = false;
  input.addEventListener('input', () => void run());
  const q = new URLSearchParams(location.search).get('q');
  if (q) {
    input.value = q;
    void run();
  }
}
