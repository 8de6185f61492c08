import { earliestDay } from '../internal/days.js';
import type { Dataset } from '../model/dataset.js';
import type { DatasetIssue } from './error.js';

type Known = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * The rules of the `commitments` collection that its shape cannot express: the payer, a
 * recipient written as a country code, `partOf`, pillar, project and sources must exist; `partOf`
 * must not loop or point to itself; no date after the snapshot.
 *
 * @internal
 */
export function commitmentIssues(data: Dataset, known: Known, snapshot: number): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const records = data.commitments ?? [];
  const ids = new Set(records.map((record) => record.id));
  const check = (collection: string, value: string | undefined, path: (string | number)[]) => {
    const set = collection === 'commitments' ? ids : known.get(collection);
    if (value !== undefined && set !== undefined && !set.has(value)) {
      issues.push({ path, message: `Unknown ${collection} id ${JSON.stringify(value)}` });
    }
  };
  const byId = new Map(records.map((record) => [record.id, record]));
  records.forEach((record, i) => {
    const at = ['commitments', i];
    check('countries', record.payer, [...at, 'payer']);
    if (/^[A-Z]{2}$/.test(record.recipient)) {
      check('countries', record.recipient, [...at, 'recipient']);
    }
    check('commitments', record.partOf, [...at, 'partOf']);
    check('pillars', record.pillar, [...at, 'pillar']);
    check('projects', record.project, [...at, 'project']);
    record.citations.forEach((citation, j) => {
      check('sources', citation.source, [...at, 'citations', j, 'source']);
    });
    if (earliestDay(record.date) > snapshot) {
      issues.push({
        path: [...at, 'date'],
        message: `Date ${record.date} is after the snapshot ${data.meta.snapshotDate}`,
      });
    }
    const seen = new Set([record.id]);
    let parent = record.partOf;
    while (parent !== undefined) {
      if (seen.has(parent)) {
        issues.push({
          path: [...at, 'partOf'],
          message: `partOf loops back to ${JSON.stringify(parent)}; an instalment cannot contain its parent`,
        });
        break;
      }
      seen.add(parent);
      parent = byId.get(parent)?.partOf;
    }
  });
  return issues;
}
