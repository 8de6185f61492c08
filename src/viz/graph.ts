import { countries } from '../data/countries.js';
import { meta } from '../data/meta.js';
import { participations } from '../data/participations.js';
import { partnerships } from '../data/partnerships.js';
import { pillars } from '../data/pillars.js';
import { projects } from '../data/projects.js';
import { seedSourceDates } from '../data/seed-source-dates.js';
import { compareText } from '../internal/compare.js';
import { readAsOf } from '../internal/date-input.js';
import { certainStart, formatDay } from '../internal/days.js';
import { readOptions } from '../internal/options.js';
import type { StatusData } from '../internal/spell-index.js';
import type { Dataset } from '../model/dataset.js';
import type { DateInput } from '../model/dates.js';
import type { Claim, LadderStatus } from '../model/status.js';
import { pillarPartnersIn } from '../query/pillar-partners.js';

/**
 * Options of {@link toGraph}, {@link toDot} and {@link toMermaid}.
 *
 * @category Visualization and export
 * @example
 * ```ts
 * import type { GraphOptions } from 'aukus';
 * const options: GraphOptions = { asOf: '2024-10-01', minStatus: 'consultation', include: ['projects'] };
 * ```
 */
export interface GraphOptions {
  /** The date drawn; defaults to the dataset's `meta.snapshotDate`. */
  readonly asOf?: DateInput;
  /** The weakest status drawn, as in {@link pillarPartners}; default `'partner'`. */
  readonly minStatus?: LadderStatus;
  /** Optional node types to add: `'projects'`. */
  readonly include?: readonly 'projects'[];
}

/**
 * A node: a country, the partnership, a pillar or a project. Ids are prefixed by type
 * (`country:JP`, `pillar:pillar-2`) so they never collide.
 *
 * @category Visualization and export
 * @example
 * ```ts
 * import { toGraph } from 'aukus';
 * toGraph().nodes.find((n) => n.id === 'country:AU')?.numeric; // '036'
 * ```
 */
export interface GraphNode {
  /** Unique id, `type:recordId`. */
  id: string;
  /** What the node stands for. */
  type: 'country' | 'partnership' | 'pillar' | 'project';
  /** Display label. */
  label: string;
  /** ISO 3166-1 alpha-2 code (countries only). */
  iso2?: string;
  /** ISO 3166-1 alpha-3 code (countries only). */
  alpha3?: string;
  /** ISO 3166-1 numeric code (countries only). */
  numeric?: string;
}

/**
 * A link between two nodes. `participation` links carry the country's standing on a pillar;
 * `part-of` links tie pillars to the partnership and projects to pillars; `participant` links
 * tie countries to projects.
 *
 * @category Visualization and export
 * @example
 * ```ts
 * import { toGraph } from 'aukus';
 * toGraph().links.find((l) => l.source === 'country:AU')?.status; // 'member'
 * ```
 */
export interface GraphLink {
  /** Unique id, `source->target`, so Cytoscape and graphology need not invent one. */
  id: string;
  /** Id of the source node. */
  source: string;
  /** Id of the target node. */
  target: string;
  /** What the link means. */
  kind: 'participation' | 'part-of' | 'participant';
  /** The country's status (participation links). */
  status?: LadderStatus;
  /** Official or reported (participation links). */
  claim?: Claim;
  /** First day of the spell or project. */
  since?: string;
  /** Ids of the sources behind the link. */
  citations: string[];
}

/**
 * A graph that d3-force, graphology and Cytoscape take as it is. Every call returns fresh, plain,
 * mutable objects: the tools write positions and ids into them, and that never changes the dataset
 * or a later answer.
 *
 * @category Visualization and export
 * @example
 * ```ts
 * import { toGraph } from 'aukus';
 * const { nodes, links } = toGraph({ asOf: '2024-04-09' });
 * nodes.length > 0 && links.length > 0; // true
 * ```
 */
export interface Graph {
  /** Every node, sorted by id. */
  nodes: GraphNode[];
  /** Every link, sorted by source and target. */
  links: GraphLink[];
  /** The date drawn, `YYYY-MM-DD`. */
  asOf: string;
}

/** The slice of a dataset {@link toGraph} needs. @internal */
export type GraphData = Pick<
  Dataset,
  'meta' | 'countries' | 'pillars' | 'participations' | 'partnerships' | 'projects'
> &
  Pick<StatusData, 'sources'>;

const sourcesOf = (citations: readonly { readonly source: string }[]) => [
  ...new Set(citations.map((c) => c.source)),
];

/** @internal */
export function toGraphIn(data: GraphData, options?: GraphOptions): Graph {
  const { asOf, minStatus, include } = readOptions(
    options,
    ['asOf', 'minStatus', 'include'],
    'toGraph',
  );
  const day = readAsOf(asOf, data.meta.snapshotDate);
  const date = formatDay(day);
  if (
    include !== undefined &&
    (!Array.isArray(include) || include.some((item) => item !== 'projects'))
  ) {
    throw new RangeError(
      `aukus: toGraph include accepts only ['projects'], got ${JSON.stringify(include)}`,
    );
  }
  const nodes = new Map<string, GraphNode>();
  const links: GraphLink[] = [];
  const countryNode = (id: string) => {
    const country = data.countries.find((c) => c.id === id);
    const key = `country:${id}`;
    if (!nodes.has(key)) {
      nodes.set(key, {
        id: key,
        type: 'country',
        label: country?.name ?? id,
        iso2: id,
        ...(country === undefined ? {} : { alpha3: country.alpha3, numeric: country.numeric }),
      });
    }
    return key;
  };
  for (const partnership of data.partnerships) {
    if (certainStart(partnership.established) > day) continue;
    nodes.set(`partnership:${partnership.id}`, {
      id: `partnership:${partnership.id}`,
      type: 'partnership',
      label: partnership.name,
    });
  }
  for (const pillar of data.pillars) {
    const parent = `partnership:${pillar.partnership}`;
    if (!nodes.has(parent)) continue;
    const key = `pillar:${pillar.id}`;
    const name = [...pillar.names].reverse().find((n) => certainStart(n.from) <= day)?.name;
    nodes.set(key, { id: key, type: 'pillar', label: name ?? `Pillar ${pillar.number}` });
    links.push({
      id: `${key}->${parent}`,
      source: key,
      target: parent,
      kind: 'part-of',
      citations: sourcesOf(pillar.citations),
    });
    const partners = pillarPartnersIn(data, pillar.id, {
      asOf: date,
      ...(minStatus === undefined ? {} : { minStatus }),
    });
    for (const partner of partners) {
      const source = countryNode(partner.country);
      links.push({
        id: `${source}->${key}`,
        source,
        target: key,
        kind: 'participation',
        status: partner.status,
        claim: partner.claim,
        since: partner.since,
        citations: sourcesOf(partner.citations),
      });
    }
  }
  if (include?.includes('projects')) {
    for (const project of data.projects) {
      const pillarKey = `pillar:${project.pillar}`;
      if (certainStart(project.from) > day || !nodes.has(pillarKey)) continue;
      const key = `project:${project.id}`;
      nodes.set(key, { id: key, type: 'project', label: project.acronym ?? project.name });
      links.push({
        id: `${key}->${pillarKey}`,
        source: key,
        target: pillarKey,
        kind: 'part-of',
        since: project.from,
        citations: sourcesOf(project.citations),
      });
      for (const participant of project.participants) {
        const source = countryNode(participant);
        links.push({
          id: `${source}->${key}`,
          source,
          target: key,
          kind: 'participant',
          since: project.from,
          citations: sourcesOf(project.citations),
        });
      }
    }
  }
  const byId = (a: GraphNode, b: GraphNode) => compareText(a.id, b.id);
  const byEnds = (a: GraphLink, b: GraphLink) =>
    compareText(a.source, b.source) || compareText(a.target, b.target);
  return { nodes: [...nodes.values()].sort(byId), links: links.sort(byEnds), asOf: date };
}

/** @internal */
export const SEED_GRAPH_DATA: GraphData = {
  meta,
  countries,
  pillars,
  participations,
  partnerships,
  projects,
  // A getter, so the table is read on first use rather than when the module loads.
  get sources() {
    return seedSourceDates();
  },
};

/**
 * The partnership as a network on a date: countries linked to the pillars they take part in
 * (with status, claim, start and sources), pillars linked to the partnership, and optionally
 * projects. Countries appear only when they have a link, so the graph changes with `asOf` and
 * `minStatus`: Canada appears under `minStatus: 'consultation'` only from 2024-09-17.
 *
 * @param options - `asOf`, `minStatus` (default `'partner'`), `include: ['projects']`.
 * @returns A fresh, mutable {@link Graph}.
 * @throws TypeError or RangeError for a malformed date, status or option.
 * @category Visualization and export
 * @example
 * ```ts
 * import { toGraph } from 'aukus';
 * const has = (asOf: string) =>
 *   toGraph({ asOf, minStatus: 'consultation' }).nodes.some((n) => n.id === 'country:CA');
 * has('2024-09-16'); // false
 * has('2024-09-17'); // true
 * ```
 */
export function toGraph(options?: GraphOptions): Graph {
  return toGraphIn(SEED_GRAPH_DATA, options);
}
