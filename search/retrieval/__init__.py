"""Finding sections: request parameters, the query language, filters, matching and scoring on
arrays, facets, snippets, and ``run_search`` that ties them together."""
