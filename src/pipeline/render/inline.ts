import type { Inline } from '../../schemas/chapter-body.ts';

const URL_RE = /(https?:\/\/[^\s<>"«»]+|www\.[^\s<>"«»]+\.[a-z]{2,}[^\s<>"«»]*)/giu;
const FN_RE = /\[\^([0-9a-z]{1,3})\]/g;

/**
 * Unwraps Outlook safelinks and similar tracking wrappers to the address they point at.
 * @example unwrapTrackingLink('https://eur04.safelinks.protection.outlook.com/?url=https%3A%2F%2Fa.no%2F&data=x') // 'https://a.no/'
 */
export function unwrapTrackingLink(href: string): string {
  try {
    const u = new URL(href);
    if (/safelinks\.protection\.outlook\.com$/i.test(u.hostname) || /^(l|lm)\.facebook\.com$/.test(u.hostname)) {
      const target = u.searchParams.get('url') ?? u.searchParams.get('u');
      if (target) return target;
    }
  } catch {
    /* not a URL: keep as written */
  }
  return href;
}

/**
 * Splits text into plain runs, links (tracking wrappers unwrapped) and footnote markers `[^n]`.
 * @example splitInline('Se www.lillehammer.no.') // [text 'Se ', link 'www.lillehammer.no', text '.']
 */
export function splitInline(text: string): Inline[] {
  const out: Inline[] = [];
  const pushText = (s: string) => {
    if (!s) return;
    let last = 0;
    for (const m of s.matchAll(FN_RE)) {
      if (m.index! > last) out.push({ t: 'text', v: s.slice(last, m.index) });
      out.push({ t: 'fn', n: m[1] });
      last = m.index! + m[0].length;
    }
    if (last < s.length) out.push({ t: 'text', v: s.slice(last) });
  };
  let last = 0;
  for (const m of text.matchAll(URL_RE)) {
    let raw = m[0];
    const trail = /[.,;:)\]]+$/.exec(raw)?.[0] ?? '';
    raw = raw.slice(0, raw.length - trail.length);
    pushText(text.slice(last, m.index));
    const absolute = raw.startsWith('www.') ? `https://${raw}` : raw;
    const href = unwrapTrackingLink(absolute);
    out.push({ t: 'link', href, v: href === absolute ? raw : href });
    last = m.index! + raw.length;
  }
  pushText(text.slice(last));
  return out;
}
