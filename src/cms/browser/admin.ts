/**
 * The admin page's script (served by the dev server only, src/cms/integration.ts): starts Decap
 * CMS with the configuration generated from the schemas (/admin/config.json) and, after every
 * save, shows the checker's findings for the saved file in a panel (a live region, so a screen
 * reader announces the result).
 */
import da from '../../i18n/da.json';

interface DecapEntry {
  get(key: 'path' | 'collection' | 'slug'): string;
}
interface Decap {
  init(options: { config: unknown }): void;
  registerEventListener(listener: { name: 'postSave'; handler: (event: { entry: DecapEntry }) => unknown }): void;
}
interface FileFindings {
  file: string;
  findings: { line: number; col: number; severity: 'error' | 'warning'; rule: string; message: string; hint: string }[];
  elsewhere: { errors: number; warnings: number };
}

const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
/** "1 advarsel", "3 advarsler". */
const warningCount = (n: number) => fill(da[n === 1 ? 'cms.findings.warnings.one' : 'cms.findings.warnings'], { n });

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const el = Object.assign(document.createElement(tag), props);
  el.append(...children);
  return el;
}

/** The panel that shows the findings; created once, hidden until the first save. */
function panel(): { region: HTMLElement; status: HTMLElement; list: HTMLUListElement; more: HTMLElement } {
  const existing = document.getElementById('cms-findings');
  if (existing) {
    return {
      region: existing,
      status: existing.querySelector('[data-status]')!,
      list: existing.querySelector('ul')!,
      more: existing.querySelector('[data-more]')!,
    };
  }
  const status = element('p', { className: 'cms-findings-status' });
  status.dataset.status = '';
  const list = element('ul');
  const more = element('p');
  more.dataset.more = '';
  const close = element('button', { type: 'button', textContent: da['cms.findings.close'] });
  const region = element('section', { id: 'cms-findings', hidden: true }, element('h2', { id: 'cms-findings-heading', textContent: da['cms.findings.heading'] }), status, list, more, close);
  region.setAttribute('aria-labelledby', 'cms-findings-heading');
  region.setAttribute('aria-live', 'polite');
  close.addEventListener('click', () => {
    region.hidden = true;
  });
  document.body.append(region);
  return { region, status, list, more };
}

/** Shows the findings of the saved file. */
function show(result: FileFindings): void {
  const { region, status, list, more } = panel();
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  const warnings = result.findings.length - errors;
  region.dataset.state = errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'ok';
  status.textContent = result.findings.length === 0 ? fill(da['cms.findings.none'], { file: result.file }) : fill(da['cms.findings.some'], { file: result.file, errors, warnings: warningCount(warnings) });
  list.replaceChildren(
    ...result.findings.map((f) =>
      element(
        'li',
        { className: `cms-finding-${f.severity}` },
        element('strong', { textContent: `${da[f.severity === 'error' ? 'cms.findings.error' : 'cms.findings.warning']}, ${fill(da['cms.findings.line'], { line: f.line })}: ` }),
        f.message,
        ...(f.hint ? [element('br'), element('span', { textContent: f.hint })] : []),
      ),
    ),
  );
  const { errors: e, warnings: w } = result.elsewhere;
  more.textContent = e + w > 0 ? fill(da['cms.findings.elsewhere'], { errors: e, warnings: warningCount(w) }) : '';
  region.hidden = false;
}

async function start(): Promise<void> {
  const cms = (window as unknown as { CMS: Decap }).CMS;
  const config = (await (await fetch('/admin/config.json')).json()) as { local_backend: { url: string } };
  config.local_backend.url = new URL(config.local_backend.url, location.href).href;
  cms.registerEventListener({
    name: 'postSave',
    handler: async ({ entry }) => {
      const path = entry.get('path');
      const { region, status, list } = panel();
      status.textContent = fill(da['cms.findings.checking'], { file: path });
      list.replaceChildren();
      region.hidden = false;
      try {
        const response = await fetch(`/admin/findings/?path=${encodeURIComponent(path)}`);
        if (!response.ok) throw new Error(await response.text());
        show((await response.json()) as FileFindings);
      } catch (err) {
        status.textContent = fill(da['cms.findings.failed'], { message: (err as Error).message });
      }
    },
  });
  cms.init({ config });
}

void start();
