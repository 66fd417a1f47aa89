"""Places and people: the gazetteer of administrative divisions and the place word lists.

Nothing is loaded on import: the data files are read on first use.
"""
