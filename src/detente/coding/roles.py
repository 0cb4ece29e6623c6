"""Who acts and who is acted on: source and target tokens from the dependency parse.

Source: the verb's subject, inherited along xcomp/conj/advcl links ("Turkey agreed to
host ..."); in the passive, the "by" agent. Target: the object, else a prepositional
object, else (passive) the subject. Conjoined nouns give one actor each.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Collection, Iterator

from spacy.tokens import Token

SUBJECTS = frozenset({"nsubj", "csubj", "expl"})
PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
OBJECTS = frozenset({"dobj", "dative", "obj", "attr", "oprd"})
TARGET_PREPOSITIONS = frozenset(
    {"to", "with", "against", "on", "at", "into", "from", "in", "for", "over", "toward",
     "towards", "upon", "about", "onto", "across", "among", "between", "near", "of",
     # particles the parser takes for prepositions: "cordoned off the roads into Mordor"
     "off", "out", "down", "up"}
)
# links along which a verb without a subject of its own takes its governor's
_INHERITS = frozenset({"xcomp", "conj", "advcl", "pcomp", "prep", "acl", "ccomp", "acomp"})
_RELATIVE = frozenset({"WDT", "WP"})
_PRONOUNS = frozenset({"it", "they", "he", "she"})
_SINGULAR = frozenset({"it", "he", "she"})
# clauses whose subject pronoun most often stands for the subject of the clause above
_REPORTED = frozenset({"ccomp", "xcomp", "advcl", "conj"})


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in PASSIVE_SUBJECTS or c.dep_ == "auxpass" for c in verb.children)


def subject_tokens(verb: Token) -> list[Token]:
    """The nouns that act: the active subject, the passive agent, or the governor's."""
    if _passive_conjunct(verb):
        # "staffers were shot and killed (by gunmen)": the staffers are killed, not killing
        return _own_subject(verb.head) + _agents(verb)
    if _bare_participle(verb):
        # "Eight Palestinians are killed and 13 injured": a participle's noun is the one it
        # is done to, never its doer, whatever that noun hangs from
        return []
    token: Token = verb
    below: Token | None = None  # the word on the way up that hangs from ``token``
    for _ in range(8):  # a bounded climb: parses can be deep but never need more
        found = _own_subject(token)
        if below is not None and below.dep_ == "prep" and is_passive(token):
            # "Saadi is arrested by the U.S. justice department after planning attacks":
            # a gerund's phrase on a passive is done by its subject, not by its "by"
            # (but "is attacked by a drone, killing nine" kills by the drone; and "they"
            # in "after they were arrested for taking part" is no one named)
            patients = [c for c in token.children if c.dep_ in PASSIVE_SUBJECTS]
            if patients:
                return [t for p in patients for t in members(p)]
        if found and all(t.lower_ in _PRONOUNS for t in found) and token.dep_ in _REPORTED:
            # "Ethiopia indicated it would act": the pronoun is the reporting subject,
            # when their numbers agree ("Britain and France threatened sanctions if it
            # does not agree": "it" is neither)
            above = subject_tokens(token.head)
            if all(t.lower_ in _SINGULAR for t in found) and len(above) > 1 \
                    or all(t.lower_ in ("he", "she") for t in found) and any(
                        _many_people(t) for t in above):
                # ("police detain Gandhi after he called for ...": "he" is no police)
                return []
            # ("the US seizes the tanker after it breached the blockade": "it" is as
            # likely the thing the clause above acts on)
            if token.dep_ == "advcl" and all(t.lower_ == "it" for t in found) and any(
                    c.dep_ == "dobj" and c.tag_ == "NN" for c in token.head.children):
                return []
            return above or found
        if not found and token is not verb and is_passive(token):
            # "Putin is poised to visit": the passive governor's subject does the visiting;
            # "called on Gondor to be allowed to leave": with none, who leaves is not said,
            # unless the governor shares a subject ("sign a treaty and are set to meet")
            found = [c for c in token.children if c.dep_ in PASSIVE_SUBJECTS]
            if not found and token.dep_ != "conj":
                return []
        if found and all(f.lemma_.lower() in _REMAINS for f in found):
            # "Khamenei's remains arrived in Najaf": the dead visit no one
            return []
        if found:
            return [t for f in found for t in members(f)]
        if token is verb and is_passive(verb):
            # "agreed that the disputes should be resolved", "called on Gondor to be
            # allowed to leave": whoever resolves or allows is not said, and is not the
            # subject of the verb this one hangs from
            return []
        if token.dep_ == "ROOT":
            return _stranded_subject(token)
        if token.dep_ not in _INHERITS:
            return []
        controller = _object_control(token)
        if controller:
            # "ordered its airlines to stop", "used the act to deport": where the object
            # names no actor, the coder falls back on the governor's subject (but not
            # where it names a person, nor a name blamed for a deed: "the judge sentenced
            # Boelter for killing a senator", "a court convicts Lafarge for financing the
            # Islamic State" are no killing or financing by the judge or the court)
            if any(a_person(c) or _blamed_name(c, token) or _others(c) for c in controller):
                return controller
            return controller + subject_tokens(token.head)
        below, token = token, token.head
        if token.dep_ in OBJECTS and token.lemma_.lower() in _STATEMENTS \
                and token.head.lemma_.lower() in _ISSUING:
            # "issued a declaration demanding that ...": the statement's issuer demands
            # (not one who vetoes "a resolution calling for a ceasefire")
            token = token.head
    return []


def _bare_participle(verb: Token) -> bool:
    """'13 injured', 'a deal mediated by Egypt': a past participle on a noun, with no
    subject or auxiliary of its own (not "reports that Iran has sent", parsed alike)."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" \
        and verb.head.pos_ in ("NOUN", "PROPN", "NUM") \
        and not any(c.dep_ in SUBJECTS or c.dep_ in ("aux", "auxpass") for c in verb.children)


_REMAINS = frozenset({"remains", "remain", "body", "coffin", "corpse", "ashes", "ash"})


def _many_people(token: Token) -> bool:
    """'police', 'prosecutors': a plural common noun, which "he" or "she" cannot stand for
    (but "Rousseff's efforts ... when she launched" are hers)."""
    return token.tag_ == "NNS" and not any(c.dep_ == "poss" for c in token.children)


# what an actor issues that says things of its own ("a statement condemning the attack")
_STATEMENTS = frozenset({"statement", "declaration", "report", "letter", "resolution",
                         "communique", "communiqué", "message", "decree", "memo", "note",
                         "bill", "law", "legislation", "package", "order"})
_ISSUING = frozenset({"issue", "release", "publish", "send", "deliver", "sign", "adopt",
                      "pass", "approve", "unveil", "present", "submit", "make", "write"})


def issued_clauses(verb: Token) -> list[Token]:
    """'passed a bill imposing sanctions', 'issued a statement condemning the attack':
    the clauses that say what the verb's issued statement does."""
    if verb.lemma_.lower() not in _ISSUING:
        return []
    return [c for o in verb.children if o.dep_ in OBJECTS and o.lemma_.lower() in _STATEMENTS
            for c in o.children if c.dep_ in ("acl", "relcl")]


def _stranded_subject(root: Token) -> list[Token]:
    """'Despite Russia's invasion, Turkey, led by Erdoğan, has maintained ...': the parser
    made the subject an apposition inside the opening phrase and left the main verb
    without one. The last name set off by commas before the verb stands in for it."""
    if root.pos_ not in ("VERB", "AUX") or not any(
            c.dep_ in ("aux", "auxpass") or c.tag_ in ("VBD", "VBZ", "VBP")
            for c in (root, *root.children)):
        return []
    stranded = [t for t in root.doc[root.sent.start:root.i] if t.dep_ == "appos"
                and t.pos_ == "PROPN" and t.i > t.head.i and t.nbor(-1).text == ","]
    if not stranded or not all(_aside(w, stranded[-1], root)
                               for w in root.doc[stranded[-1].i + 1:root.i]):
        return []
    return stranded[-1:]


def _aside(word: Token, name: Token, root: Token) -> bool:
    """Between the stranded name and its verb only commas, the verb's auxiliaries and
    adverbs, and participle phrases ("led by Erdoğan"): no other noun that could be
    the subject ("Ukraine, the region's governor says")."""
    if word.is_punct or word.head.i == root.i and word.dep_ in ("aux", "neg", "advmod"):
        return True
    return any(a.dep_ in ("acl", "advcl") and a.tag_ in ("VBN", "VBG") and a.i > name.i
               for a in (word, *word.ancestors))


def _object_control(verb: Token) -> list[Token]:
    """'urged Eriador to respond': the governor's object, not its subject, responds; so
    does 'accused Algeria of destroying a drone', 'stopped Gondor from entering'."""
    head = verb.head
    if _describes_object(verb):
        return [t for c in head.children if c.dep_ in OBJECTS for t in members(c)]
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in _GERUND_PREPOSITIONS:
        head = head.head
    elif verb.dep_ != "xcomp":
        return []
    if head.lemma_.lower() in _SUBJECT_CONTROL:
        return []
    found = [t for c in head.children if c.dep_ == "dobj"
             for t in (_partners(c) if verb.dep_ == "pcomp" else []) or members(c)]
    if found or head.lemma_.lower() not in _CALLING_ON:
        return found
    # "calls on the EU to suspend relations", "appealed to Iran to free them": the one
    # called on is to act
    return [t for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to")
            for p in c.children if p.dep_ == "pobj" for t in members(p)]


def _others(noun: Token) -> bool:
    """'calls on countries not to attend': a bare plural the governor's doer does not
    own is others, not the doer's own people ("ordered its airlines to stop")."""
    return noun.tag_ == "NNS" and noun.dep_ == "pobj" and not any(
        c.dep_ in ("poss", "compound", "amod") for c in noun.children)


_CALLING_ON = frozenset({"call", "appeal", "prevail"})


def _partners(relations: Token) -> list[Token]:
    """'cut ties with Mexico for granting asylum': the party to the relations a deed is
    blamed on."""
    if relations.lemma_.lower() not in _BETWEEN_PARTIES:
        return []
    return [t for c in relations.children if c.dep_ == "prep" and c.lower_ == "with"
            for p in c.children if p.dep_ == "pobj" for t in members(p)]


def _blamed_name(token: Token, deed: Token) -> bool:
    """A name the deed's gerund is blamed on ("convicts Lafarge for financing"), or
    whoever a court or an accuser holds to it ("sentences two influencers for promoting
    Islamic State propaganda"; but "praised its drones for attacking" are the praiser's
    drones)."""
    if deed.dep_ != "pcomp":
        return False
    return token.pos_ == "PROPN" or token.pos_ == "NOUN" \
        and deed.head.head.lemma_.lower() in _HOLDING_TO_ACCOUNT


# verbs whose object answers for the deed they name: its doer
_HOLDING_TO_ACCOUNT = frozenset({
    "sentence", "convict", "jail", "imprison", "arrest", "detain", "charge", "indict",
    "prosecute", "try", "fine", "punish", "accuse", "blame", "sanction", "ban", "expel",
    "condemn", "criticize", "criticise", "denounce", "suspend", "fire", "dismiss"})


def a_person(token: Token) -> bool:
    """A person named, or one no actor stands behind ("a man"; but "ordered troops to
    attack", "ordered its men to attack" are the orderer's attacks)."""
    return token.ent_type_ == "PERSON" or token.lemma_.lower() in _INDIVIDUALS and not any(
        c.dep_ == "poss" for c in token.children)


_INDIVIDUALS = frozenset({"man", "woman", "person", "suspect", "boy", "girl", "teenager",
                          # ... and people no actor commands ("detains a group of people
                          # for firing rockets": not the army's rockets)
                          "people", "group", "member", "individual", "civilian", "citizen",
                          "resident", "migrant", "protester", "demonstrator", "activist",
                          "journalist", "student", "worker"})


def _describes_object(verb: Token) -> bool:
    """'killed three Kenyan soldiers patrolling a road': a participle right after the
    object, with no comma, tells what the object was doing (the parser hangs it on the
    verb); after a comma it is the subject's ("struck the base, killing three")."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or any(
            c.dep_ in ("mark", "aux", *SUBJECTS) for c in verb.children):
        return False
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    # ... of people ("shot down a jet using a drone": the shooter uses it)
    return before is not None and not before.is_punct and any(
        before in c.subtree and counted(c).lemma_.lower() in _PEOPLE
        for c in verb.head.children if c.dep_ in OBJECTS and c.i < verb.i)


_PEOPLE = frozenset({"people", "person", "man", "woman", "child", "civilian", "soldier",
                     "troop", "officer", "policeman", "member", "militant", "fighter",
                     "rebel", "worker", "journalist", "protester", "demonstrator",
                     "migrant", "refugee", "student", "resident", "suspect", "citizen"})


# "accused X of", "blamed X for", "stopped X from", "warned X against": X does the deed
_GERUND_PREPOSITIONS = frozenset({"of", "for", "from", "against"})


# verbs whose subject does what their infinitive says even with an object ("promised
# Gondor to withdraw")
_SUBJECT_CONTROL = frozenset({"promise", "pledge", "vow", "threaten"})


def _passive_conjunct(verb: Token) -> bool:
    """A participle conjoined to a passive verb, with no subject or auxiliary of its own:
    passive too ("were shot and killed")."""
    return (verb.dep_ == "conj" and verb.tag_ == "VBN" and is_passive(verb.head)
            and not any(c.dep_ in SUBJECTS or c.dep_ in ("aux", "auxpass")
                        for c in verb.children))


def _agents(verb: Token) -> list[Token]:
    return [pobj for c in verb.children if c.dep_ == "agent" for pobj in c.children
            if pobj.dep_ == "pobj"]


def _own_subject(verb: Token) -> list[Token]:
    if verb.pos_ not in ("VERB", "AUX") and not _small_clause(verb):
        return []
    if is_passive(verb):
        return _agents(verb)
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS and not credit_line(c)
                and not _address_tail(c)] or _compound_subject(verb)
    # "the court, which issued ..." - the relative pronoun stands for the noun it follows
    # (but "which" after a place's "city, country" is the thing done there: "sign an
    # agreement in Washington, D.C., United States, which calls for ...")
    return [verb.head if s.tag_ in _RELATIVE and verb.dep_ == "relcl" else s for s in subjects
            if not (s.lower_ == "which" and verb.dep_ == "relcl" and _a_place_where(verb.head))]


def _small_clause(word: Token) -> bool:
    """'found five men guilty of plotting', 'held Gondor responsible for attacking': the
    adjective's own subject, the verb's object in sense, is whom the deed is laid on."""
    return word.pos_ == "ADJ" and word.dep_ in ("ccomp", "xcomp") \
        and any(c.dep_ == "nsubj" for c in word.children)


def _address_tail(subject: Token) -> bool:
    """'A gas explosion at a building in Saratov, Saratov Oblast, Russia kills six', parsed
    with "Russia" a second subject: the country that ends the place of the subject
    before it, after a comma."""
    doc = subject.doc
    if subject.i < 2 or doc[subject.i - 1].text != "," or subject.left_edge.i != subject.i \
            or subject.pos_ != "PROPN":
        return False
    before = [c for c in subject.head.children if c.dep_ in SUBJECTS and c.i < subject.i]
    return any(c.right_edge.i == subject.i - 2 and any(
        t.dep_ == "prep" and t.lower_ in VENUE_PREPOSITIONS for t in c.subtree)
        for c in before)


def credit_line(token: Token) -> bool:
    """'(Reuters) --', 'MOSCOW, June 1 (AP) -': the agency a story opens with, in
    brackets before a dash, tells who reports it and is no part of the sentence."""
    doc = token.doc
    sent = token.sent
    if not (sent.start < token.i < sent.end - 2) or doc[token.i - 1].text != "(" \
            or doc[token.i + 1].text != ")":
        return False
    dash = doc[token.i + 2]
    opening = doc[sent.start:token.i - 1]
    return dash.text.strip("-–—") == "" and all(
        t.pos_ in ("PROPN", "NUM", "PUNCT", "SPACE") for t in opening)


def _a_place_where(noun: Token) -> bool:
    """A "city, country" place where something happened ("in Karaj, Iran")."""
    return noun.dep_ == "pobj" and noun.head.lower_ in VENUE_PREPOSITIONS and any(
        c.dep_ == "appos" for c in noun.children)


def _compound_subject(verb: Token) -> list[Token]:
    """'Ethiopia act on a resolution': where the verb does not agree with its subject the
    parser takes the two for a compound noun; a name compounded to a verb is its subject."""
    if verb.tag_ != "VBP":  # "missile strikes", "Senate votes": nouns taken for verbs
        return []
    return [c for c in verb.children if c.dep_ == "compound" and c.pos_ == "PROPN"]


def target_tokens(verb: Token) -> Iterator[Token]:
    """Candidate targets in order of preference."""
    children = list(verb.children)
    # ("breaks off relations with Nicaragua": the parser may hang the object on the
    # particle)
    objects = [c for c in children if c.dep_ in OBJECTS] + [
        p for c in children if c.dep_ == "prt" for p in c.children if p.dep_ == "pobj"]
    # ("Putin visits Washington": the parser may take a name for an adverb of measure)
    objects = objects or [c for c in children if _misread_object(c)]
    topic = topical(verb)
    if topic:
        # "Trump and Putin discussed Iran's nuclear program", "met to discuss Russia's
        # invasion of Ukraine": what is discussed is the talks' matter, not a party to
        # them (but "discussed cooperation with China" names one)
        yield from (p for child in objects for p in _nested_objects(child, depth=1)
                    if first_conjunct(p).head.lower_ in _PARTIES)
        objects = []
    for child in objects:
        yield from conjuncts(child)
        # ("grants asylum to the opposition leader": the parser's dative is the "to")
        for pobj in (c for c in child.children if c.dep_ == "pobj"):
            yield from conjuncts(pobj)
    # "expressed hopes that Osgiliath could be drawn in": whom the object's clause is
    # about, then the object's own phrases ("an attack by Osgiliath soldiers")
    for child in objects:
        yield from _clause_subjects_of(child)
    for child in objects:
        yield from _nested_objects(child)
    # "marched close to the border with Mordor": an adverb's prepositions count as the verb's
    # (not "ahead of a visit", "prior to the talks": those say when)
    preps = [c for c in children if c.dep_ == "prep"] + [
        p for c in children if c.dep_ == "advmod" and c.lower_ not in ("ahead", "prior")
        for p in c.children if p.dep_ == "prep"]
    # "while in detention in Afghanistan": a phrase with a conjunction is a clause of its
    # own (where or when), not whom the verb acts on
    # ("fired by the Houthis from Yemen against Israel": "against" names whom, before any)
    preps.sort(key=lambda p: p.lower_ != "against")
    # ("on the anniversary of Russia's invasion": an occasion says when, not whom)
    # (and "discussed pathways to peace for Ukraine" names no party)
    pobjs = [pobj for child in preps if child.lower_ in TARGET_PREPOSITIONS
             and (not topic or child.lower_ in _PARTIES)
             and not any(c.dep_ == "mark" for c in child.children)
             for pobj in child.children if pobj.dep_ == "pobj"
             and pobj.lemma_.lower() not in _OCCASIONS]
    for pobj in pobjs:
        yield from conjuncts(pobj)
    # "acted on some programs with Libya": a prepositional noun's own phrases
    for pobj in pobjs:
        yield from _nested_objects(pobj, depth=2)
    passive = verb.head if _passive_conjunct(verb) else verb if is_passive(verb) else None
    if passive is not None:
        for child in passive.children:
            if child.dep_ in PASSIVE_SUBJECTS:
                yield from conjuncts(child)
    # "refused to meet Arnor", "agreed to help Gondor": the object of the verb it governs
    # ("claims to have shot down a drone" claims nothing of the drone: it says)
    for child in children:
        if child.dep_ == "xcomp" and not reports(verb) \
                and not any(c.dep_ in SUBJECTS for c in child.children):
            yield from target_tokens(child)
    # "called for Israel to withdraw": whom the verb asks
    for child in children:
        if for_clause(child):
            yield from (t for s in for_subjects(child) for t in members(s))
    # "signed an accord to supply Gondor": whom the purpose clause acts on
    for child in children:
        if child.dep_ == "advcl" and _infinitive_without_subject(child) \
                and not for_clause(child):
            yield from target_tokens(child)
    yield from clause_subjects(verb)


def alongside(token: Token, verb: Token) -> bool:
    """Whether the noun is one who acts with the verb's doer, or a scene beside its act,
    not whom it acts on: 'police, in coordination with the US DEA, seize cocaine';
    'insurgents attack Titao, with the assailants burning the bodies' (after a comma, a
    "with" whose noun does something of its own; not "clashed with police firing gas")."""
    while token.i != verb.i and token.head.i != token.i:
        prep = token.head
        if token.dep_ == "pobj" and prep.lower_ == "with":
            if prep.head.lemma_.lower() in _TOGETHER and prep.head.dep_ == "pobj" \
                    and prep.head.head.lower_ == "in":
                return True
            if token.lemma_.lower() in _BACKING:
                return True  # "with Ugandan support, the army recaptures two villages"
            if prep.i > 0 and prep.nbor(-1).text == "," and any(
                    c.dep_ == "acl" and c.tag_ in ("VBG", "VBN") for c in token.children):
                return True
        token = prep
    return False


# "with Ugandan support", "with the help of Rwanda": whoever gives it is on the doer's side
_BACKING = frozenset({"support", "help", "backing", "assistance", "aid", "blessing"})
# "in coordination with", "in cooperation with": those named act together
_TOGETHER = frozenset({"coordination", "cooperation", "collaboration", "partnership",
                       "conjunction", "concert", "tandem", "alliance", "league"})


def for_clause(clause: Token) -> bool:
    """'called for Israel to withdraw': an infinitive clause with its own subject, opened
    by "for"."""
    return clause.dep_ in ("advcl", "ccomp", "xcomp") and any(
        c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)


def for_subjects(clause: Token) -> list[Token]:
    """The subject of a clause ``for_clause`` accepts, wherever the parser hung it: on
    the verb, or on the "for" ("for the Security Council to end")."""
    found = []
    for child in clause.children:
        if child.dep_ in SUBJECTS | PASSIVE_SUBJECTS:
            found.append(child)
        elif child.dep_ == "mark" and child.lower_ == "for":
            found.extend(p for p in child.children if p.dep_ == "pobj")
    return found


_EDGES = frozenset({"sideline", "sidelines", "margin", "margins"})


def near(token: Token, verb: Token) -> bool:
    """Whether the noun is in a phrase that says what a place is near."""
    for _ in range(8):
        if token.i == verb.i or token.head.i == token.i:
            return False
        if token.dep_ == "prep" and token.lower_ == "near":
            return True
        token = token.head
    return False


# nouns of a time set by an event: "on the anniversary of the invasion", "on the eve of
# the summit", "in the wake of the attack"
_OCCASIONS = frozenset({"anniversary", "eve", "occasion", "wake", "aftermath", "run-up",
                        "commemoration", "centenary", "centennial"})


def on_sidelines(token: Token) -> bool:
    """'met on the sidelines of the General Assembly': the assembly is where, not whom
    (nor are the sidelines, nor the session between)."""
    for _ in range(8):
        if token.lemma_.lower() in _EDGES and token.dep_ == "pobj":
            return True
        if token.dep_ not in ("pobj", "prep", "conj", "appos") or token.head.i == token.i:
            return False
        token = token.head
    return False


# where people meet or speak: "talks in Muscat", "at the summit"
VENUE_PREPOSITIONS = frozenset({"in", "at"})


def venue(token: Token, verb: Token, *, own: bool = False,
          prepositions: frozenset[str] = VENUE_PREPOSITIONS) -> bool:
    """'held talks in Muscat, Oman': the noun is where the verb happens, the object of its
    own "in" or "at" (or listed with one); with ``own``, only on the verb itself (not
    "denied its involvement in Sudan")."""
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    prep = token.head
    if token.dep_ == "pobj" and prep.lower_ == "of" and prep.head.dep_ == "pobj":
        # "in the US states of Idaho and Michigan", "in the city of Muscat"
        return venue(prep.head, verb, own=own, prepositions=prepositions)
    if token.dep_ != "pobj" or prep.lower_ not in prepositions:
        return False
    # the phrase hangs from the verb, or from the noun phrase of its object ("held a
    # round of talks in Muscat")
    above = prep.head
    if own:  # on the verb, or on the place of a phrase on it ("at the summit in Helsinki")
        while above.dep_ == "pobj" and above.head.lower_ in VENUE_PREPOSITIONS:
            above = above.head.head
        return above.i == verb.i
    for _ in range(6):
        if above.i == verb.i:
            return True
        if above.dep_ not in (*OBJECTS, "pobj", "prep") or above.head.i == above.i:
            return False
        above = above.head
    return False


def _infinitive_without_subject(verb: Token) -> bool:
    children = list(verb.children)
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children) and not any(
        c.dep_ in SUBJECTS for c in children)


def _clause_subjects_of(noun: Token) -> list[Token]:
    return _subjects_of_clauses(noun, ("ccomp", "acl"))


def reports(verb: Token) -> bool:
    """A verb of saying or telling ("said", "told", "claimed")."""
    return verb.lemma_.lower() in _REPORTING


def reportedly(verb: Token) -> bool:
    """'soldiers said to be surrounded', 'Gondor is believed to have struck': a verb of
    report with an infinitive and no object says "reportedly", and is no one's act (the
    parser often takes the participle for a past tense with the noun as its subject)."""
    children = list(verb.children)
    return verb.lemma_.lower() in _REPORTEDLY and not any(
        c.dep_ in OBJECTS for c in children) and any(
        c.dep_ == "xcomp" and any(a.dep_ in ("aux", "auxpass") and a.lower_ == "to"
                                  for a in c.children) for c in children)


def attributed(token: Token) -> bool:
    """'according to Reuters', 'according to Iran's foreign ministry': the token is in
    the phrase naming who tells."""
    return any(a.lower_ == "to" and a.head.lower_ == "according" for a in token.ancestors)


def affiliation(verb: Token) -> bool:
    """'journalists linked to Navalny', 'businessmen allied with Maduro': a participle of
    ties with no auxiliary says who someone is, not what anyone did."""
    children = list(verb.children)
    return verb.lemma_.lower() in _TIES and verb.tag_ in ("VBN", "VBD") and not any(
        c.dep_ in ("aux", "auxpass") for c in children) and any(
        c.dep_ == "prep" and c.lower_ in ("to", "with") for c in children)


_TIES = frozenset({"link", "connect", "ally", "affiliate", "associate", "align", "tie"})


# verbs of report that take an infinitive only in the passive ("is said to be")
_REPORTEDLY = frozenset({"say", "report", "believe", "think", "rumor", "rumour", "allege",
                         "understand", "know", "reckon", "suppose"})


def obliged(verb: Token) -> list[Token]:
    """'said that Libya must hand over the suspects': whom a reported clause of
    obligation binds, the one the speaker demands of."""
    return _subjects_of(verb, "ccomp", lambda c: any(
        a.dep_ == "aux" and a.lower_ in _OBLIGING for a in c.children))


_OBLIGING = frozenset({"must", "should"})


def conditions(verb: Token, marks: Collection[str]) -> list[Token]:
    """'will withdraw its force unless the president arranges a ceasefire': who must
    act (or not) for the verb's action to be spared, the subject of its clause marked
    with one of ``marks``."""
    return _subjects_of(verb, "advcl", lambda c: any(
        m.dep_ == "mark" and m.lower_ in marks for m in c.children))


def threatened(verb: Token) -> list[Token]:
    """Who must act (or not) to be spared a threat: the subject of an "if" or "unless"
    clause on the verb or on what it threatens to do ("threatened to hold a strike
    unless Israel rescinded the annexation")."""
    marks = ("if", "unless")
    return [*conditions(verb, marks), *(t for c in verb.children if c.dep_ == "xcomp"
                                        for t in conditions(c, marks))]


def _subjects_of(verb: Token, dep: str, which: Callable[[Token], bool]) -> list[Token]:
    """The subjects of the verb's clauses of one kind that ``which`` picks."""
    return [t for c in verb.children if c.dep_ == dep and which(c)
            for subject in c.children if subject.dep_ in SUBJECTS for t in members(subject)]


def clause_subjects(verb: Token) -> list[Token]:
    """'believes that Dagolath can cope': whom the verb's reported clause is about; none
    for "said", which reports rather than acts ("..., an official said")."""
    if reports(verb):
        return []
    return _subjects_of_clauses(verb, ("ccomp",))


def _subjects_of_clauses(token: Token, deps: tuple[str, ...]) -> list[Token]:
    # ("proposes talks after the UK threatened sanctions", misparsed as a complement: a
    # clause that says when or why is about no one the token's verb acts on)
    return [t for child in token.children if child.dep_ in deps and not any(
                m.dep_ == "mark" and m.lower_ not in _COMPLEMENTISERS for m in child.children)
            for subject in child.children if subject.dep_ in SUBJECTS | PASSIVE_SUBJECTS
            for t in members(subject)]


_COMPLEMENTISERS = frozenset({"that", "whether", "if"})


_REPORTING = frozenset({"say", "tell", "report", "add", "state", "write", "quote", "claim"})
_SHARED = frozenset({"their", "bilateral", "mutual", "joint"})
# objects that are always between the parties that act on them: "Czechia and China signed
# an agreement", "Israel and Lebanon renewed negotiations"
_BETWEEN_PARTIES = frozenset({
    "tie", "relation", "treaty", "agreement", "accord", "deal", "pact", "memorandum",
    "talk", "negotiation", "dialogue", "truce", "ceasefire", "partnership", "alliance",
})


# what each party has of its own, whoever else is named with it: "Iraq and Syria close
# their airspace" (each its own), "recalled their ambassadors"
_EACH_OWN = frozenset({"airspace", "embassy", "consulate", "ambassador", "envoy", "territory",
                       "port", "airport", "citizen", "national", "troop", "economy",
                       "currency", "market", "parliament", "government"})


def mutual(verb: Token, *, alone: bool = True) -> bool:
    """Whether actors acting together act on each other: "Gondor and Osgiliath renewed
    ties", "delayed their meeting"; not "attacked Kurdish fighters", whose object names
    someone else the dictionaries do not know. Without an object, only where ``alone``
    says the action is one done to each other ("met", not "said")."""
    # ("a naval coalition which was joined by Australia and Bahrain": what is joined is
    # the passive's subject)
    objects = [c for c in verb.children if c.dep_ in OBJECTS
               or c.dep_ in PASSIVE_SUBJECTS and is_passive(verb)]
    if not objects or topical(verb):
        return alone
    # ("close their respective airspaces": each its own)
    if any(c.lower_ in ("respective", "own") for obj in objects for c in obj.children):
        return False
    # ("expel each other's ambassadors": each the other's)
    if any(c.dep_ == "poss" and c.lower_ == "other" for obj in objects for c in obj.children):
        return True
    return all(obj.lemma_.lower() in _BETWEEN_PARTIES or any(
        c.lower_ in _SHARED for c in obj.children) and obj.lemma_.lower() not in _EACH_OWN
        for obj in objects)


# names that do say when ("visits Moscow Monday")
_CALENDAR = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "christmas", "easter", "ramadan", "eid"})


def _misread_object(token: Token) -> bool:
    """'Putin visits Washington', parsed with Washington an adverb of measure ("npadvmod",
    as in "three miles away"): a name right after the verb is its object (not "gather in
    Bangkok, Thailand", the place's country so parsed)."""
    return token.dep_ == "npadvmod" and token.pos_ == "PROPN" \
        and token.left_edge.i == token.head.i + 1 and token.lower_ not in _CALENDAR


def first_conjunct(token: Token) -> Token:
    """The first of the conjuncts the token is one of (itself, if it is none)."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def topical(verb: Token) -> bool:
    """A verb whose object is what is talked about ("discussed the crisis")."""
    return verb.lemma_.lower() in _TOPICAL


_TOPICAL = frozenset({"discuss", "debate", "review", "examine"})
# prepositions that name the parties to talks
_PARTIES = frozenset({"with", "between", "among"})


def between_parties(verb: Token) -> bool:
    """'agreed to establish diplomatic relations': an object that is always between
    the parties that act on it."""
    objects = [c for c in verb.children if c.dep_ in OBJECTS]
    return bool(objects) and all(o.lemma_.lower() in _BETWEEN_PARTIES for o in objects)


def partner(token: Token, verb: Token) -> bool:
    """'ties with Gondor', 'talks between Arnor and Gondor': the noun is named as a
    party, not where or about what the parties act (nor in a clause of another verb:
    "extend their ceasefire to facilitate the transfer of detainees")."""
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    if token.dep_ in OBJECTS:
        return token.head.i == verb.i
    return token.dep_ == "pobj" and token.head.lower_ in ("with", "between", "among", "to")


def _nested_objects(noun: Token, depth: int = 3) -> Iterator[Token]:
    """'welcomed the resumption of ties with Gondor': nouns in the object's own
    prepositional phrases, nearest first, a few levels down."""
    level = [noun]
    for _ in range(depth):
        # (whom a noun other than the object acts on is no one the verb acts on: "a man
        # sentenced over statements criticizing the President" is sentenced, not the
        # President; but "boycotted the parade supporting Gondor", "an accord to supply")
        nxt = [pobj for n in level for c in _phrases_of(n) for pobj in c.children
               if pobj.dep_ == "pobj" or c.dep_ == "acl" and pobj.dep_ in OBJECTS
               and (n is noun and noun.dep_ in OBJECTS or c.tag_ != "VBG")]
        # ("files a lawsuit in the International Court of Justice against the UAE":
        # "against" names whom, before any other phrase, as among the verb's own; and
        # "a flight from Moscow to Pyongyang" goes to whom it reaches, not where it starts)
        nxt.sort(key=lambda p: _PREFERRED.get(p.head.lower_, 1))
        for pobj in nxt:
            yield from conjuncts(pobj)
        level = nxt


_PREFERRED = {"against": 0, "from": 2}


def phrase_items(fallback: Token, head: Token) -> list[Token]:
    """'Lawmakers in Arnor and Gondor': the fallback noun and its conjuncts, with any name
    right after it that the parser made a conjunct of the head instead."""
    items = conjuncts(fallback)
    for other in head.conjuncts:
        between = fallback.doc[items[-1].i + 1:other.i]
        if other.i > fallback.i and other.pos_ == "PROPN" and len(between) > 0 and all(
                t.dep_ in ("cc", "punct") for t in between):
            items.append(other)
    return items


def _phrases_of(noun: Token) -> Iterator[Token]:
    """A noun's prepositions, and the verbs of its own clauses with their prepositions
    ("the roads leading into Mordor", "an accord to supply Gondor", "memos sent by Bree"),
    but not those that say when ("to seek a ceasefire after talks in Jeddah")."""
    for child in noun.children:
        if child.dep_ in ("prep", "agent") and child.lower_ not in TIME_PREPOSITIONS \
                and child.lower_ not in _NEIGHBOURING:
            yield child
        elif child.dep_ == "acl" and child.lower_ not in TIME_PREPOSITIONS:
            # ("a ceasefire following mediation by Rubio": the parser's participle)
            yield child
            # ... but who mediated or hosted it stands aside ("talks mediated by the
            # Bissau-Guinean president": no party to them)
            aside = child.lemma_.lower() in _GO_BETWEENS
            yield from (c for c in child.children if c.dep_ in ("prep", "agent")
                        and c.lower_ not in TIME_PREPOSITIONS
                        and not (aside and c.dep_ == "agent"))


_GO_BETWEENS = frozenset({"mediate", "broker", "host", "facilitate", "sponsor", "chair"})
# what a phrase of these says is what a thing lies by or goes with, no one it belongs to
# ("visits the captured areas alongside the Sudan Shield Forces leader"); force used
# "near" a place is still used on it, and a tanker seized "off" a country is its affair
_NEIGHBOURING = frozenset({"along", "beyond", "alongside", "nearby"})


# what only says when, before or after ("amid the offensive", "following talks")
TIME_PREPOSITIONS = frozenset({"amid", "amidst", "before", "after", "since", "following",
                               "despite", "ahead"})


def set_apart(token: Token, anchor: Token) -> bool:
    """Whether the token lies in a clause that says when, why or despite what, one that
    does not hold ``anchor``: "proposes talks after the UK threatened sanctions" (the UK
    is in another event's clause, and no guess at whom the talks are with)."""
    above = token
    for _ in range(12):
        if above.head.i == above.i:
            return False
        above = above.head
        if above.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "mark" and c.lower_ in _CIRCUMSTANCES for c in above.children):
            return not (above.left_edge.i <= anchor.i <= above.right_edge.i)
    return False


# conjunctions that open a clause of time, cause or concession
_CIRCUMSTANCES = frozenset({"after", "before", "since", "while", "when", "because", "as",
                            "although", "though", "whereas", "until", "once", "if",
                            "unless"})


def conjuncts(token: Token) -> list[Token]:
    return [token, *[c for c in token.conjuncts if c.i > token.i]]


_LISTED = frozenset({"conj", "appos", "nmod"})


def members(token: Token) -> list[Token]:
    """'Mordor, the Shire, Arnor and Bree': the items of a list however the parser linked
    them (it makes some items appositions or modifiers of others), ``token`` first.

    An apposition may also restate its noun ("Putin, the Russian president"): so there
    is a list only where an item has a coordinator ("and", "or"), and the coder counts an
    apposition as an item only where it names an actor itself.
    """
    linked = [token]
    stack = [token]
    while stack:
        parent = stack.pop()
        for child in parent.children:
            # a modifier before its noun is part of its name ("U.S. Secretary of State
            # Marco Rubio"), not an item
            if child.dep_ in _LISTED and child not in linked and not (
                    child.dep_ == "nmod" and child.i < parent.i):
                linked.append(child)
                stack.append(child)
    if not any(c.dep_ == "cc" for item in linked for c in item.children):
        return conjuncts(token)
    # a name that restates an item links the items after it, but is none itself
    return [token, *sorted((t for t in linked[1:] if not _restates(t)), key=lambda t: t.i)]


def _restates(child: Token) -> bool:
    """An apposition that names its noun again, not a further item: a name right after
    its title (``_titled``), or one after the item that closes the list ("Perlongo and
    the British Prime Minister, Theresa May,"), where no item can follow."""
    if child.dep_ != "appos":
        return False
    if _titled(child):
        return True
    edge = child.left_edge
    parent = child.head
    if edge.i == 0 or edge.nbor(-1).text != ",":
        return False  # an item the parser misread ("Arnor and the evil awful Gondor")
    first = parent.head if parent.dep_ == "conj" else parent
    joints = [c.i for t in (first, parent) for c in t.children if c.dep_ == "cc"]
    return any(joint < item.i < child.i for joint in joints for item in first.conjuncts)


def noun_phrase(head: Token) -> list[Token]:
    """The tokens that name the thing ``head`` heads: its left part and flat right parts
    ("President Vladimir Putin", "Turkey's"), not its clauses or prepositional phrases."""
    tokens = [t for t in head.subtree if head.left_edge.i <= t.i <= head.i]
    for child in head.rights:
        if child.dep_ in ("compound", "flat", "nummod", "case"):
            tokens.extend(child.subtree)
    return sorted(tokens, key=lambda t: t.i)


def _titled(child: Token) -> bool:
    """'Syrian de facto leader Ahmed al-Sharaa', parsed as a title with its holder's
    name in apposition: the name, right after the title, restates it."""
    return child.dep_ == "appos" and child.head.pos_ == "NOUN" \
        and child.left_edge.i == child.head.i + 1


def phrase_fallbacks(head: Token) -> Iterator[Token]:
    """'troops in Iraq', 'the government of Gondor': where the head itself names nobody.

    None where a 'by' phrase names the doer ("an attack by Osgiliath soldiers in south
    Ithilen"): the place in the phrase is where it happened, not who is meant.
    """
    if any(_by_phrase(child) for child in head.children):
        return
    # ("a flight from Moscow to Pyongyang": where a route starts is no one on it)
    route = head.lemma_.lower() in _ROUTES and any(
        c.dep_ == "prep" and c.lower_ in _DESTINATIONS for c in head.children)
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "in", "from", "throughout",
                                                     "across") \
                and not (route and child.lower_ == "from"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    yield pobj
        if child.dep_ == "appos":
            yield child


_DESTINATIONS = frozenset({"to", "into", "toward", "towards"})
_ROUTES = frozenset({"flight", "route", "trip", "journey", "voyage", "service", "train",
                     "ferry", "corridor", "connection", "link"})


def counted(head: Token) -> Token:
    """'thousands of students', 'a group of refugees': the noun counted is the one
    meant."""
    for _ in range(3):
        # a capitalised one is a name's ("the Group of Seven"), but at the sentence start
        if head.lemma_.lower() not in _QUANTITIES or not (
                head.text.islower() or head.is_sent_start and head.text[1:].islower()):
            break
        counted_nouns = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                         for p in c.children if p.dep_ == "pobj"]
        if not counted_nouns:
            break
        head = counted_nouns[0]
    return head


_QUANTITIES = frozenset({"ten", "dozen", "score", "hundred", "thousand", "million",
                         "group", "number", "handful", "couple", "crowd", "contingent",
                         "delegation", "team", "dozens", "hundreds", "thousands", "millions",
                         "tens", "scores"})


def _by_phrase(token: Token) -> bool:
    return token.dep_ == "agent" or token.dep_ == "prep" and token.lower_ == "by"


# clauses of their own: their words are not the verb's pattern words
_CLAUSAL = frozenset({"advcl", "ccomp", "conj", "relcl", "parataxis", "acl", "csubj", "mark",
                      "cc", "punct", "nsubj", "nsubjpass"})


def when_phrase(prep: Token) -> bool:
    """'on Tuesday', 'in March', 'on the same day': a prepositional phrase that says when,
    told by its words alone (the entity recogniser may not have run yet)."""
    return prep.dep_ == "prep" and any(
        c.dep_ == "pobj" and c.lower_ in _TIME_WORDS for c in prep.children)


_TIME_WORDS = frozenset(
    [d.lower() for d in calendar.day_name] + [m.lower() for m in calendar.month_name if m]
    + ["day", "night", "morning", "afternoon", "evening", "weekend", "week", "month",
       "year", "today", "tonight", "yesterday"])


def clause_verb(token: Token) -> Token | None:
    """The verb of the clause a word is in (the word itself if a verb), a few steps up."""
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def owner_of(noun: Token) -> Token | None:
    """Whom a possessive pronoun on ``noun`` stands for: the doer of the nearest clause
    above the noun's own ("Russia said its forces attacked": Russia), not a passive's
    agent ("its forces were attacked by Mordor"). None where that doer acts on the noun
    in the same clause ("France recalls its ambassador from Algiers", "Chileans vote to
    elect their president"): read as the doer's own, the noun would be no other side,
    and the place or partner the clause names says more."""
    inside = {t.i for t in noun.subtree}
    token, crossed = noun, False
    for _ in range(8):  # a bounded climb, as in subject_tokens
        if token.head is token:
            return None
        # a clause is left where a verb hangs from another word, not where a noun does
        # ("the town and its military base": the same clause)
        crossed = crossed or token.pos_ in ("VERB", "AUX") and (
            token.dep_ in _CLAUSAL or token.dep_ == "xcomp")
        token = token.head
        if token.pos_ not in ("VERB", "AUX") or is_passive(token):
            continue
        doers = [t for t in subject_tokens(token) if t.i not in inside]
        if doers:
            # (several doers: "Arnor and Gondor said their ...", no one of them alone)
            return doers[0] if crossed and len(doers) == 1 else None
    return None


def verb_phrase(verb: Token) -> list[Token]:
    """The verb's own phrase: its objects, particles and prepositional phrases, without
    the clauses hanging off it ("while refraining from ...")."""
    return below(verb, _CLAUSAL)


def below(token: Token, stop: Collection[str]) -> list[Token]:
    """The words under ``token`` reached without crossing a dependency in ``stop``; the
    nouns joined to a noun stay its phrase's ("sanctions and tariffs")."""
    out: list[Token] = []
    stack = [c for c in token.children if c.dep_ not in stop]
    while stack:
        word = stack.pop()
        out.append(word)
        stack.extend(c for c in word.children if c.dep_ not in stop or c.dep_ == "conj"
                     and word.pos_ in ("NOUN", "PROPN"))
    return out


def stance(token: Token) -> str | None:
    """'anti-Ukrainian', 'pro-Russian' ("anti", "pro"): whom a thing is for or against,
    not whose it is ("Fico's anti-Ukrainian policies", "anti-Trump protests")."""
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in (
            "anti", "pro"):
        return doc[token.i - 2].lower_
    return None
