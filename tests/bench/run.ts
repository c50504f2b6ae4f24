/**
 * `npm run bench [-- weight lighthouse api queue]`: builds the site, starts the production server on a
 * fresh embedded database and runs the chosen benchmarks (all by default). Prints each table and appends
 * them, with the machine, date and command, to docs/benchmarks.md. Not part of `npm test`: numbers
 * depend on the machine, so they are reported against budgets, not asserted.
 */
import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir, totalmem, platform, release } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../support/server.ts';
import { benchApi } from './api.ts';
import { runLighthouse } from './lighthouse.ts';
import { budgets, measurePageWeight } from './page-weight.ts';
import { benchQueue } from './queue.ts';

const all = ['weight', 'lighthouse', 'api', 'queue'] as const;
const chosen = process.argv.slice(2).length ? process.argv.slice(2) : [...all];
const unknown = chosen.filter((c) => !(all as readonly string[]).includes(c));
if (unknown.length) {
  console.error(`Unknown benchmark ${unknown.join(', ')}; choose from ${all.join(', ')}.`);
  process.exit(1);
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const mark = (ok: boolean) => (ok ? 'within' : '**over**');
const table = (head: string[], rows: (string | number)[][]) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

const dir = await mkdtemp(join(tmpdir(), 'huhang-bench-'));
const server = await startServer(4488, {
  DATABASE_URL: `file:${join(dir, 'huhang.db')}`,
  DATA_DIR: dir,
  // A small proof of work so the load generator can solve thousands of challenges beforehand, and a tip
  // limit that one load generator on one address does not reach. Both are ordinary settings.
  POW_MAX_NUMBER: '1000',
  TIPS_PER_HOUR: '1000000',
});
const sections: string[] = [];
const section = (title: string, body: string) => {
  const text = `### ${title}\n\n${body}\n`;
  console.log(`\n${text}`);
  sections.push(text);
};

try {
  if (chosen.includes('weight')) {
    const { pages, precache } = await measurePageWeight(server.base);
    section(
      'Page weight, first visit (bytes on the wire, KB)',
      table(
        ['page', 'enc', 'html', 'css', 'js', 'img', 'font', 'other', 'total', 'req', `total ≤ ${kb(budgets.total)}`, `html+css ≤ ${kb(budgets.htmlCss)}`, `js ≤ ${kb(budgets.js)}`],
        pages.map(({ page, encoding, bytes, total, requests }) => [
          page.path,
          encoding,
          kb(bytes.html),
          kb(bytes.css),
          kb(bytes.js),
          kb(bytes.img),
          kb(bytes.font),
          kb(bytes.other),
          kb(total),
          requests,
          mark(total <= budgets.total),
          mark(bytes.html + bytes.css <= budgets.htmlCss),
          page.content ? mark(bytes.js <= budgets.js) : 'island page',
        ]),
      ) +
        `\n\nAfter the first visit the service worker downloads ${precache.files} files in the background for offline use: ` +
        `${kb(precache.br)} KB with brotli, ${kb(precache.gzip)} KB with gzip.`,
    );
  }
  if (chosen.includes('lighthouse')) {
    const results = await runLighthouse(server.base);
    section(
      'Lighthouse, mobile preset (simulated slow 4G, 4× CPU slowdown)',
      table(
        ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP ms', 'TBT ms', 'CLS'],
        results.map((r) => [r.page.path, r.scores.performance, r.scores.accessibility, r.scores.bestPractices, r.scores.seo, r.lcpMs, r.tbtMs, r.cls]),
      ),
    );
  }
  if (chosen.includes('api')) {
    const { runs, rawInsertsPerSecond } = await benchApi(server.base, dir);
    const best = Math.max(...runs.map((r) => r.rps));
    section(
      'API: POST /api/tips (JSON, no files) on the embedded database',
      table(
        ['run', 'sent', '201', 'failed', 'unanswered at the end', 'tips/s', 'p50 ms', 'p99 ms'],
        runs.map((r) => [r.label, r.sent, r.ok, r.failed, r.unfinished, r.rps, r.p50, r.p99]),
      ) +
        `\n\nRaw @libsql/client single inserts on the same disk (WAL, synchronous FULL): ${rawInsertsPerSecond}/s. ` +
        `The API reaches ${((best / rawInsertsPerSecond) * 100).toFixed(1)} % of that rate.`,
    );
  }
  if (chosen.includes('queue')) {
    const { tips, generateSeconds, rows } = await benchQueue(dir);
    section(
      `Staff queue query, ${tips.toLocaleString('en')} tips (generated in ${generateSeconds} s)`,
      table(
        ['status', 'tips in status', 'page', 'p50 ms', 'p95 ms'],
        rows.map((r) => [r.status, r.inStatus, r.page, r.p50, r.p95]),
      ),
    );
  }
} finally {
  server.child.kill('SIGTERM');
  await server.exited;
  await rm(dir, { recursive: true, force: true });
}

const cpu = cpus();
const header =
  `\n## ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC — \`npm run bench -- ${chosen.join(' ')}\`\n\n` +
  `Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, ` +
  `${platform()} ${release()}, Node ${process.versions.node}.\n\n`;
await appendFile('docs/benchmarks.md', header + sections.join('\n'));
console.log('\nAppended to docs/benchmarks.md');
