"""Whether an event happened: status from the parse around the verb.

"is poised to visit", "will meet", "ordered to withdraw" -> future; "did not attack",
"refrained from endorsing" -> negated; "could strike", "if ... would", "urged to withdraw",
"accused of attacking" -> hypothetical; otherwise asserted.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..model import Status

NEGATING_GOVERNORS = frozenset({"refrain", "fail", "decline", "refuse", "avoid", "reject",
                                # kept from it: "prevent Trump from using force"
                                "prevent", "stop", "bar", "ban", "forbid", "prohibit",
                                "block",
                                # what one cannot do is not done: "was unable to attack"
                                "unable", "powerless", "incapable"})
FUTURE_GOVERNORS = frozenset(
    {
        "plan", "poise", "expect", "schedule", "intend", "prepare", "aim", "set", "due",
        "hope", "want", "seek", "agree", "promise", "pledge", "vow", "propose", "offer",
        "invite", "consider", "decide", "announce",
        # ordered by whoever may: "ordered the troops to withdraw"
        "order", "direct", "instruct",
        # said to be meant: "is ready to contribute troops", "willing to withdraw"
        "ready", "willing", "prepared", "eager", "keen", "determined",
    }
)
HYPOTHETICAL_GOVERNORS = frozenset(
    {
        "threaten", "warn", "could", "might", "may",
        # wanted by someone else, and no more: "urged Rwanda to withdraw"
        "urge", "ask", "call", "demand", "press", "encourage", "request", "appeal",
        "advise", "recommend",
        # ... or by oneself, and only held out for: "insisted on negotiating with Rwanda"
        "insist",
        # claimed by someone, not told as fact: "accused Ukraine of targeting ..."
        "accuse", "blame", "allege", "suspect",
        # schemed, and not done: "plotted to assassinate" (but "attempted to storm" is an
        # assault made, and "trying to retake the city" is under way)
        "plot", "conspire",
        # judged possible, and no more: "is likely to attack"
        "likely", "unlikely", "possible",
    }
)
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
HEARSAY = frozenset({"allegedly", "purportedly", "supposedly", "reputedly"})
HYPOTHETICAL_AUX = frozenset({"could", "may", "might", "would", "should", "can", "must",
                              "ought"})
# the links along which a governing verb passes its modality down to the event verb
_GOVERNED = frozenset({"xcomp", "pcomp", "prep", "ccomp", "acl", "advcl"})


def status_of(verb: Token, *, negation_read: bool = False, threat: bool = False) -> Status:
    """The verb's status; with ``negation_read`` its own "not" is left out, as the
    pattern that coded it spelled the negation out. A ``threat``'s "if" clause is what
    it threatens on, not a doubt that it was made ("threatening to withhold aid if they
    do not agree")."""
    if not negation_read and _negated_here(verb):
        return "negated"
    if asked(verb.sent):
        return "hypothetical"
    if _shares_status(verb):
        # "urged the United States not to strike a deal or negotiate": what the first of
        # the joined verbs is, so is the rest
        return status_of(verb.head, negation_read=negation_read, threat=threat)
    own = _aux_status(verb, conditions=not threat)
    if own is not None:
        return own
    return _governed_status(verb, negation_read)


def asked(sent: Span) -> bool:
    """A yes-or-no question ("Did anyone outside the community help you?") asks whether
    something happened and tells nothing; a question of who or why takes it as told."""
    words = [t for t in sent if not t.is_punct]
    ends = [t.text for t in sent if not t.is_space][-2:]
    return bool(words) and "?" in ends and words[0].lower_ in _ASKING


# the auxiliaries a yes-or-no question opens with
_ASKING = frozenset({"do", "does", "did", "is", "are", "was", "were", "has", "have", "had",
                     "will", "would", "can", "could", "should", "shall", "may", "might",
                     "must"})


def _shares_status(verb: Token) -> bool:
    """A verb joined to the one before it by "and" or "or", with no subject or
    auxiliary of its own (but "did not attack but shelled" tells of two things, and so does
    "refused to treat and mistreated", a past tense no infinitive shares)."""
    return verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") \
        and not _past_after_infinitive(verb) and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children) and not any(
        c.dep_ == "cc" and c.lower_ not in ("and", "or") for c in verb.head.children
        if verb.head.i < c.i < verb.i)


def _past_after_infinitive(verb: Token) -> bool:
    return verb.tag_ in ("VBD", "VBN") and verb.head.tag_ == "VB" and any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in verb.head.children)


def _negated_here(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _aux_status(verb: Token, *, conditions: bool = True) -> Status | None:
    if any(c.dep_ == "advmod" and c.lower_ in HEARSAY for c in verb.children):
        return "hypothetical"  # "allegedly assisting Russian interference": a claim
    for child in verb.children:
        if child.dep_ not in ("aux", "auxpass") or child.tag_ != "MD":
            continue
        word = child.lower_
        if word in FUTURE_AUX:
            return "future"
        if word in HYPOTHETICAL_AUX:
            return "future" if word == "would" and not _conditional(verb) else "hypothetical"
    if conditions and _conditional(verb):
        return "hypothetical"
    return None


def _conditional(verb: Token) -> bool:
    """'if ... would': the verb, or the clause it heads, is introduced by "if"."""
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children) or any(
        c.dep_ == "advcl" and any(m.lower_ == "if" for m in c.children) for c in verb.children
    )


def _governed_status(verb: Token, negation_read: bool = False) -> Status:
    intended = _intended_just_before(verb)
    if intended is not None:
        return intended
    token = verb
    tensed = False
    adjunct = False
    while (token.dep_ in _GOVERNED or _ability(token)) and token.head.i != token.i:
        if _told_as_past(token):
            return "asserted"
        # "announced that Ukraine has captured two soldiers": a clause with a tense of
        # its own tells when it happened, whatever the announcing verb plans
        tensed = tensed or token.dep_ == "ccomp" and _tensed(token)
        adjunct = adjunct or _when_phrase(token)
        link = token.dep_
        below, token = token, token.head
        intent = _INTENDED.get(token.lemma_.lower()) if token.pos_ == "NOUN" else None
        if intent is not None and link == "acl" and _infinitive(below):
            return intent  # "a plot to attack the event", "a plan to invade"
        listed = _listed_intent(token, below) if link == "prep" else None
        if listed is not None:
            return listed
        if token.pos_ not in ("VERB", "AUX", "ADJ"):
            continue
        if adjunct:
            # "After visiting the Central African Republic, Obama is scheduled to meet
            # ...": what a verb plans, doubts or denies is its complement, not the
            # phrase that says when it stands; only its tense reaches that phrase
            adjunct = False
            aux = _aux_status(token)
            if aux is not None:
                return aux
            continue
        lemma = token.lemma_.lower()
        if _negating(token) or not negation_read and _negated_here(token):
            # "refused to rule out using force": a negation of a negation leaves it open
            return "hypothetical" if _negated_above(token) else "negated"
        if lemma in HYPOTHETICAL_GOVERNORS:
            return "hypothetical"
        if link == "xcomp" and going_to(token):
            return "future"
        # ("is set to visit", but "set fire to a plane after shooting its pilot")
        if lemma in FUTURE_GOVERNORS and not tensed and (lemma != "set" or link == "xcomp"):
            # "accused France of preparing to supply Ukraine": a plan someone else
            # claims is still only a claim
            return "hypothetical" if _claimed(token) else "future"
        aux = _aux_status(token)
        if aux is not None:
            return aux
    return "asserted"


def _intended_just_before(verb: Token) -> Status | None:
    """'participating in a plot to kill Lula': what a plot or plan right before the
    infinitive means to do, wherever the parser hung the infinitive (here on
    "participating")."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or verb.dep_ == "acl" or to.i == 0:
        return None  # (an acl of the noun is read as such, above)
    noun = verb.doc[to.i - 1]
    if noun.pos_ != "NOUN" or any(c.lemma_.lower() in _CALLS_MADE for c in noun.children):
        return None  # ("held a phone call to discuss": a call made, no appeal)
    return _INTENDED.get(noun.lemma_.lower())


_CALLS_MADE = frozenset({"phone", "telephone", "video", "conference"})


def _ability(token: Token) -> bool:
    """'able' after its copula: whether one "was not able" or "will be able" to act is
    the copula's to say."""
    return token.dep_ == "acomp" and token.lemma_.lower() == "able"


# the words that open a phrase or clause saying when, beside the verb it hangs on
_WHEN_WORDS = frozenset({"after", "before", "following", "since", "upon", "during", "while",
                         "when", "once"})


def _claimed(verb: Token) -> bool:
    """The verb is what a governor above it wants, urges or claims ("accused of
    preparing", "urged to plan")."""
    token = verb
    while (token.dep_ in _GOVERNED or _ability(token)) and token.head.i != token.i:
        token = token.head
        if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in HYPOTHETICAL_GOVERNORS:
            return True
    return False


def _when_phrase(token: Token) -> bool:
    """The token opens a time phrase ("after visiting ...") or heads a time clause ("when
    he arrived")."""
    if token.dep_ == "prep":
        return token.lower_ in _WHEN_WORDS
    return token.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _WHEN_WORDS for c in token.children)


def _told_as_past(token: Token) -> bool:
    """A time or reason clause with its own subject in the past tense tells what
    happened, whatever the clause it hangs on plans ("said it would increase exports
    after the authorities lifted a ban")."""
    return token.dep_ == "advcl" and told_in_past(token) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in token.children) and any(
        c.dep_ == "mark" and c.lower_ in _WHEN_WORDS | {"because", "as"}
        for c in token.children)


def told_in_past(verb: Token) -> bool:
    """'lifted', 'had lifted', 'was lifted'."""
    finite = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return (verb.tag_ == "VBD" and not finite) or any(c.tag_ == "VBD" for c in finite)


# nouns of what someone means to do, and what that makes the deed they name
_INTENDED: dict[str, Status] = {
    **dict.fromkeys(("plan", "proposal", "pledge", "promise", "offer", "decision",
                     "intention", "agreement", "order"), "future"),
    **dict.fromkeys(("plot", "conspiracy", "threat", "attempt", "bid", "effort", "call",
                     "demand", "request", "appeal", "scheme", "condition"), "hypothetical"),
}


def _listed_intent(token: Token, prep: Token) -> Status | None:
    """'issues five conditions for a deal, including allowing one nuclear facility': an
    item listed of what is only asked or planned is asked or planned, wherever the
    parser hangs the "including" (on the noun, or on the verb that takes it)."""
    if prep.lower_ != "including":
        return None
    nouns = [token] if token.pos_ == "NOUN" else [
        c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    return next((_INTENDED[n.lemma_.lower()] for n in nouns
                 if n.lemma_.lower() in _INTENDED), None)


def _infinitive(verb: Token) -> bool:
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def going_to(verb: Token) -> bool:
    """'Iran is going to retaliate': "going to" before a verb says what will be, no
    journey."""
    return verb.lemma_.lower() == "go" and verb.tag_ == "VBG" and any(
        c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children)


def _negating(verb: Token) -> bool:
    """'refused to', 'failed to', 'ruled out'."""
    lemma = verb.lemma_.lower()
    return lemma in NEGATING_GOVERNORS or lemma == "rule" and any(
        c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)


def _negated_above(verb: Token) -> bool:
    """The verb governing this one negates it too ("refused to rule out")."""
    above = verb.head
    return verb.dep_ in ("xcomp", "ccomp", "pcomp") and above.i != verb.i \
        and above.pos_ in ("VERB", "AUX") and (_negating(above) or _negated_here(above))


def _tensed(verb: Token) -> bool:
    """The clause's verb carries a past or present tense, itself or in an auxiliary
    ("captured", "has captured", "is holding"); not an infinitive or a modal's verb."""
    return verb.tag_ in _FINITE or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in verb.children)


_FINITE = frozenset({"VBD", "VBZ", "VBP"})
