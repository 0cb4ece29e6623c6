"""The limits and thresholds the readers apply, named in one place.

They are module constants for now; a settings table (name, default, help) may later take
them over, which is why none of them is written inline in a reader.
"""

# -- size ---------------------------------------------------------------------------------

# A reader holds one whole file in memory. News articles are kilobytes, so a file past
# this size is a dump or a mistake, and refusing it keeps one input from exhausting memory.
MAX_FILE_BYTES = 50 * 1024 * 1024

# One article body (and one JSON line). Longer "articles" are concatenated corpora or
# broken extractions, and would make a single sentence-splitting call unreasonably slow.
MAX_TEXT_CHARS = 1_000_000

# -- format detection ---------------------------------------------------------------------

# How much of the start of a file format detection looks at: enough for an XML prolog,
# comments and a doctype, small enough that detection stays cheap on any file.
SNIFF_BYTES = 8192

# Text files hold almost no control characters besides tab and newlines; binary formats
# without NUL bytes in their head still have many.
MAX_CONTROL_SHARE = 0.10

# -- legacy encodings ---------------------------------------------------------------------

# Western text in Windows-1252 has a few accented letters and curly quotes among ASCII;
# a file with many high bytes, or runs of them, is another encoding (or binary), and
# decoding it as Windows-1252 would produce mojibake instead of an error.
MAX_LEGACY_HIGH_BYTE_SHARE = 0.10
MAX_LEGACY_HIGH_BYTE_RUN = 2

# -- HTML ---------------------------------------------------------------------------------

# When a page has no article, trafilatura falls back to whatever text is left: menu
# entries and "Share this:". Those are a few words a line; an article has a longer one.
MIN_HTML_LINE_WORDS = 5

# -- language -----------------------------------------------------------------------------

# The dictionaries are English; a text that is not English codes nothing and is better
# reported than silently empty. The check reads only the start of the text.
LANGUAGE_SAMPLE_WORDS = 200

# Below this many words there is too little to judge, and headlines are stopword-poor.
MIN_WORDS_TO_JUDGE_LANGUAGE = 8

# Below this many words a text is judged non-English only when foreign function words
# outnumber English ones: short English sentences can lack function words entirely.
MIN_WORDS_FOR_STOPWORD_SHARE = 20

# English prose has 25-40% of its words in detente's stopword list; French, German or
# Spanish text has almost none (the list leaves out words those languages share).
MIN_ENGLISH_STOPWORD_SHARE = 0.08

# Share of letters that must be Latin script before the stopword test is worth running.
MIN_LATIN_LETTER_SHARE = 0.5
