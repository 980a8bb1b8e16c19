"""What leaves the engine for the web layer: the report page's data, JSON shapes, CSV and JSON
exports, the OpenAPI description, and a report's original file."""
