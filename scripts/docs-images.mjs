// Regenerates the pictures under docs/images/ from the recipes in docs/recipes/, run with the real
// tools: `npm run docs:images`. Plot's figure (an HTML legend beside its SVG) is photographed in
// Debian's Chromium; the other pictures are SVG.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { parseHTML } from 'linkedom';
import { CHROMIUM, hasChromium, launchChromium } from './chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'docs', 'images');
const work = join(root, '.tmp', 'docs-images');

const recipes = (await readdir(join(root, 'docs', 'recipes'))).filter((f) => f.endsWith('.ts'));

// The guide shows each recipe file verbatim after its marker; copy the files in first.
const guidePath = join(root, 'docs', 'visualization.md');
let guide = await readFile(guidePath, 'utf8');
for (const file of recipes) {
  const marker = `<!-- recipe: docs/recipes/${file} -->\n\n\`\`\`ts\n`;
  const at = guide.indexOf(marker);
  if (at === -1) throw new Error(`docs/visualization.md has no marker for docs/recipes/${file}`);
  const start = at + marker.length;
  const end = guide.indexOf('```\n', start);
  const code = await readFile(join(root, 'docs', 'recipes', file), 'utf8');
  guide = guide.slice(0, start) + code + guide.slice(end);
}
await writeFile(guidePath, guide);
await build({
  entryPoints: recipes.map((f) => join(root, 'docs', 'recipes', f)),
  outdir: work,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  format: 'esm',
  platform: 'node',
  packages: 'external',
  alias: { aukus: join(root, 'src', 'index.ts') },
  logLevel: 'error',
});
const load = (name) => import(pathToFileURL(join(work, `${name}.mjs`)).href);

// Plot draws into the page's document; in Node, linkedom's stands in for it.
const { window } = parseHTML('<!doctype html><html><body></body></html>');
globalThis.window = window;

const COLORS = {
  member: '#0a6b2e',
  partner: '#2da44e',
  consultation: '#bf8700',
  'interest-expressed': '#9a6700',
  floated: '#8c959f',
  'ruled-out': '#cf222e',
};
const xmlText = (text) =>
  String(text).replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c],
  );

/** A network drawn from laid-out positions: what d3-force and Cytoscape computed. */
function networkSvg(title, nodes, links) {
  const width = 720;
  const height = 480;
  const pad = 90;
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const sx = (x) => pad + ((x - x0) / (x1 - x0 || 1)) * (width - 2 * pad);
  const sy = (y) => 40 + ((y - y0) / (y1 - y0 || 1)) * (height - 80);
  const at = new Map(nodes.map((n) => [n.id, [sx(n.x), sy(n.y)]]));
  const lines = links.map((l) => {
    const [ax, ay] = at.get(l.source);
    const [bx, by] = at.get(l.target);
    const dash = l.claim === 'reported' ? ' stroke-dasharray="5 3"' : '';
    const color = COLORS[l.status] ?? '#afb8c1';
    return `<line x1="${ax.toFixed(1)}" y1="${ay.toFixed(1)}" x2="${bx.toFixed(1)}" y2="${by.toFixed(1)}" stroke="${color}" stroke-width="2"${dash}/>`;
  });
  const dots = nodes.map((n) => {
    const [x, y] = at.get(n.id);
    const r = n.type === 'country' ? 6 : 10;
    const fill = n.type === 'country' ? '#24292f' : '#0969da';
    // Short labels: 'Pillar II – Advanced Capabilities' becomes 'Pillar II'.
    const label = n.type === 'country' ? n.iso2 : n.label.split(' – ')[0];
    return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${r}" fill="${fill}"/><text x="${(x + r + 3).toFixed(1)}" y="${(y + 4).toFixed(1)}">${xmlText(label)}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12"><title>${xmlText(title)}</title><rect width="100%" height="100%" fill="white"/><text x="10" y="20" font-weight="bold">${xmlText(title)}</text>${lines.join('')}${dots.join('')}</svg>\n`;
}

await mkdir(out, { recursive: true });
const written = [];
async function save(name, content) {
  await writeFile(join(out, name), content);
  written.push(name);
}

if (recipes.includes('d3-force.ts')) {
  const { nodes, links } = await load('d3-force');
  const plain = links.map((l) => ({ ...l, source: l.source.id, target: l.target.id }));
  await save('d3-force.svg', networkSvg('d3-force: 2024-10-01, consultation and up', nodes, plain));
}
if (recipes.includes('cytoscape.ts')) {
  const { cy } = await load('cytoscape');
  const nodes = cy.nodes().map((n) => ({ ...n.data(), ...n.position() }));
  const links = cy.edges().map((e) => e.data());
  await save('cytoscape.svg', networkSvg('Cytoscape.js: 2024-10-01, floated and up', nodes, links));
}
// Every Vega-Lite recipe exports render(), which gives its SVG.
for (const file of recipes.filter((f) => f.endsWith('vega-lite.ts'))) {
  const name = file.replace(/\.ts$/, '');
  const { render } = await load(name);
  await save(`${name}.svg`, await render());
}
if (recipes.includes('plot.ts')) {
  const { chart } = await load('plot');
  const html = `<!doctype html><html><body style="margin:0;background:white;font-family:sans-serif">${chart.outerHTML}</body></html>`;
  await writeFile(join(work, 'plot.html'), html);
  if (hasChromium) {
    const browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 900, height: 400 } });
    await page.goto(pathToFileURL(join(work, 'plot.html')).href);
    await page
      .locator('body > *')
      .first()
      .screenshot({ path: join(out, 'plot.png') });
    await browser.close();
    written.push('plot.png');
  } else {
    console.log(`docs:images: no Chromium at ${CHROMIUM}; plot.png not updated`);
  }
}
console.log(`docs:images: wrote ${written.map((f) => `docs/images/${f}`).join(', ')}`);
