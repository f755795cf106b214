// "Today" for review states, fixed per build. TODAY=YYYY-MM-DD overrides it
// (tests and reproducible builds).
export const today = (env: Record<string, string | undefined> = process.env): Date =>
  env.TODAY ? new Date(`${env.TODAY}T00:00:00Z`) : new Date(new Date().toISOString().slice(0, 10) + 'T00:00:00Z');
