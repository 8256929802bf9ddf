namespace ShipReady.Benchmarks.Corpus;

/// <summary>Pieces of an Express and model-API prototype: template literals with nested interpolations, regex literals, calls across lines.</summary>
internal static class JavaScriptBlocks
{
    public const string Header = """
        'use strict';

        const express = require('express');
        const axios = require('axios');
        const { OpenAI } = require('openai');
        const db = require('./db');

        const router = express.Router();
        const BASE_URL = process.env.API_URL || 'http://localhost:3000';
        const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
        """;

    public static readonly string[] Bodies =
    [
        """
        /**
         * Loads the %name% list of a user; the API answers in under a second on a warm cache.
         * @param {number} userId
         */
        async function load%Name%(userId, options = {}) {
          const url = `${BASE_URL}/api/%name%/${encodeURIComponent(userId)}?limit=${options.limit ?? %n%}`;
          const res = await fetch(url, { method: 'GET', headers: { Authorization: `Bearer ${options.token}`, 'Content-Type': 'application/json' } });
          if (!res.ok) {
            throw new Error(`failed to load %name%: ${res.status} ${res.statusText}`);
          }
          return res.json();
        }
        """,
        """
        router.post('/%name%/:id', async (req, res, next) => {
          try {
            const { title, body } = req.body;
            const item = db.prepare('SELECT * FROM %name% WHERE id = ? AND owner = ?').get(req.params.id, req.user.id);
            if (!item) return res.status(404).json({ error: 'not found' });
            db.prepare("UPDATE %name% SET title = ?, body = ? WHERE id = ?").run(title.trim(), body, item.id);
            res.json({ ...item, title: title.trim(), updatedAt: new Date().toISOString() });
          } catch (err) {
            next(err);
          }
        });
        """,
        """
        const %name%Response = await axios.post(
          `${BASE_URL}/v1/%name%`,
          { items: [{ id: %n%, tags: ['a', 'b'] }], note: "it's \"quoted\" (really)" },
          { timeout: 5000, headers: { 'X-Request-Id': `req-${Date.now()}` } },
        );
        """,
        """
        // Keeps the last %n% %name% entries in memory; the store is rebuilt on restart.
        class %Name%Cache {
          #entries = new Map();

          get(key) {
            return this.#entries.get(key) ?? null;
          }

          set(key, value) {
            if (this.#entries.size >= %n%) this.#entries.delete(this.#entries.keys().next().value);
            this.#entries.set(key, value);
          }
        }
        """,
        """
        function summarize%Name%(items) {
          let total = 0;
          for (const item of items) {
            total += item.count * item.weight; /* weights are per %name%, set by the admin */
          }
          const slug = items.map((i) => i.title.toLowerCase().replace(/[^a-z0-9]+/g, '-')).join('/');
          return { total, slug, average: items.length ? total / items.length : 0, label: '%name%: ' + total };
        }
        """,
        """
        async function draft%Name%Summary(text, maxWords = %n%) {
          const completion = await client.chat.completions.create({
            model: 'gpt-4o-mini',
            messages: [
              { role: 'system', content: `Summarise the %name% in ${maxWords} words. Keep "quotes" as written.` },
              { role: 'user', content: text },
            ],
          });
          return completion.choices[0].message.content;
        }
        """,
        """
        export function render%Name%Row(row) {
          return `<tr data-id="${row.id}">
            <td>${escapeHtml(row.title)}</td>
            <td>${row.tags.map((t) => `<span class="tag">${t}</span>`).join('')}</td>
          </tr>`;
        }
        """,
        """
        router.get('/%name%', (req, res) => {
          const page = Number.parseInt(req.query.page ?? '1', 10);
          const rows = db.prepare('SELECT id, title FROM %name% ORDER BY id LIMIT ? OFFSET ?').all(%n%, (page - 1) * %n%);
          res.json({ page, rows });
        });
        """,
    ];
}
