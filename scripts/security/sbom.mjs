// dist/sbom.cdx.json: a CycloneDX 1.5 bill of materials of what the package ships to browsers
// (README, "What is inside"). `npm sbom` describes node_modules, not the bundles (Lit is a peer
// dependency there, yet it is inside every drop-in file), and in npm 11.19 here `--omit dev`
// lists no component at all while the full tree fails on a devDependency's own tree. So the
// build writes it from the bundles' source maps: each third-party package whose code a file
// holds (name, version, licence from its package.json, purl), and each file a page may load
// with its SHA-384, the same hash as dist/integrity.json's. No timestamp or random serial: the
// same build writes the same bill.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { posix } from 'node:path';
import { pageFiles } from './integrity.mjs';

const purl = (name, version) => `pkg:npm/${name.replace(/^@/, '%40')}@${version}`;

/** The npm packages a built file holds code of, read from its source map. */
function bundledPackages(file) {
  const map = `${file}.map`;
  if (!existsSync(map)) return [];
  const { sources } = JSON.parse(readFileSync(map, 'utf8'));
  const names = sources
    .filter((source) => source.includes('node_modules/'))
    .map((source) => {
      const [first, second] = source.split('node_modules/').at(-1).split('/');
      return first.startsWith('@') ? `${first}/${second}` : first;
    });
  return [...new Set(names)];
}

export function writeSbom() {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const files = pageFiles();
  /** package name → the shipped files that hold its code */
  const holders = new Map();
  for (const file of files)
    for (const name of bundledPackages(file))
      holders.set(name, [...(holders.get(name) ?? []), file]);

  const libraries = [...holders.keys()].sort().map((name) => {
    const meta = JSON.parse(readFileSync(posix.join('node_modules', name, 'package.json'), 'utf8'));
    return {
      type: 'library',
      'bom-ref': purl(name, meta.version),
      name,
      version: meta.version,
      purl: purl(name, meta.version),
      licenses: [{ license: { id: meta.license } }],
      properties: holders.get(name).map((file) => ({ name: 'uzl:bundled-in', value: file })),
    };
  });
  const shipped = files.map((file) => ({
    type: 'file',
    'bom-ref': `file:${file}`,
    name: file,
    hashes: [
      { alg: 'SHA-384', content: createHash('sha384').update(readFileSync(file)).digest('hex') },
    ],
  }));
  const self = purl(pkg.name, pkg.version);
  const bom = {
    $schema: 'http://cyclonedx.org/schema/bom-1.5.schema.json',
    bomFormat: 'CycloneDX',
    specVersion: '1.5',
    version: 1,
    metadata: {
      lifecycles: [{ phase: 'build' }],
      tools: {
        components: [{ type: 'application', name: 'uzl-widgets scripts/security/sbom.mjs' }],
      },
      component: {
        type: 'library',
        'bom-ref': self,
        name: pkg.name,
        version: pkg.version,
        description: pkg.description,
        purl: self,
        licenses: [{ license: { id: pkg.license } }],
      },
    },
    components: [...libraries, ...shipped],
    dependencies: [{ ref: self, dependsOn: libraries.map((lib) => lib['bom-ref']) }],
  };
  writeFileSync('dist/sbom.cdx.json', `${JSON.stringify(bom, null, 2)}\n`);
  return bom;
}
