import { bundleLimit, namespaceZodImports } from './build-functions';

test('zod is imported as a namespace in the bundles, other names from zod kept', () => {
  expect(namespaceZodImports("import { z } from 'zod';\nconst s = z.string();")).toBe("import * as z from 'zod';\nconst s = z.string();");
  expect(namespaceZodImports("import { z, ZodError } from 'zod';")).toBe("import * as z from 'zod'; import { ZodError } from 'zod';");
  expect(namespaceZodImports("import { ZodError } from 'zod';")).toBe("import { ZodError } from 'zod';");
  expect(namespaceZodImports("import { z } from 'zod/v4'")).toBe("import * as z from 'zod/v4';");
});

test('only the bundles that carry WeChat Pay may weigh the library more', () => {
  expect(bundleLimit({ takesPayments: false })).toBe(300 * 1024);
  expect(bundleLimit({ takesPayments: true })).toBe(332 * 1024);
});
