namespace ShipReady.Benchmarks.Corpus;

/// <summary>Pieces of a Flask and model-API prototype: docstrings, f-strings, raw strings, comments beside code.</summary>
internal static class PythonBlocks
{
    public const string Header = """
        import json
        import logging
        import os
        from dataclasses import dataclass
        from typing import Optional

        import requests
        from flask import Flask, jsonify, request

        logger = logging.getLogger(__name__)
        BASE_URL = os.environ.get("API_URL", "http://localhost:8000")
        """;

    public static readonly string[] Bodies =
    [
        """"
        def fetch_%name%(user_id: int, limit: int = %n%) -> list[dict]:
            """Load the %name% of a user.

            The API pages at 100 items; a "limit" above that is clamped by the server.
            """
            url = f"{BASE_URL}/api/%name%/{user_id}?limit={limit}"
            response = requests.get(url, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=10)
            response.raise_for_status()
            return response.json()["items"]
        """",
        """
        @app.route("/%name%/<int:item_id>", methods=["POST"])
        @login_required
        def update_%name%(item_id):
            payload = request.get_json(force=True) or {}
            # Titles come from a form field that the browser trims; the API may not.
            title = (payload.get("title") or "").strip()
            if not title:
                return jsonify(error="title is required"), 400
            row = db.session.get(%Name%, item_id)
            row.title = title
            db.session.commit()
            return jsonify(row.to_dict())
        """,
        """
        @dataclass
        class %Name%:
            id: int
            title: str
            tags: list[str]
            note: Optional[str] = None

            PATTERN = r"^[a-z0-9_\-]+$"

            def label(self) -> str:
                return f"{self.title} ({len(self.tags)} tags)" + ("" if self.note is None else ' - ' + self.note)
        """,
        """
        def load_%name%_config(path="config/%name%.json"):
            try:
                with open(path, encoding="utf-8") as handle:
                    return json.load(handle)
            except FileNotFoundError:
                logger.warning("no %name% config at %s; using defaults", path)
                return {"retries": %n%, "backoff": 0.5}
        """,
        """"
        def summarise_%name%(text, max_words=%n%):
            completion = client.chat.completions.create(
                model="gpt-4o-mini",
                messages=[
                    {"role": "system", "content": """You summarise %name% notes.
        Keep it under %n% words; never invent 'facts'."""},
                    {"role": "user", "content": text},
                ],
            )
            return completion.choices[0].message.content
        """",
        """
        def total_%name%(items):
            total = sum(item["count"] * item.get("weight", 1) for item in items)  # weights are per %name%
            average = total / len(items) if items else 0
            return {"total": total, "average": round(average, 2), "label": '%name%: %d' % total}
        """,
        """
        class %Name%Repository:
            '''Reads and writes %name% rows; one instance per request.'''

            def __init__(self, connection):
                self._connection = connection

            def find(self, item_id):
                cursor = self._connection.execute("SELECT id, title FROM %name% WHERE id = ?", (item_id,))
                return cursor.fetchone()
        """,
    ];
}
