// Filters and folds only: every item is already in the page, so nothing here is needed to read it.
(() => {
  'use strict';
  const $ = (selector) => document.querySelector(selector);
  const $$ = (selector) => Array.from(document.querySelectorAll(selector));

  const bar = $('#filters');
  const area = $('#area-filter');
  const text = $('#text-filter');
  const status = $('#filter-status');
  const toggle = $('#toggle-details');
  if (!bar || !area || !text || !status || !toggle) {
    return;
  }
  bar.hidden = false;

  const buttons = $$('[data-bucket-filter]');
  const columns = $$('[data-bucket]');
  const items = $$('[data-control]');
  const planItems = $$('[data-bucket] [data-control]');
  const folds = $$('[data-control] details');
  // Search what a card shows and what its folded evidence holds: ids, paths and code included.
  const haystack = new Map(items.map((el) => [el, el.textContent.toLowerCase()]));
  let bucket = '';

  const hidden = (el) => el.classList.contains('filtered-out') || el.closest('.filtered-out') !== null;

  function apply() {
    const wantedArea = area.value;
    const query = text.value.trim().toLowerCase();
    for (const el of items) {
      const match = (!wantedArea || el.dataset.area === wantedArea) && (!query || haystack.get(el).includes(query));
      el.classList.toggle('filtered-out', !match);
    }
    for (const column of columns) {
      column.classList.toggle('filtered-out', bucket !== '' && column.dataset.bucket !== bucket);
    }
    for (const group of $$('[data-group]')) {
      group.classList.toggle('filtered-out', group.querySelector('[data-control]:not(.filtered-out)') === null);
    }
    for (const note of $$('.no-match')) {
      const section = note.parentElement;
      const any = section.querySelector('[data-control]') !== null;
      note.hidden = !any || section.querySelector('[data-control]:not(.filtered-out)') !== null;
    }
    const filtering = wantedArea !== '' || query !== '' || bucket !== '';
    // The timebox line divides the full list; in a filtered one it would divide nothing.
    for (const line of $$('.timebox-end')) {
      line.classList.toggle('filtered-out', wantedArea !== '' || query !== '');
    }
    const shown = planItems.filter((el) => !hidden(el)).length;
    status.textContent = filtering ? `Showing ${shown} of ${planItems.length} items in the plan.` : '';
  }

  area.addEventListener('change', apply);
  text.addEventListener('input', apply);
  for (const button of buttons) {
    button.addEventListener('click', () => {
      bucket = button.dataset.bucketFilter || '';
      for (const other of buttons) {
        other.setAttribute('aria-pressed', other === button ? 'true' : 'false');
      }
      apply();
    });
  }

  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-pressed') !== 'true';
    for (const fold of folds) {
      fold.open = open;
    }
    toggle.setAttribute('aria-pressed', open ? 'true' : 'false');
    toggle.textContent = open ? 'Collapse all evidence' : 'Expand all evidence';
  });

  // Paper cannot be clicked: print every fold open, then put them back as they were.
  let closedBeforePrint = [];
  window.addEventListener('beforeprint', () => {
    closedBeforePrint = $$('details:not([open])');
    for (const fold of closedBeforePrint) {
      fold.open = true;
    }
  });
  window.addEventListener('afterprint', () => {
    for (const fold of closedBeforePrint) {
      fold.open = false;
    }
    closedBeforePrint = [];
  });

  apply();
})();
