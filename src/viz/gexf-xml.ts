/**
 * Writes GEXF 1.3 (https://gexf.net/1.3) for a dynamic graph whose times are days. Kept apart from
 * what the graph means, so the format's rules live in one place.
 *
 * @internal
 */

/** A closed interval of days, `YYYY-MM-DD`, both ends inclusive as GEXF reads them. */
export interface GexfInterval {
  readonly start: string;
  readonly end: string;
}

/** A value an attribute takes over an interval. */
export interface GexfValue extends GexfInterval {
  readonly value: string;
}

/** A node or an edge: static attributes, dynamic attributes, and when it exists. */
export interface GexfElement {
  readonly id: string;
  readonly label?: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly dynamic?: Readonly<Record<string, readonly GexfValue[]>>;
  /** When it exists; absent for "always". */
  readonly spells?: readonly GexfInterval[];
}

/** An edge also names its ends. */
export interface GexfEdge extends GexfElement {
  readonly source: string;
  readonly target: string;
}

/** A whole document. */
export interface GexfDocument {
  readonly lastModified: string;
  readonly creator: string;
  readonly description: string;
  readonly start: string;
  readonly end: string;
  /** Attribute ids and titles, by class, in order. */
  readonly nodeAttributes: readonly string[];
  readonly edgeAttributes: readonly string[];
  readonly nodes: readonly GexfElement[];
  readonly edges: readonly GexfEdge[];
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '"': '&quot;',
};

/** Escapes text for an XML attribute value or element text (`>` may stand as it is in both). */
export function xmlAttribute(text: string): string {
  return text.replace(/[&<"]/g, (c) => ENTITIES[c] as string);
}

function interval({ start, end }: GexfInterval): string {
  return `start="${xmlAttribute(start)}" end="${xmlAttribute(end)}"`;
}

function element(tag: 'node' | 'edge', item: GexfElement | GexfEdge, indent: string): string[] {
  const ends =
    'source' in item
      ? ` source="${xmlAttribute(item.source)}" target="${xmlAttribute(item.target)}"`
      : '';
  const label = item.label === undefined ? '' : ` label="${xmlAttribute(item.label)}"`;
  const values = [
    ...Object.entries(item.attributes).map(
      ([key, value]) => `<attvalue for="${xmlAttribute(key)}" value="${xmlAttribute(value)}"/>`,
    ),
    ...Object.entries(item.dynamic ?? {}).flatMap(([key, list]) =>
      list.map(
        (v) =>
          `<attvalue for="${xmlAttribute(key)}" value="${xmlAttribute(v.value)}" ${interval(v)}/>`,
      ),
    ),
  ];
  const lines = [`${indent}<${tag} id="${xmlAttribute(item.id)}"${label}${ends}>`];
  if (values.length > 0) {
    lines.push(`${indent}  <attvalues>`, ...values.map((v) => `${indent}    ${v}`));
    lines.push(`${indent}  </attvalues>`);
  }
  if (item.spells !== undefined && item.spells.length > 0) {
    lines.push(`${indent}  <spells>`);
    for (const spell of item.spells) lines.push(`${indent}    <spell ${interval(spell)}/>`);
    lines.push(`${indent}  </spells>`);
  }
  lines.push(`${indent}</${tag}>`);
  return lines;
}

function declarations(kind: 'node' | 'edge', ids: readonly string[]): string[] {
  return [
    `    <attributes class="${kind}">`,
    ...ids.map(
      (id) =>
        `      <attribute id="${xmlAttribute(id)}" title="${xmlAttribute(id)}" type="string"/>`,
    ),
    '    </attributes>',
  ];
}

/** The GEXF 1.3 text of a dynamic graph with days as times. */
export function writeGexf(doc: GexfDocument): string {
  return `${[
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${xmlAttribute(doc.lastModified)}">`,
    `    <creator>${xmlAttribute(doc.creator)}</creator>`,
    `    <description>${xmlAttribute(doc.description)}</description>`,
    '  </meta>',
    `  <graph mode="dynamic" defaultedgetype="directed" timeformat="date" timerepresentation="interval" ${interval(doc)}>`,
    ...declarations('node', doc.nodeAttributes),
    ...declarations('edge', doc.edgeAttributes),
    `    <nodes count="${doc.nodes.length}">`,
    ...doc.nodes.flatMap((node) => element('node', node, '      ')),
    '    </nodes>',
    `    <edges count="${doc.edges.length}">`,
    ...doc.edges.flatMap((edge) => element('edge', edge, '      ')),
    '    </edges>',
    '  </graph>',
    '</gexf>',
  ].join('\n')}\n`;
}
