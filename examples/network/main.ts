import {
  dataset,
  type GraphLink,
  type GraphNode,
  type LadderStatus,
  sources,
  toGraph,
  toTimelineItems,
} from 'aukus';
import * as d3 from 'd3';

const FIRST = '2021-09-15';
const LAST = dataset.meta.snapshotDate;
const DAY = 86_400_000;
const COLORS: Record<string, string> = {
  member: '#0a6b2e',
  partner: '#2da44e',
  consultation: '#bf8700',
  'interest-expressed': '#9a6700',
  floated: '#8c959f',
};
const WIDTH = 640;
const HEIGHT = 480;

function element<T extends Element>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (found === null) throw new Error(`page markup is missing ${selector}`);
  return found;
}

const slider = element<HTMLInputElement>('#as-of-slider');
const dateInput = element<HTMLInputElement>('#as-of');
const minStatus = element<HTMLSelectElement>('#min-status');
const tooltip = element<HTMLDivElement>('#tooltip');

const dayNumber = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY);
const toDate = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
slider.min = String(dayNumber(FIRST));
slider.max = String(dayNumber(LAST));
dateInput.min = FIRST;
dateInput.max = LAST;

const sourceTitle = (id: string) => {
  const source = sources.find((s) => s.id === id);
  return source === undefined ? id : `${source.publisher}, ${source.published}`;
};

function drawLegend(): void {
  const legend = d3.select('#legend');
  legend
    .selectAll('li')
    .data(Object.entries(COLORS))
    .join('li')
    .html(([status, color]) => `<span style="background:${color}"></span>${status}`);
}

function drawNetwork(asOf: string, weakest: LadderStatus): void {
  const graph = toGraph({ asOf, minStatus: weakest });
  // d3 writes positions into the objects it is given: give it copies of the frozen data.
  type Node = GraphNode & d3.SimulationNodeDatum;
  type Link = Omit<GraphLink, 'source' | 'target'> & d3.SimulationLinkDatum<Node>;
  const nodes: Node[] = graph.nodes.map((n) => ({ ...n }));
  const links: Link[] = graph.links.map((l) => ({ ...l }));
  d3.forceSimulation(nodes)
    .force(
      'link',
      d3
        .forceLink<Node, Link>(links)
        .id((d) => d.id)
        .distance(110),
    )
    .force('charge', d3.forceManyBody().strength(-260))
    .force('center', d3.forceCenter(WIDTH / 2, HEIGHT / 2))
    .force('collide', d3.forceCollide(28))
    .stop()
    .tick(300);

  // Links first, nodes on top: two layers, so a re-render never puts a line over a circle.
  const svg = d3.select('#network');
  const linkLayer = svg.selectAll('g.links').data([0]).join('g').attr('class', 'links');
  const nodeLayer = svg.selectAll('g.nodes').data([0]).join('g').attr('class', 'nodes');
  linkLayer
    .selectAll<SVGLineElement, Link>('line')
    .data(links)
    .join('line')
    .attr('x1', (l) => (l.source as Node).x ?? 0)
    .attr('y1', (l) => (l.source as Node).y ?? 0)
    .attr('x2', (l) => (l.target as Node).x ?? 0)
    .attr('y2', (l) => (l.target as Node).y ?? 0)
    .attr('stroke', (l) => (l.status === undefined ? '#57606a' : (COLORS[l.status] ?? '#57606a')))
    .attr('data-source', (l) => (l.source as Node).id)
    .attr('data-target', (l) => (l.target as Node).id)
    .attr('data-status', (l) => l.status ?? l.kind)
    .attr('data-claim', (l) => l.claim ?? '')
    .on('mouseenter', (event: MouseEvent, l) => {
      const label = l.status === undefined ? l.kind : `${l.status} (${l.claim}) since ${l.since}`;
      tooltip.textContent = `${(l.source as Node).label} → ${(l.target as Node).label}: ${label}. Source: ${l.citations.map(sourceTitle).join('; ')}`;
      tooltip.style.left = `${event.clientX + 12}px`;
      tooltip.style.top = `${event.clientY + 12}px`;
      tooltip.hidden = false;
    })
    .on('mouseleave', () => {
      tooltip.hidden = true;
    });

  const groups = nodeLayer
    .selectAll<SVGGElement, Node>('g.node')
    .data(nodes, (n) => n.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'node');
      g.append('circle');
      g.append('text').attr('dy', 24).attr('text-anchor', 'middle');
      return g;
    })
    .attr('transform', (n) => `translate(${n.x ?? 0},${n.y ?? 0})`)
    .attr('data-id', (n) => n.id)
    .attr('data-type', (n) => n.type);
  groups
    .select('circle')
    .attr('r', (n) => (n.type === 'country' ? 10 : 16))
    .attr('fill', (n) =>
      n.type === 'country' ? '#0969da' : n.type === 'partnership' ? '#1b1f24' : '#6e7781',
    );
  // Pillars go by long official names; the part before the dash is enough on a small chart.
  groups
    .select('text')
    .text((n) => (n.type === 'pillar' ? (n.label.split(' – ')[0] ?? n.label) : n.label));
}

function drawTimeline(asOf: string): void {
  const items = toTimelineItems({ to: asOf });
  d3.select('#timeline-date').text(asOf);
  d3.select('#timeline')
    .selectAll('li')
    .data([...items].reverse(), (item) => (item as (typeof items)[number]).id)
    .join('li')
    .attr('data-id', (item) => item.id)
    .html((item) => `<time>${item.date}</time>${item.title}`);
}

function render(): void {
  const asOf = dateInput.value || LAST;
  slider.value = String(dayNumber(asOf));
  const weakest = minStatus.value as LadderStatus;
  drawNetwork(asOf, weakest);
  drawTimeline(asOf);
  document.body.dataset['asOf'] = asOf;
  document.body.dataset['minStatus'] = weakest;
}

slider.addEventListener('input', () => {
  dateInput.value = toDate(Number(slider.value));
  render();
});
dateInput.addEventListener('change', render);
minStatus.addEventListener('change', render);
dateInput.value = LAST;
drawLegend();
render();
