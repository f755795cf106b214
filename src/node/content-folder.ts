// A content folder's name for the caches of its builds (the site's content/, the
// tests' fixture site via CONTENT_DIR): "tests/fixtures/site/content" → "tests-fixtures-site-content".
import path from 'node:path';

export const contentFolderName = (projectRoot: string, contentDir: string): string =>
  path.relative(projectRoot, path.resolve(contentDir)).replace(/[\\/]+/g, '-');
