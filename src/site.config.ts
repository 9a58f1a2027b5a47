/** Where the site's source lives, for "Edit this page" links. REPO_URL and REPO_BRANCH override it, e.g. in a fork's CI. */
export const repository = {
  /** The repository's web address, without a trailing slash. */
  repoUrl: (process.env['REPO_URL'] ?? 'https://github.com/example/competency-catalogue').replace(/\/+$/, ''),
  /** The branch edits are proposed against. */
  branch: process.env['REPO_BRANCH'] ?? 'main',
};
