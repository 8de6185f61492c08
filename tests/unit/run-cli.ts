import { run } from '../../src/cli/run.js';

/** Runs the command in-process and collects what it prints. */
export async function cli(
  args: string[],
  options: { color?: boolean; cwd?: string; width?: number } = {},
) {
  let stdout = '';
  let stderr = '';
  const code = await run(
    args,
    {
      out: (text) => {
        stdout += text;
      },
      err: (text) => {
        stderr += text;
      },
      color: options.color ?? false,
      cwd: options.cwd ?? process.cwd(),
      width: options.width,
    },
    '9.9.9',
  );
  return { code, stdout, stderr };
}

/** Lines longer than `width`, except a line holding nothing but one URL. */
export function overlong(text: string, width: number): string[] {
  return text
    .split('\n')
    .filter((line) => [...line].length > width && !/^\s*\S*https?:\/\/\S+$/.test(line));
}
