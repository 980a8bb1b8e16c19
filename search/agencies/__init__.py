"""Agencies as bodies: the index's agency ids read into a directory (``directory``), browsed by place
and kind (``browse``), and each body's page of years, figures and checks (``page``)."""
