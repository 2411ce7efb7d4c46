/**
 * The AI page's feed: its news from RSS, Atom or JSON Feed (the inputs without `domain=`),
 * and its publications per medical domain from CSL-JSON, BibTeX or RIS (`domain=<id>:`), the
 * domains in command-line order, labelled from `--domains domains.csv`.
 */
import type { Converter, SourceText } from '../convert-types.js';
import { readNewsItems } from '../news/news-items.js';
import { aiNewsItem, type AiNewsOut } from './ai-news.js';
import { readDomainLabels } from './domain-labels.js';
import { domainPublications } from './domain-publications.js';

export const convertAi: Converter = async (inputs, options) => {
  const notes: string[] = [];
  const newsInputs = inputs.filter((input) => input.spec.domain === undefined);
  const domainInputs = new Map<string, SourceText[]>();
  for (const input of inputs) {
    const domain = input.spec.domain;
    if (domain !== undefined)
      domainInputs.set(domain, [...(domainInputs.get(domain) ?? []), input]);
  }

  // The news reader is only asked when there is news to read.
  const news: AiNewsOut[] = [];
  if (newsInputs.length > 0) {
    const read = await readNewsItems(newsInputs, options);
    notes.push(...read.notes);
    let headlineOnly = 0;
    let empty = 0;
    for (const item of read.items) {
      const aiItem = aiNewsItem(item);
      if (!aiItem) empty++;
      else news.push(aiItem);
      if (aiItem && !item.summary) headlineOnly++;
    }
    if (headlineOnly)
      notes.push(`news: ${headlineOnly} without a summary show their headline as the summary`);
    if (empty) notes.push(`news: ${empty} with neither headline nor summary left out`);
  }

  const labels = options.domainLabels ? readDomainLabels(options.domainLabels) : undefined;
  if (!labels && domainInputs.size > 0)
    notes.push('no --domains: each domain is labelled by its id');
  const domains = [...domainInputs].map(([id, domainSources]) => {
    const { publications, notes: domainNotes } = domainPublications(domainSources);
    notes.push(...domainNotes);
    const label = labels?.get(id);
    if (labels && !label)
      notes.push(
        `domain ${id}: no label in ${options.domainLabels?.spec.given}, labelled by its id`,
      );
    return { id, label: label ?? id, publications };
  });

  return { feed: { version: 1, news, domains }, notes };
};
