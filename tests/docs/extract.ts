import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One code example found in the documentation. */
export interface Example {
  /** Where it was found, e.g. `README.md:42` or `src/query/status-of.ts:120`. */
  readonly where: string;
  /** The TypeScript source. */
  readonly code: string;
  /** For a ` ```ts run ` block: the output shown in the ` ```text ` block right after it. */
  readonly expected?: string;
}

/** Every ` ```ts ` block of a Markdown file; ` ```ts run ` blocks carry the output after them. */
export function markdownExamples(root: string, file: string): Example[] {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  const examples: Example[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const open = /^```ts( run)?\s*$/.exec(lines[i] ?? '');
    if (!open) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && lines[end] !== '```') end += 1;
    const code = lines.slice(start, end).join('\n');
    let expected: string | undefined;
    if (open[1]) {
      let next = end + 1;
      while (next < lines.length && (lines[next] ?? '').trim() === '') next += 1;
      if (lines[next] !== '```text')
        throw new Error(`${file}:${start}: a ts run block needs a text block after it`);
      let close = next + 1;
      while (close < lines.length && lines[close] !== '```') close += 1;
      expected = `${lines.slice(next + 1, close).join('\n')}\n`;
    }
    examples.push({
      where: `${file}:${start}`,
      code,
      ...(expected === undefined ? {} : { expected }),
    });
    i = end;
  }
  return examples;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every `@example` code block of a TSDoc comment under `src/`. */
export function tsdocExamples(root: string): Example[] {
  const examples: Example[] = [];
  for (const path of sourceFiles(join(root, 'src'))) {
    const lines = readFileSync(path, 'utf8').split('\n');
    for (let i = 0; i < lines.length; i += 1) {
      if (!/^\s*\* @example/.test(lines[i] ?? '')) continue;
      let open = i + 1;
      while (open < lines.length && !/^\s*\* ```ts/.test(lines[open] ?? '')) open += 1;
      let end = open + 1;
      while (end < lines.length && !/^\s*\* ```\s*$/.test(lines[end] ?? '')) end += 1;
      const code = lines
        .slice(open + 1, end)
        .map((line) => line.replace(/^\s*\* ?/, ''))
        .join('\n');
      examples.push({ where: `${relative(root, path)}:${open + 2}`, code });
      i = end;
    }
  }
  return examples;
}

/**
 * Turns `expression; // result` lines (the result possibly continued on `//` lines below) into
 * checks, so that the results shown in examples are verified. Comments that are not a JavaScript
 * expression, such as `// false: unknown key`, stay comments.
 */
export function withChecks(example: Example): string {
  const lines = example.code.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const match = /^(\s*)([^/].*?);\s*(?:\/\/ (.+))?$/.exec(line);
    let comment = match?.[3];
    let next = i + 1;
    if (match && comment === undefined) {
      const more: string[] = [];
      while (/^\s*\/\/ /.test(lines[next] ?? '')) {
        more.push((lines[next] ?? '').replace(/^\s*\/\/ /, ''));
        next += 1;
      }
      comment = more.length > 0 ? more.join(' ') : undefined;
    }
    const expression = match?.[2];
    if (
      match &&
      expression !== undefined &&
      comment !== undefined &&
      !/^(const|let|var|import|export|type|interface|for|if|return|await|console)\b/.test(
        expression,
      ) &&
      isExpression(comment) &&
      isExpression(expression)
    ) {
      out.push(
        `${match[1]}__check(${JSON.stringify(`${example.where}+${i}`)}, ${expression}, ${comment});`,
      );
      i = next - 1;
    } else {
      out.push(line);
    }
  }
  return out.join('\n');
}

function isExpression(text: string): boolean {
  try {
    // Syntax only: the function is built, never called.
    new Function(`return (${text.replace(/ as const\b/g, '')});`);
    return true;
  } catch {
    return false;
  }
}
