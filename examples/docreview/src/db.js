const fs = require('fs');
const path = require('path');
const Database = require('better-sqlite3');

const dataDir = path.join(__dirname, '..', 'data');
fs.mkdirSync(dataDir, { recursive: true });

const db = new Database(path.join(dataDir, 'docreview.db'));

db.exec(`
  CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    owner_id INTEGER NOT NULL,
    filename TEXT NOT NULL,
    mimetype TEXT,
    content TEXT NOT NULL,
    uploaded_at TEXT NOT NULL DEFAULT (datetime('now'))
  )
`);

db.exec(`
  CREATE TABLE IF NOT EXISTS analyses (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id INTEGER NOT NULL REFERENCES documents(id),
    summary TEXT NOT NULL,
    risky_clauses TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (datetime('now'))
  )
`);

function addDocument(ownerId, filename, mimetype, content) {
  const result = db
    .prepare('INSERT INTO documents (owner_id, filename, mimetype, content) VALUES (?, ?, ?, ?)')
    .run(ownerId, filename, mimetype, content);
  return result.lastInsertRowid;
}

function listDocuments(ownerId) {
  return db
    .prepare('SELECT id, filename, uploaded_at FROM documents WHERE owner_id = ? ORDER BY uploaded_at DESC')
    .all(ownerId);
}

function getDocument(ownerId, id) {
  return db.prepare('SELECT * FROM documents WHERE owner_id = ? AND id = ?').get(ownerId, id);
}

function saveAnalysis(documentId, summary, riskyClauses) {
  db.prepare('INSERT INTO analyses (document_id, summary, risky_clauses) VALUES (?, ?, ?)')
    .run(documentId, summary, JSON.stringify(riskyClauses));
}

function latestAnalysis(documentId) {
  const row = db
    .prepare('SELECT * FROM analyses WHERE document_id = ? ORDER BY created_at DESC LIMIT 1')
    .get(documentId);
  return row && { ...row, risky_clauses: JSON.parse(row.risky_clauses) };
}

module.exports = { addDocument, listDocuments, getDocument, saveAnalysis, latestAnalysis };
