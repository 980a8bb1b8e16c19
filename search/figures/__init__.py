"""The numbers in the reports' tables across a selection: per-report records, the statistics
table, trends and their charts, side-by-side comparison, and the data-quality checks."""
