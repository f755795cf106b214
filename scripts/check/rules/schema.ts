// Frontmatter and YAML against the same Zod schemas the build uses, in plain Swedish.
import type { Rule } from '../context.ts';
import { refStub, danglingRef } from '../validate.ts';
import { describeIssue } from '../zod-swedish.ts';

export const schema: Rule = {
  id: 'schema',
  defers: true,
  run: (ctx) =>
    ctx.entries.flatMap((e) => {
      const v = ctx.validation(e);
      if (!v) return [];
      const zodSchema = e.collection.schema(refStub(() => true, []));
      return v.issues
        .filter((i) => !danglingRef(i))
        .flatMap((i) => describeIssue(i, e.raw, zodSchema))
        .map((d) => ctx.atField('schema', e, d.path, d.message, d.fix));
    }),
};
