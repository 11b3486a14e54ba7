/**
 * The inline progressive-enhancement script behind copy-link controls ([data-copy-link]) and the
 * citation copy button ([data-copy-text]). Without JavaScript a copy link is an ordinary anchor
 * link; with it, a click copies location.origin + pathname + '#id' and the polite live region
 * #kopistatus says "Lenke kopiert". Kept well under 1 KB (tests/site-pages.test.ts checks).
 */
export const copyLinkScript =
  "(()=>{const c=navigator.clipboard,s=document.getElementById('kopistatus');if(!c||!s)return;" +
  "document.querySelectorAll('[data-copy-text]').forEach(b=>b.hidden=!1);" +
  "document.addEventListener('click',e=>{const a=e.target.closest?.('[data-copy-link],[data-copy-text]');if(!a)return;e.preventDefault();" +
  "const h=a.getAttribute('href');c.writeText(h?location.origin+location.pathname+h:document.getElementById(a.dataset.copyText).textContent.trim())" +
  ".then(()=>{h&&history.replaceState(null,'',h);a.dataset.copied='';setTimeout(()=>delete a.dataset.copied,3e3);" +
  "s.textContent='';setTimeout(()=>s.textContent=h?'Lenke kopiert':'Kildehenvisning kopiert',60)},()=>{if(h)location.hash=h})})})()";
