/** The deploy workflow, read by a YAML parser: only the job that publishes may write to Pages. */
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../support/build-site.ts';

const workflow = parse(readFileSync(join(PROJECT_ROOT, '.github/workflows/deploy.yml'), 'utf8'));
const granted = (job: string) => ({ ...workflow.permissions, ...workflow.jobs[job].permissions });

test('the workflow grants only read access to the repository by default', () => {
  expect(workflow.permissions).toEqual({ contents: 'read' });
});

test.each(Object.keys(workflow.jobs).filter((job) => job !== 'deploy'))(
  'the %s job can neither publish to Pages nor request an identity token',
  (job) => {
    expect([undefined, 'read']).toContain(granted(job).pages);
    expect(granted(job)).not.toHaveProperty('id-token');
  },
);

test('the build takes the address from the Pages settings, and only that job reads them', () => {
  const steps: { id?: string; uses?: string; run?: string; env?: Record<string, string> }[] = workflow.jobs.build.steps;
  const pages = steps.find((step) => step.uses?.startsWith('actions/configure-pages@'));
  const build = steps.find((step) => step.run === 'npm run build');
  expect(pages?.id).toBeTruthy();
  expect(steps.indexOf(pages!)).toBeLessThan(steps.indexOf(build!));
  expect(build!.env).toMatchObject({
    SITE: `\${{ steps.${pages!.id}.outputs.origin }}`,
    BASE_PATH: `\${{ steps.${pages!.id}.outputs.base_path }}`,
  });
  expect(granted('build').pages).toBe('read');
  expect(granted('test')).not.toHaveProperty('pages');
});

test('the deploy job, which runs only after the tests and the build, may publish', () => {
  expect(granted('deploy')).toMatchObject({ pages: 'write', 'id-token': 'write' });
  expect(workflow.jobs.deploy.needs).toBe('build');
  expect(workflow.jobs.build.needs).toBe('test');
});
