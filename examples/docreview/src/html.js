function escapeHtml(value) {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function page(title, body) {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(title)} · DocReview</title>
  <link rel="stylesheet" href="/style.css">
</head>
<body>
  <header><a href="/">DocReview</a> · <a href="/documents">My documents</a></header>
  <main>${body}</main>
</body>
</html>`;
}

module.exports = { escapeHtml, page };
