// selectOptions (src/core/select-options.ts), the directive that fills the calendar's and the
// publications' filters: the options a visitor can pick, in order, with their languages, the
// chosen one picked, the first when the chosen value is not among them, and the option
// elements kept as they are when a render brings the same options again.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { render } from 'lit';
import { selectOptions, type SelectOption } from '../../src/core/select-options.js';

const CATEGORIES: SelectOption[] = [
  { value: '', label: 'All categories' },
  { value: 'care', label: 'Care' },
  { value: 'research', label: 'Onderzoek', lang: 'nl' },
];

/** A <select> rendered by Lit into a container, and a way to render it again. */
async function mountSelect(options: readonly SelectOption[], chosen: string) {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const show = (next: readonly SelectOption[], value: string) =>
    render(html`<select aria-label="Category" ${selectOptions(next, value)}></select>`, container);
  show(options, chosen);
  const select = container.querySelector('select')!;
  return { select, show };
}

/** What the visitor can pick: each option's value, text and language. */
const shown = (select: HTMLSelectElement) =>
  [...select.options].map((o) => [o.value, o.textContent, o.lang]);

describe('selectOptions', () => {
  afterEach(() => fixtureCleanup());

  it('fills the select with the options in order, each label in its own language', async () => {
    const { select } = await mountSelect(CATEGORIES, '');
    expect(shown(select)).to.deep.equal([
      ['', 'All categories', ''],
      ['care', 'Care', ''],
      ['research', 'Onderzoek', 'nl'],
    ]);
  });

  it('picks the chosen value, and the first option when the value is not among them', async () => {
    const { select, show } = await mountSelect(CATEGORIES, 'research');
    expect(select.value).to.equal('research');
    expect(select.selectedOptions[0]!.textContent).to.equal('Onderzoek');
    show(CATEGORIES, 'no-such-category');
    expect(select.selectedIndex).to.equal(0);
    expect(select.value).to.equal('');
    show(CATEGORIES, 'care');
    expect(select.value).to.equal('care');
  });

  it('keeps the option elements when a render brings equal options (a new array)', async () => {
    const { select, show } = await mountSelect(CATEGORIES, 'care');
    const before = [...select.options];
    show(
      CATEGORIES.map((o) => ({ ...o })),
      'care',
    );
    expect([...select.options]).to.have.ordered.members(before);
    expect(select.value).to.equal('care');
  });

  it('rebuilds them when a value, a label or a language changes', async () => {
    const { select, show } = await mountSelect(CATEGORIES, 'research');
    const before = select.options[2];
    show(
      [...CATEGORIES.slice(0, 2), { value: 'research', label: 'Recherche', lang: 'fr' }],
      'research',
    );
    expect(select.options[2]).to.not.equal(before);
    expect(shown(select)[2]).to.deep.equal(['research', 'Recherche', 'fr']);
    show([...CATEGORIES.slice(0, 2), { value: 'research', label: 'Recherche' }], 'research');
    expect(shown(select)[2]).to.deep.equal(['research', 'Recherche', '']);
    show(CATEGORIES.slice(0, 2), 'research');
    expect(shown(select).map(([value]) => value)).to.deep.equal(['', 'care']);
    expect(select.value, 'the chosen option is gone: the first').to.equal('');
  });

  it('puts the visitor’s pick back to the chosen value on the next render', async () => {
    const { select, show } = await mountSelect(CATEGORIES, 'care');
    select.value = 'research';
    show(CATEGORIES, 'care');
    expect(select.value).to.equal('care');
  });

  it('leaves a select without options empty, nothing picked', async () => {
    const { select } = await mountSelect([], 'care');
    expect(select.options.length).to.equal(0);
    expect(select.selectedIndex).to.equal(-1);
  });

  it('belongs on an element: anywhere else it says so', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    expect(() => render(html`<p>${selectOptions(CATEGORIES, '')}</p>`, container)).to.throw(
      'selectOptions() belongs on a <select>',
    );
  });
});
