// Whether a Markdown/MDX body contains a Mermaid diagram, so a page loads the
// zoom widget only when it has something to zoom.
export const hasDiagram = (body: string | undefined) => /^\s*(```|~~~)\s*mermaid\b/m.test(body ?? '');
