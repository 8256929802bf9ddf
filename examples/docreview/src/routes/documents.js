const fs = require('fs');
const express = require('express');
const multer = require('multer');
const pdfParse = require('pdf-parse');
const db = require('../db');
const ai = require('../ai');
const { escapeHtml, page } = require('../html');

const router = express.Router();
const upload = multer({ dest: 'uploads/' });

async function extractText(file) {
  const buffer = fs.readFileSync(file.path);
  if (file.mimetype === 'application/pdf') {
    const parsed = await pdfParse(buffer);
    return parsed.text;
  }
  return buffer.toString('utf8');
}

router.post('/', upload.single('document'), async (req, res, next) => {
  try {
    const text = await extractText(req.file);
    const id = db.addDocument(req.user.id, req.file.originalname, req.file.mimetype, text);
    res.redirect(`/documents/${id}`);
  } catch (err) {
    next(err);
  }
});

router.get('/', (req, res) => {
  const rows = db.listDocuments(req.user.id);
  const items = rows
    .map((d) => `<li><a href="/documents/${d.id}">${escapeHtml(d.filename)}</a> <small>${escapeHtml(d.uploaded_at)}</small></li>`)
    .join('');
  res.send(page('My documents', `<h1>My documents</h1><ul>${items || '<li>Nothing yet.</li>'}</ul>`));
});

router.get('/:id', (req, res) => {
  const doc = db.getDocument(req.user.id, req.params.id);
  if (!doc) {
    return res.status(404).send(page('Not found', '<h1>Document not found</h1>'));
  }
  const analysis = db.latestAnalysis(doc.id);
  const analysisHtml = analysis
    ? `<h2>Summary</h2><pre>${escapeHtml(analysis.summary)}</pre>
       <h2>Clauses to question</h2>
       <ul>${analysis.risky_clauses.map((c) => `<li><q>${escapeHtml(c.quote)}</q>: ${escapeHtml(c.why)}</li>`).join('')}</ul>`
    : `<form method="post" action="/documents/${doc.id}/analyze"><button>Analyse with AI</button></form>`;
  res.send(page(doc.filename, `<h1>${escapeHtml(doc.filename)}</h1>${analysisHtml}`));
});

router.post('/:id/analyze', async (req, res, next) => {
  try {
    const doc = db.getDocument(req.user.id, req.params.id);
    if (!doc) {
      return res.status(404).send(page('Not found', '<h1>Document not found</h1>'));
    }
    const summary = await ai.summarize(doc.content);
    const clauses = await ai.findRiskyClauses(doc.content);
    db.saveAnalysis(doc.id, summary, clauses);
    res.redirect(`/documents/${doc.id}`);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
