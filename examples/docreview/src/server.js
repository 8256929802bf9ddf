const path = require('path');
const express = require('express');
const documents = require('./routes/documents');

const app = express();
const PORT = process.env.PORT || 3000;

// Everyone is the demo reviewer until we add accounts.
const CURRENT_USER = { id: 1, email: 'demo@docreview.app', name: 'Demo Reviewer' };

app.use((req, res, next) => {
  req.user = CURRENT_USER;
  next();
});

app.use(express.static(path.join(__dirname, '..', 'public')));
app.use('/documents', documents);

app.get('/', (req, res) => {
  res.sendFile(path.join(__dirname, '..', 'public', 'index.html'));
});

app.use((err, req, res, next) => {
  console.error(err);
  res.status(500).send('<h1>Something went wrong</h1><p>Please try again.</p>');
});

app.listen(PORT, () => {
  console.log(`docreview listening on port ${PORT}`);
});
