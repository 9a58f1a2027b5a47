/** The admin page: Decap CMS from this site (never a CDN), the project's registrations, and its own CSP. */
export function adminPage(csp: string, base: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex, nofollow" />
    <meta http-equiv="Content-Security-Policy" content="${csp}" />
    <title>Content editor · Competency Catalogue</title>
    <link rel="icon" href="${base}favicon.svg" type="image/svg+xml" />
  </head>
  <body>
    <!-- admin.js first: it asks Decap to wait for CMS.init(), which it calls once its parts are registered. -->
    <script src="admin.js"></script>
    <script src="decap/decap-cms.js"></script>
  </body>
</html>
`;
}
