"""What readers type, and the page that must come up in the top 3 results, per language.

Shared by tests/test_search.py (pass/fail) and tools/bench_search.py (latency). Expected
pages are site-relative; a tuple lists several acceptable pages (e.g. MICI covers two).
"""

from __future__ import annotations

HASHIMOTO = "conditions/hashimoto-thyroiditis/"
GRAVES = "conditions/graves-disease/"
MS = "conditions/multiple-sclerosis/"
CROHN = "conditions/crohns-disease/"
UC = "conditions/ulcerative-colitis/"
RA = "conditions/rheumatoid-arthritis/"
PSORIASIS = "conditions/psoriasis/"
T1D = "conditions/type-1-diabetes/"
OVERVIEW = "conditions/"
ABOUT = "about/"
IMMUNE = "immune-system/"
GLANCE = "immune-system/at-a-glance/"
CELLS = "immune-system/immune-cells/"
TOLERANCE = "immune-system/tolerance/"
ANTIBODIES = "immune-system/antibodies/"
DIAGNOSIS = "immune-system/diagnosis/"
CYTOKINES = "immune-system/cytokines/"
MICROBIOTA = "immune-system/microbiota/"
AGEING = "immune-system/ageing/"
RISKS = "immune-system/risk-factors/"
GLOSSARY = "glossary/"

FRENCH: list[tuple[str, str | tuple[str, ...]]] = [
    # names, with and without accents
    ("hashimoto", HASHIMOTO),
    ("thyroïdite d'Hashimoto", HASHIMOTO),
    ("thyroidite", HASHIMOTO),
    ("thyroidite de hashimoto", HASHIMOTO),
    ("basedow", GRAVES),
    ("maladie de Basedow", GRAVES),
    ("sclérose en plaques", MS),
    ("sclerose en plaques", MS),
    ("sclerose", MS),
    ("crohn", CROHN),
    ("maladie de Crohn", CROHN),
    ("rectocolite hémorragique", UC),
    ("rectocolite hemorragique", UC),
    ("polyarthrite rhumatoïde", RA),
    ("polyarthrite rhumatoide", RA),
    ("psoriasis", PSORIASIS),
    ("rhumatisme psoriasique", PSORIASIS),
    ("diabète de type 1", T1D),
    ("diabete", T1D),
    ("diabete type 1", T1D),
    # abbreviations
    ("SEP", MS),
    ("PR", RA),
    ("RCH", UC),
    ("MICI", (CROHN, UC)),
    ("DT1", T1D),
    # possessives and the other language's names (eponyms)
    ("crohns", CROHN),
    ("crohn's", CROHN),
    ("hashimoto's", HASHIMOTO),
    ("graves", GRAVES),
    ("multiple sclerosis", MS),
    ("rheumatoid arthritis", RA),
    ("ulcerative colitis", UC),
    ("type 1 diabetes", T1D),
    # typos
    ("hashimto", HASHIMOTO),
    ("basedw", GRAVES),
    ("polyartrite", RA),
    # words from the pages
    ("maladies auto-immunes", OVERVIEW),
    ("insuline", T1D),
    ("myeline", MS),
    ("acidocetose", T1D),
    ("hypothyroidie", HASHIMOTO),
    ("vie privée", ABOUT),
    ("charte éditoriale", ABOUT),
    # explainers and glossary
    ("système immunitaire", (IMMUNE, GLANCE)),
    ("lymphocytes T régulateurs", (CELLS, TOLERANCE)),
    ("anticorps antinucléaires", (ANTIBODIES, DIAGNOSIS)),
    ("cytokines", CYTOKINES),
    ("microbiote", MICROBIOTA),
    ("inflammaging", AGEING),
    ("Epstein-Barr", (RISKS, MS)),
    ("glossaire", GLOSSARY),
]

ENGLISH: list[tuple[str, str | tuple[str, ...]]] = [
    # names
    ("hashimoto", HASHIMOTO),
    ("hashimoto's thyroiditis", HASHIMOTO),
    ("thyroiditis", HASHIMOTO),
    ("graves disease", GRAVES),
    ("multiple sclerosis", MS),
    ("crohn", CROHN),
    ("crohn's disease", CROHN),
    ("ulcerative colitis", UC),
    ("colitis", UC),
    ("rheumatoid arthritis", RA),
    ("rheumatoid", RA),
    ("psoriasis", PSORIASIS),
    ("psoriatic arthritis", PSORIASIS),
    ("type 1 diabetes", T1D),
    ("diabetes", T1D),
    # abbreviations
    ("MS", MS),
    ("RA", RA),
    ("UC", UC),
    ("IBD", (CROHN, UC)),
    ("T1D", T1D),
    # possessives
    ("crohns", CROHN),
    ("crohn's", CROHN),
    ("hashimoto's", HASHIMOTO),
    ("hashimotos", HASHIMOTO),
    ("graves'", GRAVES),
    ("graves", GRAVES),
    # the other language's names and eponyms, with and without accents
    ("basedow", GRAVES),
    ("sclerose en plaques", MS),
    ("polyarthrite", RA),
    ("rectocolite", UC),
    ("diabète", T1D),
    # typos
    ("rheumatiod", RA),
    ("hashimto", HASHIMOTO),
    ("graves disese", GRAVES),
    ("psoriasys", PSORIASIS),
    # words from the pages
    ("autoimmune diseases", OVERVIEW),
    ("ketoacidosis", T1D),
    ("insulin", T1D),
    ("myelin", MS),
    ("thyroid eye disease", GRAVES),
    ("hypothyroidism", HASHIMOTO),
    ("privacy", ABOUT),
    ("editorial policy", ABOUT),
    # explainers and glossary
    ("immune system", (IMMUNE, GLANCE)),
    ("regulatory T cells", (CELLS, TOLERANCE)),
    ("antinuclear antibodies", (ANTIBODIES, DIAGNOSIS)),
    ("cytokines", CYTOKINES),
    ("microbiota", MICROBIOTA),
    ("inflammaging", AGEING),
    ("Epstein-Barr", (RISKS, MS)),
    ("glossary", GLOSSARY),
]

QUERIES = {"fr": FRENCH, "en": ENGLISH}
