// GOV.UK Frontend and MOJ Frontend behaviours (accordion, tabs, sortable tables...). Blazor replaces
// parts of the page after enhanced navigation and interactive renders, so initialise whatever is new.
import { initAll as initGovuk } from '/lib/govuk/govuk-frontend.min.js';
import { initAll as initMoj } from '/lib/moj/moj-frontend.min.js';

function init() {
    try { initGovuk(); } catch (e) { console.warn('govuk-frontend', e); }
    try { initMoj(); } catch (e) { console.warn('moj-frontend', e); }
}

init();
if (window.Blazor) {
    Blazor.addEventListener('enhancedload', init);
}
new MutationObserver(() => {
    if (document.querySelector('[data-module]:not([data-govuk-accordion-init]):not([data-module-initialised])')) init();
}).observe(document.body, { childList: true, subtree: true });
