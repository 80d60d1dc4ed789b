"""Deterministic synthetic text in three languages from one plan.

A *plan* is a list of sentences; a sentence is a template number and its
slots, each slot a concept (a noun, a compound of two nouns, a verb, an
adjective, a place or a number) with a number in [0, 1) that picks the
inflected form. ``render(plan, language)`` writes the plan in one language
with that language's forms, so the English, Danish and German versions of a
page say "the same thing" word for word, in their own vocabulary and with
their own inflections and compounds. Concepts are drawn with a Zipf law, as
words are in real text: a few are everywhere, most are rare.
"""
import bisect
import itertools

from . import vocabulary

LANGUAGES = ("en", "da", "de")
LANGUAGE_INDEX = {code: index for index, code in enumerate(LANGUAGES)}


class Zipf:
    """Draws ranks 0..n-1 with probability proportional to 1 / (rank + 1) ** s."""

    def __init__(self, n, s=1.1):
        self.n = n
        self.cumulative = list(itertools.accumulate(1.0 / (rank + 1) ** s for rank in range(n)))
        self.total = self.cumulative[-1]

    def draw(self, rng):
        return min(bisect.bisect_right(self.cumulative, rng.random() * self.total), self.n - 1)

    def sample(self, rng, k):
        """``k`` distinct ranks (fewer if ``k`` > n), most frequent first as drawn."""
        k = min(k, self.n)
        chosen = []
        while len(chosen) < k:
            rank = self.draw(rng)
            if rank not in chosen:
                chosen.append(rank)
        return chosen


def _forms(text):
    return text.split(" ")


class Vocabulary:
    """The word lists of vocabulary.py, split into forms per language."""

    def __init__(self):
        self.nouns = [[_forms(entry[index]) for entry in vocabulary.NOUNS] for index in range(3)]
        self.noun_stems = [
            [entry[0].split(" ")[0] for entry in vocabulary.NOUNS],
            [entry[3] for entry in vocabulary.NOUNS],
            [entry[4] for entry in vocabulary.NOUNS],
        ]
        self.verbs = [[_forms(entry[index]) for entry in vocabulary.VERBS] for index in range(3)]
        self.adjectives = [[_forms(entry[index]) for entry in vocabulary.ADJECTIVES] for index in range(3)]
        self.places = [[entry[index] for entry in vocabulary.PLACES] for index in range(3)]
        self.noun_ranks = Zipf(len(vocabulary.NOUNS), 1.0)
        self.verb_ranks = Zipf(len(vocabulary.VERBS), 0.9)
        self.adjective_ranks = Zipf(len(vocabulary.ADJECTIVES), 0.9)
        self.place_ranks = Zipf(len(vocabulary.PLACES), 1.1)


VOCABULARY = Vocabulary()

# Sentence templates: the slots, then the sentence in en, da, de. Slots:
# A adjective, N noun, C compound noun, V verb, P place, # a number.
SENTENCES = [
    ("ANVCP", "{} {} {} {} in {}.", "{} {} {} {} i {}.", "{} {} {} {} in {}."),
    ("NVANP", "The {} {} {} {} across {}.", "{} {} {} {} på tværs af {}.", "Die {} {} {} {} über {} hinaus."),
    ("CANN", "Through {}, {} {} and {} grow together.", "Gennem {} vokser {} {} og {} sammen.", "Durch {} wachsen {} {} und {} zusammen."),
    ("VACN", "We {} {} {} for {}.", "Vi {} {} {} til {}.", "Wir {} {} {} für {}."),
    ("NPPVC", "{} between {} and {} {} {}.", "{} mellem {} og {} {} {}.", "{} zwischen {} und {} {} {}."),
    ("ACVAN", "{} {} {} {} {} on both sides of the border.", "{} {} {} {} {} på begge sider af grænsen.", "{} {} {} {} {} auf beiden Seiten der Grenze."),
    ("NNVC", "Both {} and {} {} the {}.", "Både {} og {} {} {}.", "Sowohl {} als auch {} {} die {}."),
    ("CVANP", "The {} {} {} {} from {}.", "{} {} {} {} fra {}.", "Die {} {} {} {} aus {}."),
    ("ANCV", "More {} {} need {} that they can {}.", "Flere {} {} har brug for {}, som de kan {}.", "Mehr {} {} brauchen {}, die sie {} können."),
    ("NVNAC", "{} {} {} with {} {}.", "{} {} {} med {} {}.", "{} {} {} mit {} {}."),
    ("PACN", "In {}, {} {} creates new {}.", "I {} skaber {} {} nye {}.", "In {} schafft {} {} neue {}."),
    ("ANVN", "{} {} {} {} every year.", "{} {} {} {} hvert år.", "{} {} {} jedes Jahr {}."),
    ("#ANVC", "{} {} {} {} {}.", "{} {} {} {} {}.", "{} {} {} {} {}."),
    ("CNVAP", "With {}, {} {} {} projects in {}.", "Med {} {} {} {} projekter i {}.", "Mit {} {} {} {} Projekte in {}."),
]
TITLES = {
    "case_study": [
        ("ACP", "{} {} in {}", "{} {} i {}", "{} {} in {}"),
        ("CPP", "{} between {} and {}", "{} mellem {} og {}", "{} zwischen {} und {}"),
        ("AC", "{} {}", "{} {}", "{} {}"),
    ],
    "good_practice": [
        ("vAC", "{} {} {}", "{} {} {}", "{1} {2} {0}"),
        ("vNC", "{} {} through {}", "{} {} gennem {}", "{1} durch {2} {0}"),
    ],
    "project_idea": [
        ("ACN", "{} {} for {}", "{} {} til {}", "{} {} für {}"),
        ("CP", "{} in {}", "{} i {}", "{} in {}"),
        ("AAC", "{} {} {}", "{} {} {}", "{} {} {}"),
    ],
    "event": [
        ("AC", "{} {}", "{} {}", "{} {}"),
        ("CP", "{} in {}", "{} i {}", "{} in {}"),
    ],
    "topic": [
        ("C", "{}", "{}", "{}"),
        ("AN", "{} {}", "{} {}", "{} {}"),
    ],
}


def _slot(kind, rng):
    v = VOCABULARY
    if kind == "N":
        return (kind, v.noun_ranks.draw(rng), rng.random())
    if kind == "C":
        modifier = v.noun_ranks.draw(rng)
        head = v.noun_ranks.draw(rng)
        while head == modifier:
            head = v.noun_ranks.draw(rng)
        return (kind, (modifier, head), rng.random())
    if kind in "Vv":
        return (kind, v.verb_ranks.draw(rng), rng.random())
    if kind == "A":
        return (kind, v.adjective_ranks.draw(rng), rng.random())
    if kind == "P":
        return (kind, v.place_ranks.draw(rng), 0.0)
    if kind == "#":
        return (kind, rng.choice((2, 3, 5, 8, 10, 12, 15, 20, 25, 40, 50, 100, 250)), 0.0)
    raise ValueError(kind)


def _pick(forms, u):
    return forms[int(u * len(forms))]


def _word(slot, language_index):
    kind, concept, u = slot
    v = VOCABULARY
    if kind == "N":
        return _pick(v.nouns[language_index][concept], u)
    if kind == "C":
        modifier, head = concept
        head_form = _pick(v.nouns[language_index][head], u)
        if language_index == 0:
            return f"{v.noun_stems[0][modifier]} {head_form}"
        return v.noun_stems[language_index][modifier] + head_form.lower()
    if kind == "V":
        return _pick(v.verbs[language_index][concept], u)
    if kind == "v":  # the base form, for recommendations ("Develop ...", "... entwickeln")
        return v.verbs[language_index][concept][0]
    if kind == "A":
        return _pick(v.adjectives[language_index][concept], u)
    if kind == "P":
        return v.places[language_index][concept]
    return str(concept)


def _capitalised(text):
    return text[:1].upper() + text[1:]


class TextPlanner:
    """Plans of sentences, paragraphs and titles, drawn from ``rng``."""

    def __init__(self, rng):
        self.rng = rng

    def sentence(self, templates=SENTENCES):
        index = self.rng.randrange(len(templates))
        return (index, [_slot(kind, self.rng) for kind in templates[index][0]])

    def sentences(self, count):
        return [self.sentence() for _ in range(count)]

    def paragraphs(self, count, sentences=(2, 6)):
        return [self.sentences(self.rng.randint(*sentences)) for _ in range(count)]

    def title(self, kind):
        return self.sentence(TITLES[kind])

    def noun(self):
        return _slot("N", self.rng)

    def compound(self):
        return _slot("C", self.rng)


def render_sentence(sentence, language, templates=SENTENCES):
    index, slots = sentence
    language_index = LANGUAGE_INDEX[language]
    template = templates[index][1 + language_index]
    return _capitalised(template.format(*[_word(slot, language_index) for slot in slots]))


def render_text(sentences, language):
    """Sentences as one plain-text string."""
    return " ".join(render_sentence(sentence, language) for sentence in sentences)


def render_title(title, kind, language):
    return render_sentence(title, language, TITLES[kind])


def render_word(slot, language):
    return _word(slot, LANGUAGE_INDEX[language])


def render_html(paragraphs, language):
    """Paragraph plans as rich text (``<p>`` elements; the words need no escaping)."""
    return "".join(f"<p>{render_text(paragraph, language)}</p>" for paragraph in paragraphs)
