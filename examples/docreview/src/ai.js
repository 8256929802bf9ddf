const OpenAI = require('openai');

const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

const MODEL = 'gpt-4o-mini';

async function summarize(text) {
  const completion = await client.chat.completions.create({
    model: MODEL,
    messages: [
      { role: 'system', content: 'You summarise contracts for busy founders in five bullet points.' },
      { role: 'user', content: text.slice(0, 50000) },
    ],
  });
  return completion.choices[0].message.content;
}

async function findRiskyClauses(text) {
  const completion = await client.chat.completions.create({
    model: MODEL,
    response_format: { type: 'json_object' },
    messages: [
      {
        role: 'system',
        content:
          'List clauses a small company should question. Answer as JSON: {"clauses": [{"quote": "...", "why": "..."}]}',
      },
      { role: 'user', content: text.slice(0, 50000) },
    ],
  });
  return JSON.parse(completion.choices[0].message.content).clauses;
}

module.exports = { summarize, findRiskyClauses };
