// GOV.UK Frontend and MOJ Frontend behaviours (accordion, tabs, sortable tables...). Blazor replaces
// parts of the page after enhanced navigation and interactive renders, so initialise whatever is new.
import { initAll as initGovuk } from '/lib/govuk/govuk-frontend.min.js';
import { initAll as initMoj } from '/lib/moj/moj-frontend.min.js';

function init() {
    // Enhanced navigation merges <body> from the server's HTML and drops the classes supported.js added.
    document.body.classList.add('js-enabled', 'govuk-frontend-supported');
    try { initGovuk(); } catch (e) { console.warn('govuk-frontend', e); }
    try { initMoj(); } catch (e) { console.warn('moj-frontend', e); }
}

// Both libraries mark a component they have set up with a data-<module>-init attribute.
const isNew = el => ![...el.attributes].some(a => a.name.endsWith('-init'));

init();
if (window.Blazor) {
    Blazor.addEventListener('enhancedload', init);
}
new MutationObserver(() => {
    if ([...document.querySelectorAll('[data-module]')].some(isNew)) init();
}).observe(document.body, { childList: true, subtree: true });
