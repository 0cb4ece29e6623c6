"""Parsed sentence -> events: the dictionary coder on spaCy's dependency parse.

For each verb in the verb dictionary: pick the code (its most specific matching
pattern), find the source and target nouns (``roles``), resolve each to an actor
(``actors``), and record the event with its evidence and status.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..knowledge.model import cameo_country
from ..model import Actor, Article, CoderInfo, Event, Location
from ..settings import VERSION, Settings
from . import nominal, places, protests, roles
from .actors import (
    GENERIC_AGENTS,
    ActorIndex,
    Entry,
    Mention,
    ResolvedActor,
    combine,
    holds_offices,
    split_code,
)
from .article import Shadow, adopt_planned, announcements, merge_mentions
from .dates import DEADLINE_WORDS, EventDate, resolve
from .dictionaries import ActorEntry, AgentEntry, DatedCode, Dictionaries, VerbForm
from .dictionaries.words import norm_word
from .modality import going_to, status_of, told_in_past
from .ontology import load_cameo, load_plover
from .phrases import PhraseIndex
from .places import event_location, load_gazetteer
from .refusals import refusal_code
from .story import story_country
from .transformations import Transformer
from .verbs import Clause, VerbIndex, VerbMatch, Word


@dataclass(frozen=True, slots=True)
class _Role:
    actor: ResolvedActor
    head: Token
    named: bool  # named in the noun phrase itself, not found through a fallback


class Coder:
    """Codes parsed articles with one set of dictionaries and settings."""

    def __init__(
        self, dictionaries: Dictionaries, settings: Settings | None = None,
        entities: Callable[[Span], None] | None = None,
    ) -> None:
        """``entities`` recognises the named entities of a sentence parsed without them
        (``nlp.entities.SentenceEntities``), called before an event is built from it."""
        self.dictionaries = dictionaries
        self.entities = entities or _parsed_in_full
        self.settings = settings or Settings()
        self.info = CoderInfo(VERSION, dictionaries.digest)
        self._actors = ActorIndex(dictionaries)
        self.actor_index = self._actors
        # detente's event nouns carry CAMEO codes: off by default with custom dictionaries,
        # which may define codes of their own (the PETRARCH validation suites do)
        self.noun_events = self.settings.noun_events if self.settings.noun_events is not None \
            else dictionaries.bundled
        self._verbs = VerbIndex(dictionaries.verbs)
        self._cameo = load_cameo()
        self._plover = load_plover()
        self._gazetteer = load_gazetteer()
        self._story_discards = PhraseIndex((p, True) for p in dictionaries.discards.story)
        self._sentence_discards = PhraseIndex(
            (p, True) for p in dictionaries.discards.sentence)
        self._issues = PhraseIndex(
            (p, e.code) for e in dictionaries.issues.entries for p in e.phrases)
        self._issue_blocks = PhraseIndex((p, True) for p in dictionaries.issues.blocked)
        self._transformer = Transformer(dictionaries.verbs, self._verb_code)

    def _verb_code(self, word: str) -> str | None:
        form = self._verbs.form([word], 0, word)
        if form is None:
            return None
        return form.code if form.has_own_code else self.dictionaries.verbs.blocks[form.block].code

    def code_doc(
        self, doc: Doc, article: Article, only: AbstractSet[int] | None = None
    ) -> list[Event]:
        """Every event of the article, its mentions reconciled (see ``article``).

        ``only``: the sentences that can yield anything (``eventful``), where known.
        """
        events: list[Event] = []
        shadows: list[Shadow] = []
        if self._story_discards and self._story_discards.any_in([norm_word(t.text) for t in doc]):
            return []  # a story about sport, weather or a celebrity: none of it is coded
        story = self._story(article)
        for index, sent in enumerate(doc.sents):
            if (only is None or index in only) and len(sent.text) <= \
                    self.settings.max_sentence_chars:
                events.extend(self.code_sentence(sent, index, article, shadows, story))
        planned = adopt_planned(events, shadows)
        return merge_mentions([*planned, *announcements(planned, shadows)])

    def eventful(self, doc: Doc, article: Article) -> list[int]:
        """The sentences that would yield an event or a plan, found without reading any
        named entity: coding each stops where it would first need them. The entities of
        just these can then be recognised in one batch, and the rest left uncoded."""
        hook = self.entities
        self.entities = _stop_here
        found: list[int] = []
        story = self._story(article)
        try:
            for index, sent in enumerate(doc.sents):
                try:
                    if next(self.code_sentence(sent, index, article, [], story),
                            None) is not None:
                        found.append(index)  # an event that read no entity (none do now)
                except _NeedsEntities:
                    found.append(index)
        finally:
            self.entities = hook
        return found

    def _story(self, article: Article) -> Story:
        """The story's country, on news only (the validation suites' records are single
        sentences, coded as PETRARCH codes them), read only if a sentence needs it."""
        @functools.cache
        def country() -> str | None:
            return story_country(article.text, self._actors, self._gazetteer,
                                 _actor_day(article))

        return country if self.noun_events else _no_story

    def code_sentence(
        self, sent: Span, index: int, article: Article, shadows: list[Shadow] | None = None,
        story: Story | None = None,
    ) -> Iterator[Event]:
        """The sentence's events; ``story`` gives the story's country (``story_country``)."""
        normed = [norm_word(t.text) for t in sent]
        if self._sentence_discards.any_in(normed):
            return
        issues = self._issues_in(normed)
        for event in self._code_words(sent, index, article, normed, shadows, story):
            yield dataclasses.replace(event, issues=issues) if issues else event

    def _issues_in(self, normed: Sequence[str]) -> tuple[str, ...]:
        """The sentence's topic codes, first mention first; a blocked phrase ("~get head
        start") hides the issue phrases inside it."""
        if not self._issues:
            return ()
        blocked = self._issue_blocks.found(normed)
        found = [code for start, end, code in self._issues.found(normed)
                 if not any(b <= start and end <= e for b, e, _ in blocked)]
        return tuple(dict.fromkeys(found))

    def _code_words(
        self, sent: Span, index: int, article: Article, normed: list[str],
        shadows: list[Shadow] | None, story: Story | None,
    ) -> Iterator[Event]:
        found = self._actors.find_normed(normed)
        if any(_after_a_name(sent, normed, found, m) and _a_place(m.entry) for m in found):
            self.entities(sent)  # is the place a person's surname? ("Premier Tim Houston")
        mentions = _without_namesakes(sent, normed, found)
        words = _words(sent, normed, mentions)
        forms = []
        for token in sent:
            # "according to officials", "following talks": a participle the parser takes
            # for a preposition does nothing ("according" is no act of granting)
            if token.pos_ not in ("VERB", "AUX") or token.lemma_ in ("be", "have", "do") \
                    or token.dep_ == "prep" or _noun_misread(token) \
                    or roles.reportedly(token) or roles.affiliation(token) \
                    or going_to(token):
                continue
            k = token.i - sent.start
            form = self._verbs.form(normed, k, words[k].lemma)
            if form is not None:
                forms.append((token, form))
        acting = {token.i for token, _ in forms}
        matches = [(token, self._verbs.match(form, _clause(sent, token, words, acting)))
                   for token, form in forms]
        matches = [(token, _called_off(token, match)) for token, match in matches]
        coded = {token.i: match.code for token, match in matches if match.code is not None}
        if self.noun_events:
            matches = _vows_of_force(sent, matches, coded)
        done: dict[int, set[Told]] = {}  # what each verb's events said
        said: set[tuple[str | None, str | None, str, str]] = set()  # ... and in full
        said_by: dict[int, set[tuple[str | None, str | None, str]]] = {}
        for token, match in matches:
            if match.code is not None and not (_refused(token) and token.head.i in coded) \
                    and not (self.noun_events and _light_use(token, match)) \
                    and not _decided(token, match, coded) and not _naming(token, match) \
                    and not _records_released(token, match) \
                    and not _a_standing_state(token) and not _a_tally(token, match) \
                    and not any(c.i in coded for c in roles.issued_clauses(token)):
                above = said_by.get(token.head.i, set()) if token.dep_ == "xcomp" else set()
                for event in self._events(sent, index, token, match, mentions, article,
                                          story):
                    # "seeking to improve relations": the seeking said it (030) already
                    if _in_full(event)[:3] in above:
                        continue
                    done.setdefault(token.i, set()).add(_told(event))
                    said_by.setdefault(token.i, set()).add(_in_full(event)[:3])
                    said.add(_in_full(event))
                    yield event
        if not self.noun_events:
            return
        for noun_event in nominal.find(sent):
            for event in self._noun_events(sent, index, noun_event, mentions, article,
                                           shadows if shadows is not None else [],
                                           _told_by_its_verb(noun_event, done)):
                # "Israeli airstrikes kill 80": the verb's pattern read the noun already
                if _in_full(event) not in said:
                    yield event

    def _noun_events(
        self, sent: Span, index: int, found: nominal.NounEvent, mentions: Sequence[Mention],
        article: Article, shadows: list[Shadow], told: AbstractSet[Told] | None = None,
    ) -> Iterator[Event]:
        """The noun's event; where its verb coded it already (``told``), only what the
        noun's own phrase adds: "launched an offensive against Hamas in Gaza City"."""
        verb = nominal.governing_verb(found.head)
        # what is cited as a reason is given as fact, whatever the clause it explains
        # plans ("will nominate Trump, citing his mediation during the conflict")
        cited = verb is not None and verb.lemma_.lower() == "cite"
        clause = status_of(verb) if verb is not None and not cited else "asserted"
        status = "negated" if nominal.negated_by_verb(verb, found.head) else nominal.status_of_noun(
            found, clause)
        # a promise's date is not the date of what is promised ("pledged aid on Wednesday")
        dating = None if verb is not None and verb.lemma_.lower() in nominal.PROMISING_VERBS \
            else verb
        self.entities(sent)  # the date, and the event or plan this noun becomes, need them
        when = self._date(found.head.subtree, dating, article, status, nominal=True,
                          noun=found.head)
        status = "future" if _dated_ahead(status, when, article) else status
        day = _day_of(when, article)
        before = nominal.premodifiers(found.head)
        # "a Kabul car bombing": where, not who (see _placed_by_city)
        sides = [r for r in self._roles(sent, mentions, found.sources, day)
                 if r.head.i not in before or not _a_city(r.actor.name or "")]
        source = next(iter(sides), None)
        if source is None and found.pronoun is not None:
            source = _antecedent(sent, mentions, found.pronoun, day)
        # ("talks between the two countries": the phrase names them, if not by name)
        between = bool(nominal.parties(found.head, found.noun))
        if source is None and not between:
            sides = [r for r in self._roles(sent, mentions, found.context, day)
                     if _names_actor(r, mentions, sent)]
            source = next(iter(sides), None)
        protest = self.noun_events and found.noun.cameo[:2] == "14"
        if source is None and protest:
            source = next(iter(self._crowd(sent, mentions, found.head, [found.head])), None)
        if source is None:
            shadows.append(Shadow(
                found.noun.cameo, status, when.value if when else None,
                when.precision if when else "unknown", when.text if when else None,
                announced=self._announcement(sent, index, found, mentions, article)))
            return
        # "Israel and the United States launched strikes on Iran": each strikes (but one
        # name read as two codes, "Prime Minister Theresa May", is still one doer)
        doers = [r for k, r in enumerate(sides) if all(r.head.i != s.head.i for s in sides[:k])] \
            if source in sides else [source]
        for doer in doers:
            target = self._noun_target(sent, mentions, found, doer, day,
                                       guess=told is None and not protest and not between,
                                       partners=[r for r in sides if r is not doer])
            if target is None and protest and told is None:
                target = next(iter(self._protested(sent, mentions, _held_by(found.head),
                                                   [doer], found.targets, day)), None)
            if target is None and (self.settings.require_target or told is not None) \
                    or _home_trip(found.noun.cameo, doer, target):
                continue
            event = self._noun_event(sent, index, found, doer, target, status, when, article)
            if told is None or _told(event) not in told:
                yield event

    def _announcement(
        self, sent: Span, index: int, found: nominal.NounEvent, mentions: Sequence[Mention],
        article: Article,
    ) -> Event | None:
        """The announcing of a planned event ("The Kremlin announced ... the visit"), as an
        asserted 036 whose target the article-level pass fills in."""
        announcer = nominal.announcing_verb(found.head)
        if announcer is None:
            return None
        sources = self._roles(sent, mentions, roles.subject_tokens(announcer), _actor_day(article))
        if not sources:
            return None
        block = self.dictionaries.verbs.blocks[0] if self.dictionaries.verbs.blocks else None
        if block is None:
            return None
        form = VerbForm((announcer.text.upper(),), 0, 0, ANNOUNCED_CODE, True)
        match = VerbMatch(ANNOUNCED_CODE, None, block, form)
        event = self._event(sent, index, announcer, match, sources[0], None, article)
        # the announcing happened, whatever it announces
        return dataclasses.replace(event, status="asserted",
                                   pattern="noun: announced " + found.head.lemma_)

    def _noun_target(
        self, sent: Span, mentions: Sequence[Mention], found: nominal.NounEvent,
        source: _Role, day: dt.date, guess: bool = True, partners: Sequence[_Role] = (),
    ) -> _Role | None:
        talking = found.noun.cameo[:2] in nominal.TALKING_ROOTS
        # "an Israeli–U.S. airstrike", "Israel and U.S. airstrikes": the names before
        # the noun strike together (but "Russia–Ukraine talks" are between them)
        doers = set() if talking else nominal.premodifiers(found.head)
        for role in self._roles(sent, mentions, found.targets, day):
            # ("Saudi Arabia ... providing airstrikes with the Royal Saudi Air Force":
            # a country strikes with its army, not at it; but "the Belarusian protests
            # against President Lukashenko" are its people's)
            if role.actor.code != source.actor.code and not _generic(role) and not (
                    source.head.i in doers and role.head.i in doers) \
                    and not (found.noun.cameo[:2] != "14" and _its_own_state(source, role)):
                return role
        if not guess:
            return None
        if talking and partners:
            # "Iran and the United States agree to continue negotiations": with each other
            return partners[0]
        if talking and source.actor.country is None \
                and found.noun.cameo[:3] not in _BROKERED:
            # "at the NATO summit in Ankara, Trump ...": an organisation's own meeting is
            # among its members, with no one its sentence happens to name
            return None
        # ... but "joint airstrikes by Israel and the United States" strike neither
        sides = {p.actor.code for p in partners}
        # no phrase names the target: the nearest other country in the sentence; or,
        # where the phrase names it by role alone, in the noun's own phrase ("strikes on a
        # hospital in Sumy, Ukraine"; but "attacks against Christians by Boko Haram"
        # are on no country the sentence names elsewhere)
        head_k = found.head.i - sent.start
        inside = {t.i - sent.start for t in found.head.subtree} \
            if _by_role_only(sent, mentions, found.targets) else None
        # (nor one named in a clause that tells what the target is accused of or helps
        # in: "sanctions on individuals accused of helping Russia evade sanctions" are on
        # them, not Russia; but "a school sheltering civilians in Jabalia" is in Gaza)
        told = {t.i - sent.start for c in sent if c.dep_ in ("acl", "relcl")
                and c.lemma_.lower() in _COMPLICIT and found.head not in c.subtree
                for t in c.subtree}
        told |= {k - sent.start for k in nominal.matter(found.head, found.noun)}
        others = [m for m in mentions if not m.is_agent and not (
            m.start <= source.actor.start < m.end)
            and not (source.head.i in doers and m.start + sent.start in doers)
            and (inside is None or m.start in inside) and m.start not in told]
        for m in sorted(others, key=lambda m: abs(m.start - head_k)):
            if roles.set_apart(sent[m.start], found.head):
                continue  # "proposes talks after the UK threatened sanctions": not the UK
            actor = combine([m], day)
            if actor is None or not actor.country or actor.country == source.actor.country \
                    or actor.code in sides:
                continue
            # ("According to Reuters, US sanctions also ban ...": who tells of it is no
            # one it is done to)
            if "MED" in (actor.sector, actor.code[:3]) or roles.attributed(sent[m.start]):
                continue
            if talking and any(roles.venue(sent[m.end - 1], at) for at in _told_of(found.head)):
                continue  # "the summit in Helsinki, Finland": where, not with whom
            if not found.noun.person_target or actor.sector is not None:
                return _Role(actor, sent[m.end - 1], False)
        return None

    def _noun_event(
        self, sent: Span, index: int, found: nominal.NounEvent, source: _Role,
        target: _Role | None, status: str, when: EventDate | None, article: Article,
    ) -> Event:
        phrase = sent.doc[found.start.i:found.head.i + 1]
        code = _officially(found.noun.cameo, source)  # noun events are news coding's
        src = _actor(sent, source)
        tgt = _actor(sent, target) if target else None
        span = (phrase.start_char, phrase.end_char)
        named = source.named and (target is None or target.named)
        confidence = self.settings.confidence_base + (
            self.settings.confidence_named if named else 0.0)
        return Event(
            event_id=Event.make_id(article.id, index, span, src.code,
                                   tgt.code if tgt else None, code, self.info.version),
            article_id=article.id, sentence_index=index, sentence=sent.text.rstrip(),
            source=src, target=tgt, cameo=code,
            quad_class=self._cameo.quad_class(code), goldstein=self._cameo.goldstein(code),
            plover=self._plover.lookup(code, status), coder=self.info, verb=phrase.text,
            verb_span=span, status=status,  # type: ignore[arg-type]
            date=when.value if when else None,
            date_precision=when.precision if when else "unknown",
            date_text=when.text if when else None,
            location=self._where(found.head, src, tgt, code, source.head),
            confidence=round(min(confidence, 1.0), 2), article_date=article.date,
            pattern="noun: " + " ".join(found.noun.words), evidence=(index,),
        )

    def _where(
        self, anchor: Token, source: Actor, target: Actor | None, cameo: str,
        source_head: Token,
    ) -> Location | None:
        countries = {a.country for a in (source, target) if a is not None and a.country}
        found = event_location(anchor, actor_countries=countries, gazetteer=self._gazetteer,
                               physical=cameo[:2] in _PHYSICAL)
        if found is None and cameo in VISIT_CODES and target is not None and target.country:
            return self._country(target)  # a visit to Turkey happens in Turkey
        if found is None:  # "police in Jericho confiscated weapons": where they are
            found = places.actor_location(source_head, actor_countries=countries,
                                          gazetteer=self._gazetteer)
        return found

    def _country(self, actor: Actor) -> Location | None:
        for place in self._gazetteer.lookup(actor.name or ""):
            if place.kind == "country" and place.country == actor.country:
                return Location(place.name, place.country, place.lat, place.lon,
                                place.geonameid)
        return None

    def _date(
        self, tokens: Iterable[Token], verb: Token | None, article: Article, status: str,
        *, nominal: bool, noun: Token | None = None,
    ) -> EventDate | None:
        """The DATE phrase attached to the event (``noun``, for an event noun), resolved;
        else the publication date for reported verb events; else unknown."""
        if article.date is None:
            return None
        future = status == "future"
        places = [list(tokens)]
        if verb is not None:
            # only the governing verb's own date words: deeper ones belong to other events
            places.append(_when_words(verb))
        for group in places:
            for when in _dates_in(group, article.date, future, noun):
                return when
        if not nominal and status == "asserted":
            return EventDate(article.date.isoformat(), "day", None)  # type: ignore[arg-type]
        return None

    def _events(
        self, sent: Span, index: int, verb: Token, match: VerbMatch,
        mentions: Sequence[Mention], article: Article, story: Story | None = None,
    ) -> Iterator[Event]:
        assert match.code is not None
        heads = (_source_heads(sent, verb, match),
                 _marked(sent, match.target_at)
                 or [t for t in roles.target_tokens(verb) if _acted_on(verb, match.code, t)])
        obliged = roles.obliged(verb)
        if obliged and match.pattern is None and match.code[:2] in _STATEMENTS:
            # "declared that China must drop its barriers": a demand of China
            match = dataclasses.replace(match, code=DEMAND, reciprocal=None)
            heads = (heads[0], obliged)
        if self.noun_events and _brought_back(match.code, verb):
            # "the RUF will return weapons seized from UN peacekeepers": a return of
            # property (0842) or of people (0841) to whom the "from" phrase names
            self.entities(sent)
            match = dataclasses.replace(match, code=_returned(verb), reciprocal=None)
        day = _actor_day(article)
        sources, targets = _specific(self._placed(sent, mentions, verb, match, heads, day,
                                                  story))
        reporter = self._transformer.reporter(verb) if self._transformer else None
        require_target = self.settings.require_target
        # "+ HOSTING * TABASKI ^ $": a pattern marking both sides names them, even an army
        # and its own country
        named = _names_both(match)
        if not any(_pairs(sources, targets, require_target and reporter is None, named)):
            return
        # people hold the office of the event's date: "in 2019, Merkel visited" (DEUGOV)
        when_day = self._event_day(sent, verb, article)
        if when_day != day:
            sources, targets = _specific(
                self._placed(sent, mentions, verb, match, heads, when_day, story))
        seen: set[tuple[str, str | None]] = set()
        for source, target in _pairs(sources, targets, require_target and reporter is None,
                                     named):
            key = (source.actor.code, target.actor.code if target else None)
            if key in seen or self.noun_events and (_home_trip(match.code, source, target)
                                                     or _no_traveller(match.code, source,
                                                                      target)):
                continue
            seen.add(key)
            recoded = None
            if reporter is not None:
                recoded = self._recoded(sent, index, reporter, verb, match, source, target,
                                        mentions, article)
                if recoded is not None:
                    yield recoded
                    # in news the report is news too: "Iran says Israel struck a hospital"
                    # is the strike as well as the accusation (PETRARCH keeps only the latter)
                    if not self.noun_events:
                        continue
                if target is None and require_target:
                    continue
            yield self._event(sent, index, verb, match, source, target, article)
            if self.noun_events and target is not None and _announced_will(verb, match) \
                    and recoded is None:
                # "said they would boycott contact with the US": a threat, made now
                yield self._threat(sent, index, verb, match, source, target, article,
                                   "announced")
            if match.reciprocal and target is not None and not _struck(match, verb):
                back = dataclasses.replace(match, code=match.reciprocal)
                yield self._event(sent, index, verb, back, target, source, article)
        yield from self._threats(sent, index, verb, match, sources, mentions, article)

    def _placed(
        self, sent: Span, mentions: Sequence[Mention], verb: Token, match: VerbMatch,
        heads: tuple[Sequence[Token], Sequence[Token]], day: dt.date, story: Story | None,
    ) -> tuple[list[_Role], list[_Role]]:
        """The sides, and on news, where no target is named, the place force is used on or
        a protest is held in."""
        sources, targets = self._oriented(sent, mentions, verb, match, heads, day)
        root = (match.code or "")[:2]
        if root in _FORCE and _fights_calamity(verb):
            # "inmates are deployed to fight the wildfires in Los Angeles": no one's force
            # on anyone there
            return sources, targets
        # (whoever is told of an attack or an arrest is told: "a police source told
        # reporters", no side of it)
        if self.noun_events and _by_role_alone(match.code or "") and not match.reverse \
                and not (sources and targets) and not roles.reports(verb):
            sources, targets = self._by_role(sent, mentions, verb, match.code or "", heads,
                                             (sources, targets), day, story)
        if (match.code or "") == DEMAND and sources and self.noun_events:
            # "Petro orders the commerce ministry to raise tariffs on U.S. imports": an
            # order to one's own body, not a demand on whom its act is aimed at
            ordered = self._own_body(sent, mentions, verb, sources, day)
            if ordered:
                return sources, ordered
        if self.noun_events and _emergency(match) and targets and not any(
                _imposed_on(verb, t.head) for t in targets):
            # "declares martial law in eight districts on their border with Cambodia":
            # imposed on its own people, not on the neighbour a place phrase names
            targets = []
        if not sources or targets or not self.noun_events:
            return sources, targets
        if _emergency(match):
            return sources, [] if _calamity(sent) else self._restricted(sent, verb, sources)
        if root in _FORCE:
            return sources, self._place_target(sent, verb, sources)
        if root == "14":
            return sources, self._protested(sent, mentions, verb, sources, heads[1], day)
        if root == "13":
            # "threatened to stop negotiations if the United States goes ahead": the
            # threat is to whoever must act (or not) to be spared it
            own = {s.actor.code for s in sources}
            return sources, self._roles(sent, mentions, roles.threatened(verb), day,
                                        skip=lambda r: r.actor.code in own)
        return sources, targets

    def _by_role(
        self, sent: Span, mentions: Sequence[Mention], verb: Token, code: str,
        heads: tuple[Sequence[Token], Sequence[Token]],
        sides: tuple[list[_Role], list[_Role]], day: dt.date, story: Story | None,
    ) -> tuple[list[_Role], list[_Role]]:
        """Sides named by their role alone ("police", "protesters") where an event is done
        on the ground: they are of the country it happens in ("police arrested hundreds of
        protesters in Cairo"), else, facing a country's police or courts, of that country
        ("Kenyan police shot two protesters"), or facing its authorities' arrests and
        bans ("The Turkish government arrests dozens of civilians"), as news writes them
        once the country is plain; else of the ``story``'s country."""
        told = story or _no_story
        # (but whom a government expels, 174, is seldom its own)
        bodies: AbstractSet[str | None] = _COERCING if code[:2] == "17" and code[:3] != "174" \
            else _YIELDING if code[:3] in _CONCESSIONS else _DOMESTIC
        sources, targets = sides
        countries = {r.actor.country for r in (*sources, *targets) if r.actor.country}
        place = event_location(verb, actor_countries=countries, gazetteer=self._gazetteer,
                               physical=True)
        home = place.country if place else None
        if not sources:
            # ("three people drown after floods hit Bulgaria", "six people are killed and
            # others injured": people in general are whom events befall, seldom who acts)
            # (whoever blockades a government's mission is not thereby its citizen)
            sources = self._unnamed(
                sent, mentions, heads[0][:1],
                home or _domestic(targets, _DOMESTIC) or (None if targets else told()), day,
                acting=True)
        if sources and not targets:
            # ("Thailand releases 18 prisoners as part of a ceasefire agreement with
            # Cambodia": whom a state yields to may be another's, once one is named)
            # (nor are those whom a side of two countries acts on of either, or of the
            # story's: "The Spanish Civil Guard and the Ecuadorian National Police have
            # arrested 44 people")
            foreign = code[:3] in _CONCESSIONS and _names_others(mentions, sources, day) \
                or len({r.actor.country for r in sources if r.actor.country}) > 1
            mine = home or (None if foreign else _domestic(sources, bodies) or told())
            # (and what is given goes "to" whom it is granted: "grants amnesty to 3,000
            # political prisoners")
            targets = self._unnamed(sent, mentions, heads[1], mine, day,
                                    given=code[:3] in _CONCESSIONS)
        return sources, targets

    def _unnamed(
        self, sent: Span, mentions: Sequence[Mention], heads: Sequence[Token],
        country: str | None, day: dt.date, *, acting: bool = False,
        given: bool = False,
    ) -> list[_Role]:
        """The first of ``heads`` whose phrase names agents and no actor, as those agents of
        ``country``; ``acting`` (a source), not people in general ("a man", "people"), nor an
        army; ``given`` (a thing granted), whom a "to" phrase names too."""
        places = _UNNAMED_PLACES - {"to"} if given else _UNNAMED_PLACES
        if country is None:
            return []
        for head in heads:
            head = roles.counted(head)
            # "sentenced him to four years in prison": where and how long is no one; and
            # "its military" is the military of whoever "its" is, not of where it acts
            where = head.dep_ == "pobj" and head.head.lower_ in places
            # ... nor are "several foreign citizens" of the country that arrests them
            owned = any(c.dep_ == "poss" and c.pos_ == "PRON" or c.lower_ in _ALIEN
                        for c in head.children)
            held = [] if where or owned else _held(sent, mentions, head)
            k = head.i - sent.start
            if not held or not all(m.is_agent for m in held):
                continue
            # the agent names the head itself: a "fuel tanker" is no business, a "police
            # source" no police (but "a student union" is a body of students)
            if not any(m.start <= k < m.end for m in held) \
                    and head.lemma_.lower() not in _BODIES:
                continue
            if acting and all(_agent_code(m) in GENERIC_AGENTS for m in held):
                continue
            # (and prisoners of war released are the enemy's soldiers)
            if any(_agent_code(m) in (_ACTING_ABROAD if acting or given else _NOT_OF_THE_PLACE)
                   for m in held):
                continue
            home = Mention(held[0].start, held[0].start, _country_entry(cameo_country(country)))
            actor = combine([home, *held], day)
            if actor is not None:
                return [_Role(actor, head, False)]
        return []

    def _place_target(self, sent: Span, verb: Token, sources: Sequence[_Role]) -> list[_Role]:
        """The country of the place force is used on, as the target where no actor is named
        ("Sudanese rebels shelled Juba": SSD), as dictionaries code capitals and cities."""
        countries = {s.actor.country for s in sources if s.actor.country}
        found = places.struck_place(verb, actor_countries=countries, gazetteer=self._gazetteer)
        if found is None:
            return []
        head, place = found
        return [_country_role(sent, head, place.name, place.country)]

    def _own_body(
        self, sent: Span, mentions: Sequence[Mention], verb: Token, sources: Sequence[_Role],
        day: dt.date,
    ) -> list[_Role]:
        """The source's own state body that the verb's object names by its role alone
        ("orders the military", "the commerce ministry", "a decree ordering courts"), as
        that country's."""
        countries = {s.actor.country for s in sources if s.actor.country}
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        if len(countries) != 1 or not objects:
            return []
        found = self._unnamed(sent, mentions, objects, next(iter(countries)), day)
        return [r for r in found if r.actor.sector in _STATE_SECTORS]

    def _restricted(self, sent: Span, verb: Token, sources: Sequence[_Role]) -> list[_Role]:
        """Whom a curfew or a state of emergency is imposed on, or lifted from, where no one
        is named: the people of the place it covers ("declares a state of emergency in
        Lima"), else of the government's own country."""
        countries = {s.actor.country for s in sources if s.actor.country}
        place = event_location(verb, actor_countries=countries, gazetteer=self._gazetteer)
        country = place.country if place else (next(iter(countries)) if len(countries) == 1
                                                  else None)
        if country is None:
            return []
        return [_country_role(sent, verb, place.name if place else "people", country,
                              sector="CVL")]

    def _protested(
        self, sent: Span, mentions: Sequence[Mention], verb: Token,
        sources: Sequence[_Role], heads: Sequence[Token], day: dt.date,
    ) -> list[_Role]:
        """Where no one is named, a protest is made to whom its purpose names ("held
        rallies to protest against the Israeli occupation"), to the protesters' own office
        it names ("students protested against the government": their government), else
        to the country it is held in: to its government where the protesters are its own
        ("Kurds demonstrated in Kirkuk")."""
        countries = {s.actor.country for s in sources if s.actor.country}
        purposed = [h for h in protests.purposes(verb) if not protests.aside(h)]
        own = {s.actor.code for s in sources}
        named = self._roles(sent, mentions, purposed, day,
                            skip=lambda r: r.actor.code in countries | own)
        if named:
            return named
        # "protesters gathered outside the U.S. embassy in Ottawa": to the United States,
        # not to the country the embassy stands in
        abroad = self._roles(sent, mentions, list(protests.missions(verb)), day,
                             skip=lambda r: r.actor.code in own)
        if abroad:
            return abroad
        home = next(iter(countries)) if len(countries) == 1 else None
        if home and any(s.actor.sector == "OPP" for s in sources):
            # "a protest in Warsaw organised by the Belarusian opposition": an opposition
            # protests against its own government, wherever it gathers
            return [_country_role(sent, verb, "government", home, sector="GOV")]
        for head in [h for h in (*heads, *purposed) if not protests.aside(h)]:
            agents = _own_agents(sent, mentions, head)
            if home and agents and all(m.is_agent for m in _held(sent, mentions, head)) \
                    and home + agents[-1] not in own:
                return [_country_role(sent, head, head.text, home, sector=agents[-1])]
        # (however deep the place hangs: "took to the streets of Istanbul")
        where = event_location(verb, actor_countries=countries, gazetteer=self._gazetteer,
                               physical=True)
        if where is None or not where.country:
            return []
        return [_country_role(sent, verb, where.name, where.country,
                              sector="GOV" if where.country in countries else None)]

    def _crowd(
        self, sent: Span, mentions: Sequence[Mention], verb: Token, heads: Sequence[Token],
    ) -> list[_Role]:
        """Protesters no dictionary names are the people of the place they protest in, of
        the trade their phrase gives ("students in Jakarta": IDNEDU), else civilians."""
        head = roles.counted(heads[0]) if heads else None
        # a protest noun stands for its crowd ("a protest in London")
        if head is None or not (head.i == verb.i or protests.is_crowd(head)):
            return []
        for anchor in protests.anchors(verb, head):
            where = event_location(anchor, actor_countries=(), gazetteer=self._gazetteer,
                                   physical=True)
            if where is not None and where.country:
                # a protest noun's own modifiers are what it is about ("prison riot")
                agents = _own_agents(sent, mentions, head) if head.i != verb.i else []
                return [_country_role(sent, head, head.text, where.country,
                                      sector=agents[-1] if agents else "CVL")]
        return []

    def _threats(
        self, sent: Span, index: int, verb: Token, match: VerbMatch,
        sources: Sequence[_Role], mentions: Sequence[Mention], article: Article,
    ) -> Iterator[Event]:
        """'Nigeria will withdraw its force from Chad unless the president arranges a
        ceasefire': an action to come on a condition someone else must meet is a threat
        to them, made now (CAMEO 13x by what is threatened)."""
        root = (match.code or "")[:2]
        if status_of(verb) not in ("future", "hypothetical") or root == "13":
            return
        # "will attend if Arnor agrees" is an offer; "will strike if" and "unless" threaten
        marks = ("unless", "if") if root >= "11" else ("unless",)
        told = self._roles(sent, mentions, roles.conditions(verb, marks),
                           _actor_day(article))
        for source in sources:
            for target in told:
                if target.actor.code != source.actor.code:
                    yield self._threat(sent, index, verb, match, source, target, article,
                                       "unless")

    def _threat(
        self, sent: Span, index: int, verb: Token, match: VerbMatch, source: _Role,
        target: _Role, article: Article, why: str,
    ) -> Event:
        """The threat of ``match``'s action, asserted on the article's date (CAMEO 13x by
        what is threatened)."""
        code = _THREATS.get((match.code or "")[:2], "130")
        threat = dataclasses.replace(match, code=code, pattern=None, reciprocal=None)
        event = self._event(sent, index, verb, threat, source, target, article,
                            pattern=f"threat: {match.code} {why}")
        made = article.date.isoformat() if article.date else None
        return dataclasses.replace(
            event, status="asserted", date=made, date_text=None,
            date_precision="day" if made else "unknown",
            plover=self._plover.lookup(code, "asserted"))

    def _recoded(
        self, sent: Span, index: int, reporter: Token, verb: Token, match: VerbMatch,
        source: _Role, target: _Role | None, mentions: Sequence[Mention], article: Article,
    ) -> Event | None:
        """The reported event as its reporting verb's transformation recodes it ("Arnor
        said Gondor attacked": Arnor accuses Gondor), or None where no rule fits."""
        speakers = self._roles(sent, mentions, roles.subject_tokens(reporter),
                               _actor_day(article))
        if not speakers or match.code is None:
            return None
        found = self._transformer.recode(
            reporter, (speakers[0].actor.code, source.actor.code,
                       target.actor.code if target else None),
            match.code, future=status_of(verb) == "future")
        if found is None:
            return None
        by_place = (speakers[0], source, target)
        new_source, new_target = by_place[found.source], by_place[found.target]
        if new_source is None or new_target is None \
                or new_source.actor.code == new_target.actor.code \
                or new_source.actor.country and \
                new_source.actor.country == new_target.actor.country:
            return None  # "the ministry claims Russian forces captured ...": no accusation
        recoded = dataclasses.replace(match, code=found.code, reciprocal=None)
        return self._event(sent, index, reporter, recoded, new_source, new_target, article,
                           pattern=f"transformation {found.rule.line}")

    def _oriented(
        self, sent: Span, mentions: Sequence[Mention], verb: Token, match: VerbMatch,
        heads: tuple[Sequence[Token], Sequence[Token]], day: dt.date,
    ) -> tuple[list[_Role], list[_Role]]:
        """The sides as the event runs: for a pattern coding only the target's act
        ("[:111]": "Gondor faced criticism from Arnor"), from the target to the subject."""
        sources, targets = self._sides(sent, mentions, verb, match, heads, day)
        if not match.reverse:
            return sources, targets
        # who acts is named on the verb itself, not in a clause of its own ("acquired
        # helicopters to fight Islamic State militants": no gift from the militants)
        targets = [t for t in targets if _in_own_clause(t.head, verb)]
        return (targets, sources) if targets else ([], [])

    def _sides(
        self, sent: Span, mentions: Sequence[Mention], verb: Token, match: VerbMatch,
        heads: tuple[Sequence[Token], Sequence[Token]], day: dt.date,
    ) -> tuple[list[_Role], list[_Role]]:
        """The verb's sources and targets, with its office-holders of ``day``."""
        sources = self._roles(sent, mentions, heads[0], day, acting=True)
        root = (match.code or "")[:2]
        protest = self.noun_events and root == "14"
        if not sources and protest:
            sources = self._crowd(sent, mentions, verb, heads[0])
        # ("police raid the Seoul court": whom a side named by its role alone acts on on
        # the ground says whose that side is; see _by_role)
        if not sources and not (self.noun_events and _by_role_alone(match.code or "")):
            return [], []
        # "Erdoğan reiterated Turkey's commitment to Ukraine": a state's own country as a
        # whole is no one it acts on (a rebel group's is; so are its opposition or army)
        own = set() if _names_both(match) or not sources else \
            set.intersection(*(_state_country(s) for s in sources))
        # "Gandhi told Reuters": the press a speaker talks to is the channel, not a party
        channel = roles.reports(verb)
        # "Iran and the US held talks in Muscat, Oman": where parties met is no party (one
        # actor meeting "in Bree" meets Bree, as PETRARCH codes it)
        meeting = match.target_at is None and (match.code or "") in _MEETINGS

        # the verb and the verbs it governs: "plan to sign a declaration at the White
        # House" is planned where the signing is to be
        held = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]

        def venue(h: Token) -> bool:
            # ... nor, on news, is a city where anyone meets ("proposes holding
            # negotiations in Istanbul, Turkey"; but where one arrives is one's host)
            return meeting and any(roles.venue(h, v) for v in held) and (
                len(sources) > 1 or self.noun_events and _in_a_city(h)
                and verb.lemma_.lower() not in _ARRIVING)
        # ... and where anyone speaks is no one spoken to ("announced in Paris"), nor
        # where a thing is held anyone it is done to ("held primary elections in the US
        # states of Idaho and Michigan")
        spoken = match.target_at is None and (
            root == "01" or self.noun_events and verb.lemma_.lower() == "hold")
        # ... and where a crowd protests is whom it protests to only where nothing else
        # is named ("demonstrate in Seoul to protest against Yoon": see _protested), nor
        # is what says when or who led the protest
        target_heads = [h for h in heads[1] if not venue(h)
                        and not (protest and (protests.venue(h, verb) or protests.aside(h)))
                        and not (spoken and roles.venue(h, verb, own=True))
                        # ... nor where someone is arrested or banned ("is arrested in
                        # Turkey by the U.S. justice department": Turkey is no one held;
                        # but what is seized there is the country's, 171)
                        and not (root == "17" and (match.code or "")[:3] != "171"
                                 and roles.venue(h, verb, own=True))
                        # ("agree to establish relations on the sidelines of the SCO
                        # summit": the summit is where, for any deed)
                        and not roles.on_sidelines(h)
                        # ... nor what they meet about ("raises concerns about North Korea")
                        and not (meeting and roles.venue(
                            h, verb, prepositions=nominal.TOPIC_PREPOSITIONS))
                        # ... nor, but for force, what a place is near ("raided a scam
                        # centre near the border with Thailand")
                        and not (root not in _FORCE and roles.near(h, verb))]

        def skip(r: _Role) -> bool:
            return r.actor.code in own and not self._a_people(sent, r, verb) \
                or channel and "MED" in (r.actor.sector, r.actor.code[:3]) \
                or venue(sent[r.actor.end - 1]) \
                or protest and protests.venue(sent[r.actor.end - 1], verb)

        targets = self._roles(sent, mentions, target_heads, day, skip=skip)
        if not sources:
            # (only a body a role word names: "killed 22 people in Sousse, Tunisia" are
            # people of Tunisia, whom _by_role finds, not Tunisia)
            return [], [t for t in targets if any(
                m.is_agent and _agent_code(m) not in GENERIC_AGENTS
                for m in _held(sent, mentions, t.head))]
        if self.noun_events and match.target_at is None and root in _AGREED:
            # on news, where something is asked, agreed or given is no party to it when
            # another is named, or the parties are ("Rwanda and the DRC sign a peace
            # agreement in Washington"; but "opened an embassy in Tehran")
            elsewhere = self._roles(
                sent, mentions, [h for h in target_heads
                                 if not any(roles.venue(h, v) for v in held)], day,
                skip=lambda r: skip(r) or any(
                    roles.venue(sent[r.actor.end - 1], v) for v in held))
            # ... nor is a city where one party agrees or signs ("Colombia and the Clan
            # del Golfo agree in Doha, Qatar": the Clan no actor; but what is given in a
            # place is given to it, "assist with wildfire efforts in Quebec, Canada")
            sealed = root == "03" or (match.code or "")[:3] == "057"
            targets = elsewhere if elsewhere or len(sources) > 1 else [
                t for t in targets if not (sealed and _in_a_city(sent[t.actor.end - 1])
                                           and roles.venue(sent[t.actor.end - 1], verb))]
        # ("urges Americans to leave Venezuela": a state's own people, not Venezuela)
        targets = [_people_of(sent, t) if t.actor.code in own
                   and self._a_people(sent, t, verb) else t for t in targets]
        about = roles.clause_subjects(verb)
        # "the ministry claims Russian forces captured ...": a clause about the source's
        # own side is no event between the two (but rebels or an opposition demanding
        # that their government act stand against it)
        targets = [t for t in targets if t.head not in about or all(
            not _same_side(t, s) for s in sources)]
        # one side's bodies act together, not on each other: "the Israeli military and
        # Shin Bet say ..., violating the ceasefire" breaks no ceasefire between them
        together = len(sources) > 1 and not _one_side(sources)
        if together and meeting:
            # those who meet meet whom they meet with, or each other ("the ministers of
            # Egypt and Turkey meet to express support for Iran–US talks"; "gathered to
            # discuss Libya–Turkey relations" met neither)
            targets = [t for t in targets if roles.partner(t.head, verb)
                       and t.head.lemma_.lower() not in _MATTERS | _RELATIONS]
        elif together and roles.between_parties(verb):
            # "Armenia and Pakistan established relations on the sidelines of the SCO
            # summit": the parties to the relations are each other (and any named with
            # them), not what the rest of the sentence names
            targets = [t for t in targets if roles.partner(t.head, verb)] or sources
        if not targets and together and root not in _SAID and not channel \
                and len({s.actor.country or s.actor.code for s in sources}) <= _MOST_MUTUAL \
                and roles.mutual(verb, alone=root in _DONE_TO_EACH_OTHER):
            # "Gondor and Osgiliath renewed ties": each acts on the other (but those who
            # report attacks, whatever their dictionary says, report them to no one)
            targets = sources
        return sources, targets

    def _a_people(self, sent: Span, role: _Role, verb: Token) -> bool:
        """Whether the verb's object names a country by its people, one plural word that
        names no place ("urges Americans to leave"; not "the Philippines")."""
        word = sent[role.actor.start]
        # (and "non-Americans" are others)
        negated = word.i >= 2 and word.nbor(-1).text == "-" and word.nbor(-2).lower_ == "non"
        return role.head.dep_ in roles.OBJECTS and role.head.head.i == verb.i \
            and role.actor.end - role.actor.start == 1 and word.tag_ == "NNPS" \
            and not negated and role.actor.country is not None \
            and not self._gazetteer.lookup(word.text)

    def _event_day(self, sent: Span, verb: Token, article: Article) -> dt.date:
        self.entities(sent)
        when = self._date(_dating_words(verb), None, article, status_of(verb),
                          nominal=False)
        return _day_of(when, article)

    def _roles(
        self, sent: Span, mentions: Sequence[Mention], heads: Sequence[Token],
        day: dt.date | None, skip: Callable[[_Role], bool] | None = None,
        acting: bool = False,
    ) -> list[_Role]:
        """The actors of one side, from its candidate nouns in order of preference; those
        ``skip`` rejects count as no actor."""
        found: list[_Role] = []
        absorbed: set[Token] = set()  # items the phrase of an earlier head took in
        for head in heads:
            if head in absorbed:
                continue
            role = self._role(sent, mentions, head, day, acting)
            shared = _coordinated(sent, mentions, head, day) or (
                _distributed(sent, mentions, head, day) if role is None else [])
            for one in shared or (_split_codes(role) if role is not None else []):
                if skip is not None and skip(one):
                    continue
                if all(r.actor.code != one.actor.code for r in found):
                    found.append(one)
            if role is not None and not role.named:
                found.extend(self._fallback_conjuncts(sent, mentions, head, role, day))
                absorbed.update(t for f in roles.phrase_fallbacks(head)
                                for t in roles.phrase_items(f, head)[1:])
        if not found:
            return found
        # only the first coded noun of a role speaks, with its conjuncts ("A and B") and
        # the items of its list that name an actor themselves ("A, the awful B, and C")
        first = found[0].head
        listed = roles.members(first)
        return found[:1] + [r for r in found[1:] if r.head.i == first.i
                            or r.head in first.conjuncts or r.named and r.head in listed]

    def _fallback_conjuncts(
        self, sent: Span, mentions: Sequence[Mention], head: Token, role: _Role,
        day: dt.date | None,
    ) -> Iterator[_Role]:
        """'Lawmakers in Arnor and Gondor': the head's agent with each conjoined country,
        as roles of the same head (so they count as its conjuncts)."""
        agents = [m for m in _held(sent, mentions, head) if m.is_agent]
        for fallback in roles.phrase_fallbacks(head):
            for other in roles.phrase_items(fallback, head)[1:]:
                actor = combine([*_held(sent, mentions, other), *agents], day)
                if actor is not None and actor.code != role.actor.code:
                    yield _Role(actor, head, False)
            return

    def _role(
        self, sent: Span, mentions: Sequence[Mention], head: Token, day: dt.date | None,
        acting: bool = False,
    ) -> _Role | None:
        head = roles.counted(head)
        former = _former(head)
        held = _held(sent, mentions, head)
        if acting and _placed_by_city(sent, held, head):
            return None
        actor = combine(held, day, former=former)
        if actor is not None:
            role = _Role(actor, head, True)
            return None if _generic(role) else role
        agents = [m for m in _held(sent, mentions, head) if m.is_agent]
        owned = self._owned(sent, mentions, head, agents, day)
        if owned is not None:
            return owned
        # "killed by airstrikes in the Gaza Strip": where an event happens is no one who
        # acts in it ("a drone strike from the RSF" is the RSF's)
        where = acting and not agents and nominal.names_event(head) \
            and not nominal.protest_noun(head)  # ("protests in Madagascar": its crowd)
        for fallback in roles.phrase_fallbacks(head):
            if where and fallback.head.lower_ != "from":
                continue
            # ... nor is the place of anything but people ("a botulism outbreak in
            # southern Italy kills three people": no Italian act)
            if acting and not agents and fallback.dep_ == "pobj" \
                    and fallback.head.lower_ in _PLACING:
                continue
            # "activists in Arnor": the head's agent joins the country that follows
            actor = combine([*_held(sent, mentions, fallback), *agents], day, former=former)
            if actor is not None and (agents or not _a_court_of(actor, fallback)):
                return _Role(actor, head, False)
        return None

    def _owned(
        self, sent: Span, mentions: Sequence[Mention], head: Token,
        agents: Sequence[Mention], day: dt.date | None,
    ) -> _Role | None:
        """'Russia said its forces attacked', 'accused its military of abuses': a noun
        whose owner is a pronoun is read as if the doer it stands for owned it ("Russia's
        forces": Russia; "Mexico's military": MEXMIL; a named group's fighters: the
        group)."""
        if not any(c.dep_ == "poss" and c.lower_ in _OWNING for c in head.children):
            return None
        # a thing of theirs no agent names is theirs only as the doer: "its forces
        # attacked" (but whatever "their meeting" or "its embassy" suffers is not theirs
        # to suffer as a side)
        if not agents and (head.dep_ != "nsubj" or nominal.names_event(head)):
            return None
        antecedent = roles.owner_of(head)
        owners = self._roles(sent, mentions, [antecedent], day) if antecedent is not None \
            else []
        # ("Hungarian and Romanian officials agreed that their countries should
        # cooperate": "their" stands for both, and for neither alone)
        owner = owners[0] if len(owners) == 1 else None
        country = owner.actor.country if owner is not None else None
        if owner is None or country is None:
            return None
        actor = owner.actor
        if len(actor.code) <= 6:
            # a country, or one of its sectors: the noun's agents of that country ("its
            # air defence units": RUSMIL), else the country ("his country", "its forces")
            at = agents[0].start if agents else 0
            home = Mention(at, at, _country_entry(cameo_country(country)))
            actor = combine([home, *agents], day) or actor
        k = head.i - sent.start
        return _Role(dataclasses.replace(actor, start=k, end=k + 1), head, False)

    def _event(
        self, sent: Span, index: int, verb: Token, match: VerbMatch,
        source: _Role, target: _Role | None, article: Article, pattern: str | None = None,
    ) -> Event:
        self.entities(sent)
        code = match.code or ""
        verb_span = (verb.idx, verb.idx + len(verb.text))
        status = status_of(verb, negation_read=self._verbs.spells_negation(match.pattern),
                           threat=code[:2] == "13")
        refusal = refusal_code(code) if _refused(verb) else None
        if refusal is not None:
            # "refused to deploy peacekeepers": the refusal happened (1224), as CAMEO
            # codes it, rather than a deployment that did not
            code, status = refusal, status_of(verb.head)
        if status == "asserted" and code[:2] in _VIOLENCE and _purpose(verb):
            # "launches an offensive to capture Pokrovsk", "sends troops to seize Kyiv":
            # what force is sent to do is still to come
            status = "future"
        when = self._date(_dating_words(verb), None, article, status, nominal=False)
        if status == "asserted" and code[:2] not in _SPEECH:
            # "Putin visits Turkey next week", "is meeting Erdogan on Friday" (the coming
            # Friday): the verb's own date says it is still to come (but "announces
            # funding for Ukraine in 2026" is said now, of then)
            # (nominal: no publication day where the verb has no date of its own)
            own = self._date(_when_words(verb, _AT_A_TIME), None, article,
                             "future" if _progressive(verb) else status, nominal=True)
            if _dated_ahead(status, own, article):
                status, when = "future", own
        if self.noun_events:
            code = _taken_ground(_officially(code, source), target, verb)
        src = _actor(sent, source)
        tgt = _actor(sent, target) if target else None
        confidence = self.settings.confidence_base
        confidence += self.settings.confidence_pattern if match.pattern else 0.0
        named = source.named and (target is None or target.named)
        confidence += self.settings.confidence_named if named else 0.0
        return Event(
            event_id=Event.make_id(article.id, index, verb_span, src.code,
                                   tgt.code if tgt else None, code, self.info.version),
            article_id=article.id,
            sentence_index=index,
            sentence=sent.text.rstrip(),
            source=src,
            target=tgt,
            cameo=code,
            quad_class=self._cameo.quad_class(code),
            goldstein=self._cameo.goldstein(code),
            plover=self._plover.lookup(code, status),
            coder=self.info,
            verb=verb.text,
            verb_span=verb_span,
            status=status,
            date=when.value if when else None,
            date_precision=when.precision if when else "unknown",
            date_text=when.text if when else None,
            location=self._where(verb, src, tgt, code, source.head),
            confidence=round(min(confidence, 1.0), 2),
            article_date=article.date,
            pattern=pattern or (match.pattern.line if match.pattern
                                else f"{match.block.name} (verb)"),
            evidence=(index,),
        )


ANNOUNCED_CODE = "036"  # CAMEO: express intent to meet or negotiate
REFUSALS = frozenset({"refuse", "decline", "reject"})
# CAMEO "make a visit": the destination (the target's country) is where it happens
VISIT_CODES = frozenset({"042"})
_DATE_DEPS = frozenset({"prep", "npadvmod", "advmod", "tmod", "obl"})


# the story's country, read when first asked for
Story = Callable[[], str | None]


def _no_story() -> str | None:
    return None


# what an event says: source, target and CAMEO root
Told = tuple[str | None, str | None, str]


def _in_full(event: Event) -> tuple[str | None, str | None, str, str]:
    return (event.source.code if event.source else None,
            event.target.code if event.target else None, event.cameo, event.status)


def _told(event: Event) -> Told:
    return (event.source.code if event.source else None,
            event.target.code if event.target else None, event.cameo[:2])


def _announced_will(verb: Token, match: VerbMatch) -> bool:
    """A hostile act its doer says, vows or warns it will take ("said they would
    boycott", "vowed to retaliate"): CAMEO's threat."""
    root = (match.code or "")[:2]
    return root in _SAID_THREATS and verb.dep_ in ("ccomp", "xcomp") \
        and verb.head.lemma_.lower() in _ANNOUNCING and status_of(verb) == "future"


# the roots whose acts, said to come, threaten: sanctions and force (a protest "march" or
# a coercive "removal" is as often conciliatory news misread: "will remove import taxes")
_SAID_THREATS = frozenset({"16", "18", "19", "20"})
_ANNOUNCING = frozenset({"say", "announce", "declare", "warn", "vow", "pledge", "promise",
                         "swear", "state", "tell", "confirm"})


def _light_use(verb: Token, match: VerbMatch) -> bool:
    """'conducts airstrikes on SDF positions': a light verb whose dictionary says
    nothing of its object (its block's default code) only says the noun's event happened;
    the noun codes it."""
    if _takes_part(verb):
        return True
    if match.pattern is not None or verb.lemma_.lower() not in nominal.LIGHT_VERBS:
        return False
    # ("a protest in Warsaw is organized by the opposition": its passive subject too)
    return any(c.dep_ in roles.OBJECTS | roles.PASSIVE_SUBJECTS and nominal.names_event(c)
               for c in _with_raised_subject(verb))


def _with_raised_subject(verb: Token) -> list[Token]:
    """The verb's words, and for a passive with no subject of its own that hangs from
    another ("the talks are expected to be attended by Ban"), that one's subject."""
    children = list(verb.children)
    if verb.dep_ == "xcomp" and roles.is_passive(verb) \
            and not any(c.dep_ in roles.PASSIVE_SUBJECTS for c in children):
        children += [c for c in verb.head.children if c.dep_ in roles.SUBJECTS
                     or c.dep_ in roles.PASSIVE_SUBJECTS]
    return children


def _takes_part(verb: Token) -> bool:
    """'took part in the attacks': taking part in an event is doing it, which the noun
    codes ("took part in talks" is the talks, not an intent to cooperate)."""
    for token in verb.subtree:
        taking = nominal.participation(token)
        if taking is not None and taking.i == verb.i and nominal.names_event(token):
            return True
    return False


def _told_by_its_verb(
    found: nominal.NounEvent, done: Mapping[int, set[Told]]
) -> AbstractSet[Told] | None:
    """'imposes sanctions on ICC judges': what the verb said of its object, where the
    noun names an event of the same kind; None where the noun is no such object (the
    noun that does the verb's deed, "killed by Israeli airstrikes", codes on its own)."""
    head = nominal.counted_in(found.head)
    told = done.get(head.head.i, set()) if head.dep_ in roles.OBJECTS else set()
    return told if any(t[2] == found.noun.cameo[:2] for t in told) else None


def _told_of(noun: Token) -> tuple[Token, ...]:
    """The noun, the verb it is the subject of and the participle describing it: "the G7
    summit begins in Kananaskis, Canada" and "talks held in Istanbul" tell where the
    summit and the talks are, as "the summit in Kananaskis" does."""
    described = tuple(c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN")
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
        return noun, noun.head, *described
    return noun, *described


def _held_by(noun: Token) -> Token:
    """'attend rallies to protest the takeover': the light verb that holds the protest
    noun, whose purpose is the protest's; else the noun."""
    verb = noun.head
    if noun.dep_ in roles.OBJECTS and verb.lemma_.lower() in nominal.LIGHT_VERBS:
        return verb
    return noun



def _parsed_in_full(sent: Span) -> None:
    """A sentence parsed with the entity recogniser has its entities already."""


class _NeedsEntities(Exception):
    """Raised in ``Coder.eventful`` where coding a sentence would first read entities."""


def _stop_here(sent: Span) -> None:
    raise _NeedsEntities


def _a_court_of(actor: ResolvedActor, fallback: Token) -> bool:
    """'a lawsuit in the International Court of Justice', 'a case at the High Court': a
    court a thing is brought in or before is where, not whom."""
    return "JUD" in actor.code and fallback.dep_ == "pobj" \
        and fallback.head.lower_ in ("in", "at", "before")


def _dating_words(verb: Token) -> list[Token]:
    """The verb's phrase without the verb it governs: "expects to lift its restrictions
    from November 24", "orders Taiwan to relocate by the end of March" date the lifting
    and the moving, not the expecting or the order (but "stopped sending aid on
    Wednesday" stopped then)."""
    if verb.lemma_.lower() in _ASPECTUAL:
        return roles.verb_phrase(verb)
    # (nor the deed a preposition's gerund tells of, "sentences Yoon for excluding cabinet
    # members during his 2024 martial law declaration", nor what it is done over or on
    # suspicion of, "arrest three brothers on suspicion of involvement in a bombing on 8
    # March")
    governed = [c for c in verb.children if c.dep_ == "xcomp"] + [
        g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp"
        or g.dep_ == "pobj" and _a_ground(c, g)]
    below = {t.i for c in governed for t in c.subtree}
    return [t for t in roles.verb_phrase(verb) if t.i not in below]


def _a_ground(prep: Token, noun: Token) -> bool:
    """Whether a prepositional phrase says what an act is over or suspected of ("over
    the killing", "on suspicion of spying"), not when ("over the weekend")."""
    if prep.lower_ == "over":
        return noun.ent_type_ not in ("DATE", "TIME")
    return prep.lower_ == "on" and noun.lemma_.lower() in _GROUNDS


# what one may be arrested, tried or blamed on
_GROUNDS = frozenset({"suspicion", "charge", "allegation", "accusation", "suspicions",
                      "charges", "allegations", "accusations"})


# verbs whose time is that of the verb they govern: "stopped sending", "began shelling"
_ASPECTUAL = frozenset({"stop", "start", "begin", "continue", "resume", "cease", "keep",
                        "finish", "quit"})


def _when_words(verb: Token, prepositions: AbstractSet[str] | None = None) -> list[Token]:
    """The date words said of the verb itself ("visits Turkey next week", "on Sunday"),
    not of its object or complement ("agrees to release him tomorrow"); with
    ``prepositions``, only in phrases they open (not "until next year", the end of a
    period)."""
    return [t for c in verb.children if c.dep_ in _DATE_DEPS
            and (c.dep_ != "prep" or prepositions is None or c.lower_ in prepositions)
            for t in c.subtree if t.ent_type_ == "DATE" and t.head.i in (c.i, verb.i)
            or t.ent_type_ == "DATE" and t.head.head.i == c.i]


# the owners a noun's agents may belong to: "its forces", "their troops", "his army"
_OWNING = frozenset({"its", "their", "his", "her"})
_AT_A_TIME = frozenset({"on", "in", "at", "during"})
# mediation and negotiation, which an organisation leads between others ("Arab League
# Secretary General Chadli Klibi undertook mediation mission between Syria and ...")
_BROKERED = frozenset({"045", "046"})
_UNTIL = frozenset({"until", "till", "til"})
# the prepositions of a noun's phrase that say where it is
_PLACING = frozenset({"in", "throughout", "across"})
# CAMEO roots of saying: statements, appeals, intents
_SPEECH = frozenset({"01", "02", "03"})


def _progressive(verb: Token) -> bool:
    """'is meeting', 'are holding': the present of what is under way or arranged."""
    return verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") and c.lemma_.lower() == "be"
        for c in verb.children)


def _dated_ahead(status: str, when: EventDate | None, article: Article) -> bool:
    """An event told as happening whose own date phrase names a time after the
    publication ("Putin visits Turkey next week", "the summit next month"): planned."""
    if status != "asserted" or when is None or not when.text or when.value is None \
            or article.date is None:
        return False
    return when.value > article.date.isoformat()[:len(when.value)]


def _day_of(when: EventDate | None, article: Article) -> dt.date:
    """The day whose office-holders an event's actors are: the event's date where it
    names another year or month than the article's (a year counts from its middle, a
    month from the 15th), else the publication day."""
    day = _actor_day(article)
    if when is None or when.value is None:
        return day
    try:
        if when.precision == "day":
            return dt.date.fromisoformat(when.value)
        if when.precision == "month":
            year, month = (int(x) for x in when.value.split("-"))
            same = (year, month) == (day.year, day.month)
            return day if same else dt.date(year, month, 15)
        if when.precision == "year":
            return day if int(when.value) == day.year else dt.date(int(when.value), 7, 1)
    except ValueError:
        pass
    return day


def _actor_day(article: Article) -> dt.date:
    """Whose office is it: on the publication date, or, for an undated text, today."""
    return article.date or dt.date.today()


def _dates_in(
    tokens: Iterable[Token], base: dt.date, future: bool, noun: Token | None = None,
) -> Iterator[EventDate]:
    seen: set[int] = set()
    for token in sorted(tokens, key=lambda t: t.i):
        if token.i in seen:
            continue
        if _bare_year(token):
            seen.add(token.i)
            yield EventDate(token.text, "year", f"{token.head.text} {token.text}")
            continue
        if token.ent_type_ != "DATE":
            continue
        ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
        if ent is None:
            continue
        seen.update(range(ent.start, ent.end))
        if ent.root.dep_ == "pobj" and ent.root.head.lower_ in _UNTIL:
            continue  # "postponed the summit until next year": when it ends, not happened
        if _dates_a_thing(ent, noun) or _in_a_name(ent):
            continue
        # a deadline is ahead, whatever the verb's tense: "ordered Taiwan to relocate by
        # the end of March" (written in February)
        deadline = ent.root.dep_ == "pobj" and ent.root.head.lower_ in DEADLINE_WORDS
        verb = roles.clause_verb(ent.root)
        when = resolve(ent.text, base, future=future or deadline,
                       past=verb is not None and told_in_past(verb))
        if when is not None:
            yield when


def _in_a_name(ent: Span) -> bool:
    """'March 23 Movement', 'the April 6 Youth Movement': a date in a group's name."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return after is not None and after.is_title and after.lower_ in _NAMED_AFTER_DATES


# the nouns of names a date opens
_NAMED_AFTER_DATES = frozenset({"movement", "youth", "revolution", "brigade", "brigades",
                                "front", "coalition", "alliance", "uprising", "group",
                                "party", "commission", "declaration", "accords"})


# how a date names a thing rather than the time of a deed: "the 2015 nuclear deal"
_NOUN_MODIFIERS = frozenset({"nummod", "compound", "amod", "poss", "nmod"})


# a thing named in these is the time of the deed: "killed in yesterday's airstrikes",
# "announced at a Tuesday press conference", "during the 2022 invasion"
# (not "on": "talks on the 2025 budget" are about it)
_AT_THE_TIME_OF = _AT_A_TIME - {"on"}


def _dates_a_thing(ent: Span, noun: Token | None) -> bool:
    """'violates the 2015 nuclear deal', 'sentenced for a 2018 bombing': the date is the
    deal's or the bombing's, not the deed's; but 'the 2022 invasion' dates that event
    noun itself, and 'Saturday morning' is a time."""
    head = ent.root.head
    return (ent.root.dep_ in _NOUN_MODIFIERS and head.pos_ in ("NOUN", "PROPN")
            and head.ent_type_ not in ("DATE", "TIME") and not ent.start <= head.i < ent.end
            and (noun is None or head.i != noun.i)
            and not (head.dep_ == "pobj" and head.head.lower_ in _AT_THE_TIME_OF
                     and _on_the_deed(head.head, noun)))


def _on_the_deed(prep: Token, noun: Token | None) -> bool:
    """Whether the phrase hangs on a verb or on the event's noun: "killed in yesterday's
    airstrikes" (but "an investigation into their roles in the 2024 killing" is dated
    by no killing)."""
    return prep.head.pos_ in ("VERB", "AUX") or noun is not None and prep.head.i == noun.i


def _refused(verb: Token) -> bool:
    """'refused to meet': the verb is what its governor refuses. Where the refusing verb
    codes itself (a pattern of its own), the act is no event of its own; else the act is
    coded as CAMEO's refusal of it ("refused to deploy peacekeepers": 1224), or, where
    CAMEO has none ("refused to impose sanctions"), as the act, negated."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSALS


def _pairs(
    sources: Sequence[_Role], targets: Sequence[_Role], require_target: bool,
    named: bool = False,
) -> Iterator[tuple[_Role, _Role | None]]:
    """Each source with each target ("Gondor and Arnor" on either side), never itself nor,
    for a state actor, its own country, nor for a country its own state (unless the
    pattern ``named`` both)."""
    for source in sources:
        own = [t for t in targets if t.actor.code != source.actor.code
               and (named or t.actor.code not in _state_country(source)
                    and not _its_own_state(source, t))]
        if not own and not require_target:
            yield source, None
        for target in own:
            yield source, target


def _home_trip(code: str | None, source: _Role, target: _Role | None) -> bool:
    """'Navalny was flying from Tomsk headed for Moscow', 'cancelled his visit to South
    Africa's eastern Cape': a trip within one's own country visits no one (the country a
    city stands for is the traveller's own)."""
    if (code or "") not in _TRIPS or target is None:
        return False
    one, other = (source, target) if code == "042" else (target, source)
    return other.actor.sector is None and one.actor.country is not None \
        and one.actor.country == other.actor.country


_TRIPS = frozenset({"042", "043"})  # CAMEO: make a visit, host a visit


def _no_traveller(code: str | None, source: _Role, target: _Role | None) -> bool:
    """'The Russian tanker Anatoly Kolodkin arrives in Matanzas, Cuba', 'the first train
    from North Korea arrives in Moscow': a ship, a train or a convoy visits no one, nor
    is it anyone's guest."""
    if (code or "") not in _TRIPS or target is None:
        return False
    one = source if code == "042" else target
    return roles.counted(one.head).lemma_.lower() in _CONVEYANCES



def _brought_back(code: str | None, verb: Token) -> bool:
    """'The Netherlands returns 119 sculptures from the Benin Bronzes collection', 'orders
    the administration to return Kilmar Abrego Garcia ... from Maryland': what one returns
    comes back, and no one travels (the RETURN block's "(FROM)" line reads a trip)."""
    return (code or "") in _TRIPS and verb.lemma_.lower() == "return" \
        and any(c.dep_ in ("dobj", "obj") for c in verb.children)


def _returned(verb: Token) -> str:
    """CAMEO's return of people (0841) or of property (0842), by what is returned."""
    people = any(c.dep_ in ("dobj", "obj") and (c.ent_type_ == "PERSON" or roles.a_person(c))
                 for c in verb.children)
    return "0841" if people else "0842"


def _specific(sides: tuple[list[_Role], list[_Role]]) -> tuple[list[_Role], list[_Role]]:
    """Each side without a country whose state body on the same side stands for it: "his
    Greek and Cypriot counterparts, Nikos Dendias and Nikos Christodoulides" are GRCGOV
    and CYPGOV, not GRC and CYP as well (but "the DRC and the M23 rebels" are two)."""
    def kept(side: list[_Role]) -> list[_Role]:
        return [r for r in side if r.actor.sector is not None or not any(
            o.actor.country == r.actor.country and o.actor.sector in _STATE_BODIES
            and o.actor.code.startswith(r.actor.code) for o in side)]
    return kept(sides[0]), kept(sides[1])


def _its_own_state(country: _Role, other: _Role) -> bool:
    """'Israel announces its military has taken control': a country named acts through
    its state, so its government or army is no other side of it (but its people, "the
    Argentines", "Iraqi Kurds", may stand against their government, and its former
    officials are no longer its state: "Ukraine's Verkhovna Rada dismisses the energy
    minister")."""
    head = country.head
    named = country.actor.start <= head.i - head.sent.start < country.actor.end
    return country.actor.sector is None and named and head.tag_ not in ("NNS", "NNPS") \
        and other.actor.sector not in (None, "ELI") \
        and _state_country(other) == {country.actor.country}


def _by_role_alone(code: str) -> bool:
    """Whether sides named by their role alone are of the country the event is in (see
    Coder._by_role): events done on the ground, and a government's concessions."""
    return code[:2] in _PHYSICAL or code[:3] in _CONCESSIONS


def _domestic(sides: Sequence[_Role], bodies: AbstractSet[str | None]) -> str | None:
    """The country of a police force or court (or other ``bodies``) on one side: those
    they act on are its."""
    countries = {r.actor.country for r in sides if r.actor.sector in bodies}
    return countries.pop() if len(countries) == 1 else None


def _names_others(mentions: Sequence[Mention], sides: Sequence[_Role], day: dt.date) -> bool:
    """Whether the sentence names a country none of ``sides`` is of."""
    own = {r.actor.country for r in sides}
    return any(actor is not None and actor.country and actor.country not in own
               for actor in (combine([m], day) for m in mentions if not m.is_agent))


def _by_role_only(sent: Span, mentions: Sequence[Mention], heads: Sequence[Token]) -> bool:
    """Whether one of ``heads`` is a prepositional phrase of agents and no actor, the agent
    its head word ("on Christians", "on oil tankers"; not "a police source", nor the
    "naval" of "Russia's naval blockade", which says how)."""
    for head in (roles.counted(h) for h in heads if h.dep_ == "pobj"):
        held = _held(sent, mentions, head)
        k = head.i - sent.start
        if held and all(m.is_agent for m in held) and any(m.start <= k < m.end for m in held):
            return True
    return False


def _agent_code(mention: Mention) -> str | None:
    return mention.entry.code if isinstance(mention.entry, AgentEntry) else None


def _country_entry(code: str) -> ActorEntry:
    """A country as an actor entry no dictionary line holds: the place an event is in."""
    return ActorEntry(code, (), (DatedCode(code),), "place")


def _country_role(
    sent: Span, head: Token, name: str, country: str, *, sector: str | None = None
) -> _Role:
    """A place's country (or one of its sectors) as a side no phrase names, read at
    ``head``."""
    k = head.i - sent.start
    actor = ResolvedActor(cameo_country(country) + (sector or ""), country, sector, name,
                          k, k + 1)
    return _Role(actor, head, False)


def _people_of(sent: Span, role: _Role) -> _Role:
    """The civilians of the country a role names."""
    country = role.actor.country
    assert country is not None  # a people names its country
    return _country_role(sent, role.head, role.actor.name or country, country, sector="CVL")


def _in_own_clause(token: Token, verb: Token) -> bool:
    """The token hangs from the verb through no other verb."""
    while token.i != verb.i:
        if token.head.i == token.i:
            return False  # the root, and the verb not met
        token = token.head
        if token.i != verb.i and token.pos_ in ("VERB", "AUX"):
            return False
    return True


def _noun_misread(verb: Token) -> bool:
    """A 'verb' with a determiner or a noun modifier of its own is a noun: "the hostage
    release and ceasefire deal" (no dealing told)."""
    return any(c.dep_ in ("det", "nmod") and c.i < verb.i for c in verb.children)


def _struck(match: VerbMatch, verb: Token) -> bool:
    """A use of force with an object the pattern does not name lands on that object:
    "a Russian missile strikes a building in Izium, Ukraine" is no blow Ukraine strikes
    back, as "Gondor clashed with Arnor" or "they exchanged fire" is. (One met is a party
    to the meeting, object or not.)"""
    if (match.code or "")[:2] not in _FORCE or match.pattern and match.pattern.after:
        return False
    return any(c.dep_ in ("dobj", "obj") for c in verb.children)


# what a threat threatens, by the CAMEO root of the action: a protest or strike (133),
# sanctions (131), repression (137), force (138)
_THREATS = {"14": "133", "16": "131", "17": "137", "18": "138", "19": "138", "20": "138"}
# a statement (or an appeal) that someone must do something demands it of them
_STATEMENTS = frozenset({"01", "02"})
DEMAND = "100"
# CAMEO roots of events done where their objects are: protest, coercion, assault,
# fighting, mass violence
_PHYSICAL = frozenset({"14", "17", "18", "19", "20"})
# ... and of a government forgiving its people (056: "grants amnesty to 3,000 political
# prisoners"), easing its restrictions and bans on them (081) and its repression of them
# (082), and releasing those it holds (084: "Belarus releases 52 political prisoners")
_CONCESSIONS = frozenset({"056", "081", "082", "084"})


def _imposed_on(verb: Token, head: Token) -> bool:
    """Whether a side is what the verb is done to: its object, or the object of its own
    "on", "in" or "over" ("imposed a curfew on Gaza")."""
    while head.dep_ in ("conj", "appos") and head.head.i != head.i:
        head = head.head
    if head.dep_ in roles.OBJECTS:
        return head.head.i == verb.i
    prep = head.head
    return head.dep_ == "pobj" and prep.lower_ in _IMPOSED_ON and prep.head.i == verb.i


_IMPOSED_ON = frozenset({"on", "in", "over", "across", "throughout", "upon"})


def _emergency(match: VerbMatch) -> bool:
    """Whether the match imposes or lifts a state of emergency or martial law, or a
    curfew (CAMEO's curfew codes take in roads and shops closed too)."""
    code = (match.code or "")[:4]
    words = {t.text for t in (*match.pattern.before, *match.pattern.after)} \
        if match.pattern is not None else set()
    return code in ("1724", "0814") or code in ("1723", "0813") and "CURFEW" in words


# what a state of emergency may be declared over that no one does to anyone
_CALAMITIES = frozenset({
    "storm", "flood", "flooding", "wildfire", "bushfire", "earthquake", "quake", "drought",
    "hurricane", "cyclone", "typhoon", "tornado", "blizzard", "snow", "snowfall", "heat",
    "heatwave", "outbreak", "epidemic", "pandemic", "virus", "disease", "cholera", "energy",
    "fuel", "electricity", "blackout", "eruption", "volcano", "landslide", "tsunami", "rain",
    "rainfall", "famine", "disaster", "pollution", "smog", "leak", "spill", "chemical"})
# (not "fire" nor "power": "opened fire on protesters", "seized power" are done by people)


def _calamity(sent: Span) -> bool:
    """Whether the sentence tells of a natural or technical calamity, over which a
    curfew or an emergency is no act upon people."""
    return any(t.lemma_.lower() in _CALAMITIES for t in sent)


def _fights_calamity(verb: Token) -> bool:
    """Whether the verb's object is a calamity or a fire ("fight the wildfires", "battle
    the blaze"); but "opened fire" is the object of no force verb."""
    return any(c.dep_ in roles.OBJECTS and (c.lemma_.lower() in _FOUGHT or c.lower_ == "fires")
               for c in verb.children)


_FOUGHT = _CALAMITIES | {"blaze", "flame", "inferno"}


# bodies that act only within their own country
_DOMESTIC = frozenset({"COP", "JUD"})
# ... and, in arresting, banning and restraining (17x), its government too
_COERCING = _DOMESTIC | {"GOV"}
# ... and, in forgiving, easing and releasing (056, 081, 082, 084), the state itself
# ("Belarus") and its army ("the Tatmadaw grants amnesty")
_YIELDING: frozenset[str | None] = _COERCING | {None, "MIL"}
# nouns of a body, which a role before them names the kind of ("a rights group")
_BODIES = frozenset({"organization", "organisation", "group", "body", "association",
                     "union", "committee", "movement", "network", "coalition"})
# agents whose country is seldom where they are met: a ship's flag, a company's seat
# ("attacked a tanker near Odesa")
_NOT_OF_THE_PLACE = frozenset({"BUS"})
# ... and who acts there is seldom the place's own army ("the military struck tunnels in
# Gaza"), though whom force is used on there may be ("ambushed soldiers in Plateau State")
_ACTING_ABROAD = _NOT_OF_THE_PLACE | {"MIL"}
# prepositions of the places and spells a side named by its role alone is not held in
_UNNAMED_PLACES = frozenset({"in", "into", "to", "inside", "within", "near", "around",
                             "across", "throughout"})
_ALIEN = frozenset({"foreign", "international", "overseas"})
# nouns of a war, which a place names ("the Iraq war")
_WARS = frozenset({"war", "conflict"})
# what those sanctioned or struck are said to have done for another
_COMPLICIT = frozenset({"accuse", "suspect", "allege", "involve", "help", "aid", "assist",
                        "support"})
# CAMEO roots of coercion, assault, fighting and mass violence
_FORCE = frozenset({"17", "18", "19", "20"})


def _officially(code: str, source: _Role) -> str:
    """'the Iranian Foreign Ministry summoned the Saudi ambassador in protest': a
    government's protest is a formal complaint (CAMEO 114), not a demonstration (the
    dictionaries code every protest as one, 140 and 141x; a boycott, 143, stays one)."""
    protest = code == "140" or code.startswith("141")
    return "114" if protest and (source.actor.sector or "").startswith("GOV") else code


def _purpose(verb: Token) -> bool:
    """An infinitive of purpose with no subject of its own ("sends troops to seize"), not
    the means' own act ("used drones to strike targets": the drones struck)."""
    return verb.dep_ == "advcl" and verb.tag_ == "VB" \
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children) \
        and not any(c.dep_ in roles.SUBJECTS for c in verb.children) \
        and verb.head.lemma_.lower() not in _MEANS


# verbs of using a tool
_USING = frozenset({"use", "employ", "utilize", "utilise", "wield"})
# ... and those whose purpose clause says what the means did
_MEANS = _USING | {"invoke", "apply"}
# CAMEO roots of assault, fighting and mass violence
_VIOLENCE = frozenset({"18", "19", "20"})


def _taken_ground(code: str, target: _Role | None, verb: Token) -> str:
    """'Russian forces capture Pokrovsk', 'seized Crimea': a place seized is territory
    occupied (CAMEO 192), not property taken (171, the block CAPTURE and SEIZE share with
    "seized a tanker"), nor, where the block's "MILITANTS *" line reads the taker, an
    abduction (181: "Al-Shabaab militants capture the Adan Yabal District")."""
    # (the object itself, a name that codes as a bare country: a place, as the small
    # model often calls one an organisation; not a person, a people, a thing of theirs,
    # nor where a thing was seized: "seize an oil tanker off Mogadishu")
    place = target is not None and target.actor.sector is None \
        and len(target.actor.code) == 3 and target.head.pos_ == "PROPN" \
        and target.head.dep_ in roles.OBJECTS \
        and target.head.ent_type_ not in ("NORP", "PERSON")
    if code == "192" and target is not None and (target.actor.sector in _PROPERTY
                                                 or _a_vessel(target.head)):
        # "Royal Marines storm and seize a Russian shadow fleet tanker": no ground, a
        # ship (the block's "&MILITARY *" line reads whatever an army takes as ground)
        return "171"
    if code == "171" and place or code in ("171", "181") and _ground_taken(verb):
        return "192"
    return code


def _a_vessel(name: Token) -> bool:
    """'the Polish-flagged Marinette, the last vessel of the flotilla': a ship's name,
    by the flag it flies or the vessel it is said to be."""
    return any(c.dep_ == "amod" and c.lower_.endswith("flagged")
               or c.dep_ == "appos" and c.lemma_.lower() in _VESSELS for c in name.children)


_VESSELS = frozenset({"vessel", "ship", "tanker", "boat", "freighter", "carrier", "yacht"})
# what carries people or goods, and visits no one
_CONVEYANCES = _VESSELS | {"train", "convoy", "truck", "plane", "aircraft", "flight", "jet",
                           "cargo", "shipment"}


def _ground_taken(verb: Token) -> bool:
    """Whether what the verb takes is ground by its noun ("captured 19 Afghan border
    posts", "the villages are captured by the M23") or a place named as news names one,
    with the region it lies in ("captures Sange, South Kivu", "captured Rozlyv in
    Donetsk Oblast")."""
    taken = [c for c in verb.children if c.dep_ in ("dobj", *roles.PASSIVE_SUBJECTS)]
    return any(roles.counted(t).lemma_.lower() in _GROUND or _a_located_name(t)
               for t in taken)


def _a_located_name(token: Token) -> bool:
    """A name, not a person's, followed by the region it lies in."""
    if token.pos_ != "PROPN" or token.ent_type_ in ("PERSON", "NORP"):
        return False
    return any(c.dep_ == "appos" and c.pos_ == "PROPN" or c.dep_ == "prep"
               and c.lower_ == "in" and any(p.pos_ == "PROPN" for p in c.children)
               for c in token.children)


# nouns of ground one holds
_GROUND = frozenset({"district", "governorate", "province", "region", "oblast", "county",
                     "municipality", "town", "city", "village", "settlement", "area",
                     "territory", "land", "base", "airbase", "post", "outpost", "position",
                     "checkpoint", "castle", "fort", "fortress", "stronghold", "airport",
                     "crossing", "neighbourhood", "neighborhood", "capital", "hill",
                     "island", "enclave", "camp", "headquarters", "port", "suburb"})


# sectors of things owned, which one seizes rather than occupies
_PROPERTY = frozenset({"BUS"})


def _one_side(roles_: Sequence[_Role]) -> bool:
    """Bodies of one country on the same side of it (its army and its intelligence
    service; not its government and its rebels, nor organisations of no country)."""
    first = roles_[0]
    return bool(first.actor.country) and all(_same_side(first, r) for r in roles_[1:])


def _same_side(one: _Role, other: _Role) -> bool:
    """Of one country and both of its state or both outside it."""
    return one.actor.country == other.actor.country and \
        bool(_state_country(one)) == bool(_state_country(other))


def _state_country(role: _Role) -> set[str]:
    """The country a state actor (a government, its army, police, courts or legislature,
    or the country itself) belongs to: {} for anyone else."""
    actor = role.actor
    if actor.country and (actor.sector is None or actor.sector in _STATE_SECTORS):
        return {actor.country}
    return set()


_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "ELI"})
_STATE_BODIES = _STATE_SECTORS - {"ELI"}  # a former office holder no longer acts for it


def _split_codes(role: _Role) -> list[_Role]:
    """A dictionary code 'FRO/BIL/SAM' (a group, such as the Shire's three hobbits) stands
    for each of its members."""
    if "/" not in role.actor.code:
        return [role]
    out = []
    for code in role.actor.code.split("/"):
        country, sector = split_code(code)
        actor = dataclasses.replace(role.actor, code=code, country=country, sector=sector)
        out.append(dataclasses.replace(role, actor=actor))
    return out


def _antecedent(
    sent: Span, mentions: Sequence[Mention], pronoun: Token, day: dt.date
) -> _Role | None:
    """'his' and 'her' stand for a person named before them, 'its' and 'their' for an
    actor: the subject of their clause where it names one ("the army issued an order for
    Gaza City amid its offensive": the army's), else the nearest (a sentence-level
    guess, as PETRARCH makes)."""
    person = pronoun.lower_ in ("his", "her")
    k = pronoun.i - sent.start
    verb = next((t for t in pronoun.ancestors if t.pos_ in ("VERB", "AUX")), None)
    subjects = {t.i - sent.start for s in (roles.subject_tokens(verb) if verb else ())
                for t in s.subtree}
    for m in sorted((m for m in mentions if m.end <= k and not m.is_agent),
                    key=lambda m: (m.start not in subjects, -m.end)):
        actor = combine([m], day)
        if actor is not None and (not person or actor.sector is not None):
            return _Role(actor, sent[m.end - 1], False)
    return None


def _names_actor(role: _Role, mentions: Sequence[Mention], sent: Span) -> bool:
    """The role names an actor ("Turkey's efforts", "officials"), not a thing an adjective
    attaches a country to ("Ukrainian issues")."""
    k = role.head.i - sent.start
    if any(m.start <= k < m.end for m in mentions):
        return True
    return any(t.pos_ in ("PROPN", "NOUN") for t in sent[role.actor.start:role.actor.end])


# the most countries acting together that are read as acting on each other: the foreign
# ministers of twelve states meeting in Riyadh are a summit, not 132 meetings of pairs
# (which would outnumber the rest of a day's news); a country and its ministers count once
# ("Shoukry and his Greek, Cypriot and French counterparts")
_MOST_MUTUAL = 4
# CAMEO roots of actions that actors named together do to each other when the sentence
# names no one else: agree (03), consult (04), cooperate (05, 06), fight (19); not
# statements, appeals, demands or threats ("Gondor and Arnor said": to no one named)
_DONE_TO_EACH_OTHER = frozenset({"03", "04", "05", "06", "19"})
# ... and statements, appeals, demands and threats made jointly are made to no one named
# ("released a joint statement")
# what is asked, agreed or given (PETRARCH's suites keep the place as its target)
_AGREED = frozenset({"02", "03", "05", "06"})
_SAID = frozenset({"01", "02", "10", "13"})
# meeting, negotiating, mediating, and the intent to: "in" or "at" a place says where
# (a visit, 042, goes to the place it names, and hosting one, 043, is done there)
_MEETINGS = frozenset({"036", "040", "044", "045", "046"})
_ARRIVING = frozenset({"arrive", "come", "land", "reach"})


def _bare_year(token: Token) -> bool:
    """'in 2022' that the entity recogniser did not call a DATE (it sometimes says GPE)."""
    return (token.ent_type_ != "DATE" and len(token.text) == 4 and token.text.isdigit()
            and 1900 <= int(token.text) <= 2099 and token.dep_ == "pobj"
            and token.head.lower_ in ("in", "since", "during", "until", "by"))


def _generic(role: _Role) -> bool:
    """'a NATO country' names some member state, not NATO."""
    return role.actor.country is None and role.head.lemma_.lower() in (
        "country", "nation", "state", "member", "ally")


def _names_both(match: VerbMatch) -> bool:
    """The pattern marks the source ("$") and the target ("+")."""
    return match.source_at is not None and match.target_at is not None


def _source_heads(sent: Span, verb: Token, match: VerbMatch) -> list[Token]:
    """The source's candidate nouns: the pattern's "$", else the subject; but where the
    pattern's "+" takes the subject ("NOTED + *": "Gondor noted that Mordor regretted"),
    the speaker of the clause above acts on it."""
    marked = _marked(sent, match.source_at)
    if marked:
        return marked
    subjects = roles.subject_tokens(verb)
    if set(_marked(sent, match.target_at)) & set(subjects) and verb.dep_ == "ccomp":
        return roles.subject_tokens(verb.head)
    return subjects


def _marked(sent: Span, at: int | None) -> list[Token]:
    """The noun a pattern's "+" or "$" points into: the head of the actor's phrase, so
    that "a NATO country" is judged as a country, as any role is."""
    if at is None:
        return []
    token = sent[at]
    while token.dep_ in _WITHIN_PHRASE and token.head.i != token.i and token.head in sent:
        token = token.head
    return [token]


_WITHIN_PHRASE = frozenset({"compound", "amod", "nmod", "poss", "flat"})


def _without_namesakes(
    sent: Span, normed: Sequence[str], mentions: list[Mention]
) -> list[Mention]:
    """Drop a surname that another first name precedes: "Gerhard Stoltenberg" is not Jens,
    "Michael Sang Correa" not Rafael Correa; and a one-word name in lower case."""
    return [m for m in mentions
            if not _namesake(sent, normed, mentions, m) and not _common_word(sent, m)
            and not _a_date(normed, m) and not _a_backer(sent, m)
            and not _named_after(sent, mentions, m) and not _names_a_feature(sent, m)
            and not _names_an_act(sent, m)
            and not _a_likeness(sent, m) and not _of_a_continent(sent, m)
            and not _a_new_place(sent, m) and not _hyphenated(sent, mentions, m)]


def _hyphenated(sent: Span, mentions: Sequence[Mention], mention: Mention) -> bool:
    """'Crans-Montana', 'the Inter-American Development Bank': a name joined by a hyphen
    to a word that names no one is a longer name's end (but "Russia-Ukraine talks",
    "Russo-Ukrainian", "Anti-Trump" and "Palestinian-American" name their parties)."""
    if mention.start < 2 or not isinstance(mention.entry, ActorEntry):
        return False
    dash, word = sent[mention.start - 1], sent[mention.start - 2]
    return dash.text == "-" and not word.whitespace_ and not dash.whitespace_ \
        and word.is_alpha and word.is_title and word.text not in _PREFIXES \
        and not word.lower_.endswith("o") \
        and not any(m.start <= mention.start - 2 < m.end for m in mentions)


# prefixes that leave the name after them whole: "Anti-Israel", "Pro-Russia", "Ex-Soviet"
_PREFIXES = frozenset({"Anti", "Pro", "Ex", "Non", "Post", "Pre", "Neo", "Pan", "Vice",
                       "Trans", "Mid"})


def _a_new_place(sent: Span, mention: Mention) -> bool:
    """'gathered in New Providence' (the Bahamas): a name after "New" that no dictionary
    names with it is another place than the one it names alone (Providence, Rhode
    Island); "New Delhi", "New Caledonia" are names of their own."""
    k = mention.start - 1
    return k >= 0 and sent[k].text == "New" and sent[k].pos_ == "PROPN"


def _of_a_continent(sent: Span, mention: Mention) -> bool:
    """'South American countries', 'Latin American leaders': "American" that a compass
    word makes a continent's is not the United States."""
    k = mention.start - 1
    if k >= 0 and sent[k].text == "-":
        k -= 1
    return mention.end - mention.start == 1 and k >= 0 and sent[k].is_title \
        and sent[k].lower_ in _CONTINENTAL \
        and sent[mention.start].lower_ in ("american", "americans")


_CONTINENTAL = frozenset({"south", "north", "central", "latin"})


def _a_likeness(sent: Span, mention: Mention) -> bool:
    """'a Soviet-style investigation', 'the former Soviet republic of Moldova': a
    country's name that says what something is like, or what it once belonged to, is
    not the country acting."""
    k = mention.end
    if k + 1 < len(sent) and sent[k].text == "-" and sent[k + 1].lower_ in _LIKE:
        return True
    before = sent[mention.start - 1].lower_ if mention.start > 0 else ""
    return before == "former" and k < len(sent) and sent[k].lemma_.lower() in _PARTS


_LIKE = frozenset({"style", "era", "like", "type", "inspired", "made", "built"})
# what a country once held: "the former Soviet republic", "a former French colony"
_PARTS = frozenset({"republic", "colony", "territory", "satellite", "province", "protectorate",
                    "possession", "dependency", "bloc"})


def _placed_by_city(sent: Span, held: Sequence[Mention], head: Token) -> bool:
    """'a Kabul car bombing killed five': a city before an event's noun says where it
    happened, not who did it (as "an Israeli airstrike" says who)."""
    named = [m for m in held if not m.is_agent]
    if not named or not nominal.names_event(head):
        return False
    before = nominal.premodifiers(head)
    k = sent.start
    return all(m.start + k in before and _a_city(sent[m.start:m.end].text) for m in named)


def _in_a_city(token: Token) -> bool:
    """'in Istanbul, Turkey', 'in New Delhi': the place named first is a city."""
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    words = [t.text for t in token.lefts if t.dep_ == "compound"]
    return _a_city(" ".join([*words, token.text]))


def _a_city(name: str) -> bool:
    kinds = {p.kind for p in load_gazetteer().lookup(name)}
    return "city" in kinds and "country" not in kinds


def _names_a_feature(sent: Span, mention: Mention) -> bool:
    """'the Jordan Valley', 'the South China Sea': a country's name that opens the name
    of a river, sea or valley is that place's, not the country's; so is a city's that
    opens a treaty's ("the Vienna Convention", "the Ottawa Treaty"; but the parties'
    names open "the Iranian–Russian Treaty")."""
    if mention.end >= len(sent) or not isinstance(mention.entry, ActorEntry):
        return False
    after = sent[mention.end]
    if after.lemma_.lower() in _CURRENCIES or after.lower_.rstrip("s") in places.EPONYMOUS:
        return True  # "nine billion US dollars": money, not the United States
    if _names_a_gathering(sent, mention):
        return True
    if not after.is_title:
        return False
    if after.lemma_.lower() in _FEATURES:
        return True
    named = after  # "the Paris Climate Accord": the name's last word
    while named.dep_ == "compound" and named.head.i > named.i and named.head.is_title:
        named = named.head
    return named.lower_ in _TREATIES and _a_city(sent[mention.start:mention.end].text)


def _names_a_gathering(sent: Span, mention: Mention) -> bool:
    """'the upcoming Geneva II conference', 'the Astana process', 'the Helsinki summit':
    a city that names a meeting or its process says where it is held (but "Moscow–Kyiv
    talks" are between the two)."""
    last = sent[mention.end - 1]
    if last.dep_ != "compound" or sent[mention.end].text in _DASHES or mention.start > 0 \
            and sent[mention.start - 1].text in _DASHES:
        return False
    named = last.head
    while named.dep_ == "compound" and named.head.i > named.i:
        named = named.head
    return named.lemma_.lower() in _GATHERINGS and _a_city(sent[mention.start:mention.end].text)


_DASHES = frozenset({"-", "–", "—"})
_GATHERINGS = frozenset({"conference", "summit", "talk", "process", "format", "meeting",
                         "negotiation", "round", "forum", "initiative"})
_CURRENCIES = frozenset({"dollar", "euro", "pound", "yuan", "yen", "rupee", "ruble", "rouble",
                         "franc", "peso", "lira", "real", "rand", "won", "riyal", "dinar",
                         "shekel", "hryvnia", "krona", "krone", "naira", "shilling", "ringgit",
                         "rupiah", "baht", "dong", "taka", "zloty", "forint", "leu", "lev"})
_FEATURES = frozenset({"valley", "river", "sea", "strait", "lake", "gulf", "basin", "desert",
                       "mountains", "highlands", "plateau", "delta"})
_TREATIES = frozenset({"convention", "conventions", "accord", "accords", "protocol",
                       "agreement", "agreements", "treaty", "statute", "pact", "charter",
                       "declaration", "memorandum"})


def _named_after(sent: Span, mentions: Sequence[Mention], mention: Mention) -> bool:
    """'a ranch in Ponta Grossa', 'Trump Tower': a one-word person's name that opens
    a longer name of something else is not the person (Victor Ponta)."""
    entry = mention.entry
    # a person holds offices; a place's dated codes are countries ("Kharkiv Oblast")
    person = isinstance(entry, ActorEntry) and holds_offices(entry) and all(
        len(c.code) > 3 for c in entry.codes)
    if mention.end - mention.start != 1 or not person:
        return False
    word = sent[mention.start]
    after = mention.end
    return word.dep_ == "compound" and after < len(sent) and word.head.i == sent[after].i \
        and sent[after].pos_ == "PROPN" and not any(o.start <= after < o.end for o in mentions)


def _names_an_act(sent: Span, mention: Mention) -> bool:
    """'under the International Criminal Court Act', 'the Taiwan Relations Act': a name
    in a law's title is the law's subject, not a side."""
    token = sent[mention.end - 1]
    for _ in range(4):  # the few words of a title
        if token.dep_ != "compound" or token.head.i <= token.i:
            return False
        token = token.head
        if token.text in ("Act", "Acts"):
            return True
    return False


def _a_backer(sent: Span, mention: Mention) -> bool:
    """'the Rwandan-backed March 23 Movement': the country backs the group it
    describes, and is not the group ("M23-aligned rebels" are armed men of its side)."""
    k = mention.end
    if not (k + 1 < len(sent) and sent[k].text == "-" and sent[k + 1].lower_ in _BACKING):
        return False
    codes = mention.entry.codes if isinstance(mention.entry, ActorEntry) else ()
    return not any(c.code[3:6] in _ARMED_GROUPS for c in codes)


_ARMED_GROUPS = frozenset({"REB", "INS", "UAF"})


_BACKING = frozenset({"backed", "supported", "funded", "sponsored", "aligned", "allied",
                      "armed", "trained", "financed", "affiliated", "linked"})


def _a_date(normed: Sequence[str], mention: Mention) -> bool:
    """'on May 15': a day of the calendar, not the Greek group named after one."""
    words = normed[mention.start:mention.end]
    return len(words) == 2 and words[0] in _MONTHS and words[1].isdigit()


_MONTHS = frozenset({"JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY",
                     "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER"})


def _common_word(sent: Span, mention: Mention) -> bool:
    """'let us hope': not the US; 'the male-only draft': not Malé, the Maldives. A name
    of one word written in lower case is the common word it spells."""
    token = sent[mention.start]
    return mention.end - mention.start == 1 and token.text.islower() and (
        token.pos_ == "PRON" or isinstance(mention.entry, ActorEntry))


def _namesake(sent: Span, normed: Sequence[str], mentions: Sequence[Mention],
              mention: Mention) -> bool:
    if not _after_a_name(sent, normed, mentions, mention):
        return False
    assert isinstance(mention.entry, ActorEntry)
    k = mention.start - 1
    surname = normed[mention.start]
    # the given names of this entry's full names ("JENS" STOLTENBERG; "JOSE MANUEL"
    # ALBARES, written "José Albares" too); a name such as "People's Republic of China",
    # with a function word before its last, says no more than the country
    full = [p.words for p in mention.entry.phrases
            if len(p.words) >= 2 and p.words[-1] == surname and p.words[-2].isalpha()
            and p.words[-2] not in _FUNCTION_WORDS]
    if not full:
        # a person the dictionary knows by one name alone ("HASSAN", Jordan's crown
        # prince) is not whoever else bears it last ("Ali Samir Al-Haj Hassan", the
        # town of "Khor Hassan"), nor is a place the recogniser reads as a person's
        # surname ("Premier Tim Houston", "Michael Jordan")
        return _known_by_one_name(mention.entry) or _a_surname(sent, mention)
    return not any(normed[k] in words[:-1] for words in full)


def _after_a_name(sent: Span, normed: Sequence[str], mentions: Sequence[Mention],
                  mention: Mention) -> bool:
    """One word of the actors' dictionaries after a capitalised name they do not know."""
    k = mention.start - 1
    if mention.end - mention.start != 1 or k < 0 or not isinstance(mention.entry, ActorEntry):
        return False
    before = sent[k]
    return before.pos_ == "PROPN" and before.text[:1].isupper() and normed[k] not in _TITLES \
        and not any(o.start <= k < o.end for o in mentions)


def _a_place(entry: Entry) -> bool:
    """An entry coded with a country alone: a country, a region or a city."""
    return isinstance(entry, ActorEntry) and all(len(c.code) == 3 for c in entry.codes)


def _a_surname(sent: Span, mention: Mention) -> bool:
    """A place that continues a name the recogniser labels a person, not at the
    sentence's start, where a capital says nothing ("Evil Mordor ... welcomed")."""
    first = sent[mention.start]
    return _a_place(mention.entry) and first.ent_type_ == "PERSON" and first.ent_iob_ == "I" \
        and not sent[mention.start - 1].is_sent_start


def _known_by_one_name(entry: ActorEntry) -> bool:
    """A person (dated codes of offices) whose every name in the dictionary is one word."""
    return holds_offices(entry) and all(len(c.code) > 3 for c in entry.codes) \
        and all(len(p.words) == 1 for p in entry.phrases)


_TITLES = frozenset({"MR", "MRS", "MS", "DR", "SIR", "LADY", "LORD", "DAME", "GEN", "GENERAL",
                     "COL", "SHEIKH", "SHEIKHA", "KING", "QUEEN", "PRINCE", "PRINCESS",
                     "EMIR", "AYATOLLAH", "PRESIDENT", "PREMIER", "CHANCELLOR", "MINISTER",
                     "SECRETARY", "SENATOR", "SEN", "REP", "GOVERNOR", "MAYOR", "JUDGE"})
_FUNCTION_WORDS = frozenset({"OF", "THE", "AND", "FOR", "DE", "DEL", "LA", "EL", "AL"})


def _words(sent: Span, normed: Sequence[str], mentions: Sequence[Mention]) -> list[Word]:
    """The sentence as pattern words, built once for all its verbs."""
    starts = {m.start for m in mentions if not m.is_agent}
    # ("a planned ground invasion" is no "* PLAN": a participle before a noun matches
    # a pattern only as written)
    return [Word(k, normed[k], normed[k] if t.dep_ == "amod" and t.tag_ in ("VBN", "VBD")
                 else norm_word(t.lemma_), k in starts, _phrase_end(t) - sent.start,
                 infinitive=t.tag_ == "TO" and t.dep_ == "aux",
                 of_matter=t.dep_ == "compound"
                 and (t.head.lemma_.lower() in _MATTERS | _PAPERS or _titles_a_name(t)))
            for k, t in enumerate(sent)]


def _titles_a_name(token: Token) -> bool:
    """'convicted money launderer Alexander Vinnik': a modifier of a name's title says who
    the person is, not what is done ("send ... back" sends no money; but the title itself
    does: "release American Israeli hostage Edan Alexander")."""
    head = token.head
    if token.pos_ != "NOUN" or head.dep_ != "compound" or head.pos_ != "NOUN":
        return False
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    return head.pos_ == "PROPN"


# nouns that name a matter between parties, whose modifiers say what it is about
# ("a ceasefire agreement" is the ceasefire, violated or kept)
_MATTERS = frozenset({"dispute", "conflict", "issue", "tension", "row", "standoff", "question",
                      "problem", "crisis", "war", "demarcation", "talk"})
# papers whose modifiers say what they are for: "suspends work visas" stops no work (143)
_PAPERS = frozenset({"visa", "permit", "licence", "license", "passport"})
# ... and the relations parties discuss ("discuss Libya–Turkey relations")
_RELATIONS = frozenset({"relation", "relations", "tie", "ties"})


def _phrase_end(token: Token) -> int:
    """Where the base noun phrase the token opens or is in ends: after its head noun
    ("the Gondor" of "at the Gondor of the Prince"), as spaCy's noun chunks end, but
    found from the token itself (the chunks of a sentence are found from the whole doc)."""
    head = token
    while head.dep_ in _BEFORE_NOUN and head.head.i > head.i:
        head = head.head
    if head.pos_ in ("NOUN", "PROPN", "PRON"):
        return head.i + 1
    # "TABASKI ^ $" on "Tabaski with Eriador at Cirith Ungol": a preposition's phrase
    # is skipped with its noun, as PETRARCH skips the next noun phrase
    objects = [c for c in token.children if c.dep_ == "pobj"
               and all(t.dep_ in _BEFORE_NOUN for t in token.doc[token.i + 1:c.i])]
    return _phrase_end(objects[0]) if token.dep_ == "prep" and objects else token.i + 1


def _clause_start(verb: Token) -> int:
    """Where the verb's clause begins for its pattern's words before it: the sentence's
    start, as PETRARCH reads them ("Ethiopia indicated it would act"), unless the verb (or
    the verb it shares a doer with: "met and agreed", "decided to attack") heads a
    subordinate clause with a doer of its own ("..., while protesters attacked")."""
    head = verb
    while head.dep_ in ("conj", "xcomp") and head.head.i < head.i:
        head = head.head
    if head.dep_ == "advcl" and any(c.dep_ == "mark" for c in head.children) \
            and any(c.dep_ in roles.SUBJECTS for c in head.children):
        return head.left_edge.i
    return verb.sent.start


_PURPOSES = frozenset({"effort", "attempt", "bid", "order"})
_BEFORE_NOUN = frozenset({"det", "amod", "compound", "poss", "nummod", "nmod", "case",
                          "quantmod"})


def _clause(sent: Span, verb: Token, words: Sequence[Word], acting: AbstractSet[int]) -> Clause:
    # "protests spread, while protesters attacked the governor's office": the words of
    # an earlier clause are not the verb's own ("PROTEST *" is protesters clashing)
    before = tuple(words[_clause_start(verb) - sent.start: verb.i - sent.start])
    # "telephoned Kozyrev on Tuesday": a phrase that says when is no pattern's "(ON)";
    # nor are the words of one that sets the verb after another event ("suspends talks
    # following accusations of war crimes" is no "* &FIGHT")
    when = {t.i for c in verb.children if roles.when_phrase(c) or c.dep_ == "prep"
            and c.lower_ in nominal.TIME_PREPOSITIONS for t in c.subtree}
    # "struck ... during the ceasefire between Russia and Ukraine": what the time is may
    # be a pattern's ("(DURING PROTEST)"), but not whom its own phrases name
    when |= {t.i for c in verb.children if c.dep_ == "prep" and c.lower_ == "during"
             for p in c.children if p.dep_ == "pobj" for g in p.children
             if g.dep_ == "prep" for t in g.subtree}
    # "urged restraint in response to the attacks in Dhaka": why is no "URGE * ATTACK"
    when |= {t.i for c in verb.children if c.dep_ == "prep"
             and any(nominal.reply_phrase(p) for p in c.children) for t in c.subtree}
    # "launches an attack ... in an effort to recapture it": a phrase of purpose says
    # why, and is no pattern's object ("LAUNCH * EFFORT" is an effort launched)
    when |= {t.i for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
             for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in _PURPOSES
             for t in c.subtree}
    own = [t for t in roles.verb_phrase(verb) if t.i not in when]
    # "allowed that Mordor isn't a really pleasant place": the reported clause is the
    # verb's complement, and its words are the pattern's
    # (but a reported doer's act the dictionary codes is an event of its own: "announces
    # that Israel and Hamas agreed to the plan" is no "ANNOUNCE * PLAN")
    reported = [t for c in verb.children if c.dep_ == "ccomp" and not _own_act(c, acting)
                for t in _own_clause(c) if not _described(t, c)]
    # "calling for Spain to be suspended" is a call "(FOR)" Spain: what Spain is to do is
    # its own act
    reported += [t for c in verb.children if roles.for_clause(c)
                 for t in (*(m for m in c.children if m.dep_ == "mark"),
                           *roles.for_subjects(c))]
    # ... but its own doer's verbs are that doer's acts: "claimed that Ukraine attacked"
    # is no "CLAIM * ATTACK", so they match a pattern word only as written
    acts = {t.i for t in reported if t.pos_ == "VERB" and any(
        c.dep_ in roles.SUBJECTS for c in t.children)}
    # ... and so is the act a verb is done for ("detains a group for firing rockets" is
    # no "HOLD * FIRE", a ceasefire; but "accused them of attacking" is the ACCUSE
    # block's "(OF &ATTACK)")
    acts |= {t.i for t in own if t.pos_ == "VERB" and t.dep_ == "pcomp"
             and t.head.lower_ == "for"}
    # "welcomed assurances sent from Bree": a participle describing the object says where
    # it comes from with its prepositions (its other words are an act of their own)
    reported += [t for o in own for c in o.children if c.dep_ == "acl" and c.tag_ == "VBN"
                 for t in _own_clause(c) if t.pos_ == "ADP"]
    # ("inaugurate the embassy during Rahmon's state visit" starts no visit)
    during = {t.i for c in verb.children if c.dep_ == "prep" and c.lower_ == "during"
              for t in c.subtree}
    after = tuple(_as_written(words[t.i - sent.start]) if t.i in acts
                  else dataclasses.replace(words[t.i - sent.start], timed=True)
                  if t.i in during else words[t.i - sent.start]
                  for t in sorted({*own, *reported}, key=lambda t: t.i) if t.i > verb.i)
    return Clause(before, after)


def _acted_on(verb: Token, code: str, token: Token) -> bool:
    """Whether a candidate target may be whom the verb acts on: not the weapon launched
    or tool used, not those joined in a hostile deed nor those acting alongside, and not
    whom a cooperative act answers."""
    return not (_launched(verb, token)
                or code[:2] not in _WORKED_WITH and _joined_in(verb, token)
                or roles.alongside(token, verb)
                or code[:2] < "10" and _answered_by(verb, token)
                or code[:2] == "17" and _charged_with(verb, token)
                or _a_contender(token))


def _a_contender(token: Token) -> bool:
    """'vote for their president in a runoff between Jara and Kast': a contender named
    in the contest the verb happens in is no one it is done to."""
    token = roles.first_conjunct(token)
    return token.dep_ == "pobj" and token.head.lower_ in ("between", "of") \
        and token.head.head.lemma_.lower() in _CONTESTS and token.head.head.dep_ == "pobj"


_CONTESTS = frozenset({"runoff", "run-off", "election", "primary", "ballot", "race",
                       "contest", "poll"})


def _charged_with(verb: Token, token: Token) -> bool:
    """'sentences three people over charges linked to collaboration with the IRGC',
    'arrested for spying for Russia': what someone is arrested, tried or sentenced for
    names no one it is done to."""
    while token.head.i not in (verb.i, token.i):
        token = token.head
    if token.head.i != verb.i or token.dep_ != "prep":
        return False
    objects = [c for c in token.children if c.dep_ in ("pobj", "pcomp")]
    if token.lower_ == "over":
        # (not "arrest over 25 people", a count)
        return any(o.dep_ == "pobj" and not any(c.dep_ == "nummod" for c in o.children)
                   for o in objects)
    if token.lower_ == "on":
        # "on suspicion of involvement in a bombing outside the U.S. embassy"
        return any(o.dep_ == "pobj" and o.lemma_.lower() in _GROUNDS for o in objects)
    # "for spying", not the "for" of whom a warrant or a ban is ("arrest warrants for
    # seven Syrian officials")
    return token.lower_ == "for" and any(o.dep_ == "pcomp" for o in objects)


def _joined_in(verb: Token, token: Token) -> bool:
    """'will join Ireland and Spain in boycotting the contest': those joined do it too,
    and are not whom it is done to (the deed, its own verb, has its own target); but
    they are whom one works with ("joined Israel in carrying out airstrikes": 062)."""
    first = roles.first_conjunct(token)
    if verb.lemma_.lower() != "join" or first.dep_ not in roles.OBJECTS \
            or first.head.i != verb.i:
        return False
    # (the parser may hang the "in" on the last of those joined)
    holders = [verb, first, *first.conjuncts]
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        g.dep_ == "pcomp" for g in c.children) for h in holders for c in h.children)


def _answered_by(verb: Token, token: Token) -> bool:
    """'holds an emergency meeting in response to gains made by M23': whom the verb
    answers, which no help or meeting is with (a blow may be aimed back at them)."""
    while token.i != verb.i and token.head.i != token.i:
        if nominal.reply_phrase(token):
            return True
        token = token.head
    return False


def _launched(verb: Token, head: Token) -> bool:
    """'launch cruise missiles', 'fired rockets': what is launched is the weapon, not
    whom it is aimed at (though the dictionaries hold "cruise missile" as a military
    agent, for "Russian missiles struck Kyiv"); and what is used is a tool ("shot down a
    jet using a naval drone"), unless used as something ("used civilians as shields")."""
    if head.dep_ not in roles.OBJECTS:
        return False
    lemma = verb.lemma_.lower()
    if lemma in _USING and head.head.i == verb.i:  # (not "use gas to disperse crowds")
        return not any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
    return lemma in ("launch", "fire") and roles.counted(head).lemma_.lower() in places.PROJECTILES


# cooperation, whose partners those joined in it are
_WORKED_WITH = frozenset({"03", "04", "05", "06", "07", "08"})


def _a_tally(verb: Token, match: VerbMatch) -> bool:
    """'The death toll from the U.S. airstrikes increases to 100': a count that rises does
    nothing to anyone (the strikes counted are an event of their own noun), unless the
    dictionary says what a rising toll is ("- DEATH TOLL *")."""
    named = match.pattern is not None and any(
        word in _TALLIES_WRITTEN for term in match.pattern.before for word in term.text.split())
    return not named and any(c.dep_ in ("nsubj", "nsubjpass")
                             and c.lemma_.lower() in _TALLIES for c in verb.children)


_TALLIES = frozenset({"toll", "tally"})
_TALLIES_WRITTEN = frozenset(t.upper() for t in _TALLIES)


def _a_standing_state(verb: Token) -> bool:
    """'Egypt banned Hamas, which dominates the movement in Gaza', 'the Red Cross, which
    frequently visits the prisons, says': a relative clause in the simple present, in a
    story told in the past or said to recur, describes what its noun is, no event of a
    day (but news told in the present tells events so: "killed by forces who open
    fire")."""
    if verb.dep_ != "relcl" or verb.tag_ not in ("VBZ", "VBP") or any(
            c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _RECURRING for c in verb.children):
        return True
    above = roles.clause_verb(verb.head)
    return above is not None and (told_in_past(above) or any(
        c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" for c in above.children))


# what says an act recurs, as a trait of whoever does it
_RECURRING = frozenset({"frequently", "regularly", "often", "usually", "routinely",
                        "already", "still", "traditionally", "habitually"})


def _called_off(verb: Token, match: VerbMatch) -> VerbMatch:
    """'called off a visit': a pattern written for a verb that ends what happened
    ("CONCLUDE * VISIT", a visit made, in the block "call off" shares with it) tells
    nothing of a visit a cancelling verb calls off; the verb's own code speaks, and the
    visit is the one called off."""
    if match.pattern is None or not (match.code or "").startswith(_CONSULTS) \
            or not match.form.has_own_code or not nominal.negated_by_verb(verb):
        return match
    return VerbMatch(match.form.code, None, match.block, match.form,
                     reciprocal=match.form.reciprocal)


_CONSULTS = "04"  # CAMEO: consult (meet, visit, host)


def _naming(verb: Token, match: VerbMatch) -> bool:
    """'Pelosi called Trump's conduct a breach of his responsibilities': a verb that names
    its object something (the parser's object predicate) calls no one by its dictionary
    default; patterns still speak."""
    return match.pattern is None and verb.lemma_.lower() in _NAMING and any(
        c.dep_ == "oprd" for c in verb.children)


def _records_released(verb: Token, match: VerbMatch) -> bool:
    """'orders the release of grand jury records', 'demands the release of the files':
    a pattern's noun RELEASE frees no one where what it releases is a record (as the
    RELEASE block's own "- * FILES [---]" lines say for the verb)."""
    if match.pattern is None or not any(
            t.kind == "word" and t.text == "RELEASE" for t in match.pattern.after):
        return False
    return any(t.lemma_.lower() == "release" and t.pos_ == "NOUN" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in _RECORDS
        for p in t.children if p.lower_ == "of" for o in p.children) for t in verb.subtree)


# what is published, not set free
_RECORDS = frozenset({"file", "record", "document", "page", "report", "book", "transcript",
                      "video", "footage", "audio", "image", "photo", "photograph", "data",
                      "figure", "result", "statement", "letter", "list", "name", "detail",
                      "information", "evidence", "finding", "fund", "asset", "budget"})


# ("shot dead" has an object predicate too, and is no naming)
_NAMING = frozenset({"call", "label", "brand", "dub", "term", "name"})


def _vows_of_force(
    sent: Span, matches: list[tuple[Token, VerbMatch]], coded: dict[int, str],
) -> list[tuple[Token, VerbMatch]]:
    """'pledged to resume the bombing campaign against Seoul', 'intends to launch a
    military strike on Pakistan': a pledge or stated plan of force is a threat of it (CAMEO
    138, as the VOW and PLAN blocks' "* ATTACK" code it), not the intent to cooperate (03x)
    a bare pledge or plan is."""
    def pledge(token: Token, match: VerbMatch) -> bool:
        # (a bare plan codes nothing of itself: see the converter)
        return match.pattern is None and (match.code is None or match.code[:2] == "03") \
            and token.lemma_.lower() in _PLEDGING
    if not any(pledge(token, match) for token, match in matches):
        return matches  # (most sentences: the noun events are read only where needed)
    # the pledged act itself is force, or its noun is ("to launch a military strike"),
    # not some deeper word ("plans to sue the paper for a column discussing violence")
    # (and force of arms: "plans to sue The New York Times" threatens no army, 173 though
    # the dictionary codes suing)
    force = {i for i, code in coded.items() if code[:2] in _ARMED}
    force |= {_object_of(n.head).i for n in nominal.find(sent) if n.noun.cameo[:2] in _ARMED}
    return [(token, dataclasses.replace(match, code=THREAT_OF_FORCE, reciprocal=None))
            if pledge(token, match) and any(
                c.i in force for c in token.children if _infinitive(c))
            else (token, match) for token, match in matches]


def _object_of(noun: Token) -> Token:
    """The word the noun's phrase is the object of, or the head of the preposition it is
    the object of ("launch strikes", "rekindle the bombing campaign", "carry out an attack
    on")."""
    while noun.dep_ in ("compound", "amod") and noun.head.i != noun.i:
        noun = noun.head
    return noun.head.head if noun.dep_ == "pobj" else noun.head


THREAT_OF_FORCE = "138"  # CAMEO: threaten with military force
_ARMED = frozenset({"18", "19", "20"})  # CAMEO's roots of force of arms
_PLEDGING = frozenset({"pledge", "vow", "promise", "swear", "commit", "intend", "plan",
                       "aim"})


def _decided(verb: Token, match: VerbMatch, coded: dict[int, str]) -> bool:
    """'decided to impose sanctions', 'votes to advance a bill imposing sanctions': a
    bare verb of deciding (an intent, 03x, by no pattern) says nothing of its own where
    what it decides is an act the dictionary codes otherwise (but "agreed to send
    Patriot systems" is an agreement, and "pledged to invest" a pledge)."""
    if match.pattern is not None or not (match.code or "").startswith("03") \
            or verb.lemma_.lower() not in _DECIDING:
        return False
    return any(coded.get(t.i, "03")[:2] != "03" for c in verb.children if _infinitive(c)
               for t in c.subtree)


def _infinitive(clause: Token) -> bool:
    """'to impose', as the parser hangs it: a complement, or a clause of purpose."""
    return clause.dep_ == "xcomp" or clause.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children)


_DECIDING = frozenset({"decide", "vote", "determine", "choose", "opt", "select", "resolve"})


def _own_act(clause: Token, acting: AbstractSet[int]) -> bool:
    """A clause whose verb has a doer of its own and a code in the dictionary."""
    return clause.i in acting and any(c.dep_ in roles.SUBJECTS for c in clause.children)


def _own_clause(verb: Token) -> list[Token]:
    """The clause the verb heads, without the clauses that hang off it or off its words
    ("threatened sanctions if it does not agree to a ceasefire": no "PROPOSE *
    CEASEFIRE" above; "announced that a jury indicted men over a plot to attack": no
    "REPORT * ATTACK")."""
    return sorted([verb, *roles.below(verb, _SUBORDINATE)], key=lambda t: t.i)


_SUBORDINATE = frozenset({"advcl", "relcl", "parataxis", "ccomp", "acl", "conj"})


def _described(token: Token, clause: Token) -> bool:
    """Whether the token is in a relative clause on one of the clause's nouns ("killed
    three militants, including one that took part in the attacks": the attacks are no
    word of what was announced)."""
    while token.i != clause.i and token.head.i != token.i:
        if token.dep_ == "relcl":
            return True
        token = token.head
    return False


def _as_written(word: Word) -> Word:
    return dataclasses.replace(word, lemma=word.text)


_MODIFIERS = frozenset({"amod", "compound", "nmod", "poss"})


def _coordinated(
    sent: Span, mentions: Sequence[Mention], head: Token, day: dt.date | None
) -> list[_Role]:
    """'French and German officials': one actor for each of the coordinated words before
    the head, each with the head's own agents (FRAGOV, DEUGOV); [] where there are no
    two such actors."""
    held = _held(sent, mentions, head)
    for child in head.children:
        if child.dep_ not in _MODIFIERS or not child.conjuncts:
            continue
        items = [{t.i - sent.start for t in (item, *item.children)
                  if t is item or t.dep_ in ("compound", "flat")}
                 for item in (child, *child.conjuncts)]
        listed = set().union(*items)
        shared = [m for m in held if m.is_agent and m.start not in listed]
        # "Arnor, Calenardhon and the evil Gondor", parsed as modifiers of Gondor: the
        # head names an actor of the list too
        items.append({k for m in held if not m.is_agent and m.start <= head.i - sent.start
                      < m.end for k in range(m.start, m.end)})
        found = [combine([*(m for m in held if m.start in item and not m.is_agent), *shared],
                         day) for item in items]
        actors = [a for a in found if a is not None]
        if len(actors) > 1 and len({a.code for a in actors}) == len(actors):
            return [_Role(actor, head, True) for actor in actors]
    return []


def _distributed(
    sent: Span, mentions: Sequence[Mention], head: Token, day: dt.date | None
) -> list[_Role]:
    """'Danish media and government', 'lawmakers and officials in Arnor and Gondor': a bare
    agent joined to a qualified noun shares its qualifiers (DNKGOV; ARNGOV, GONGOV)."""
    agents = [m for m in _held(sent, mentions, head) if m.is_agent]
    if head.dep_ != "conj" or not agents or any(
            c.dep_ in _OWN_WORDS for c in head.children):
        return []
    first = roles.first_conjunct(head)
    own = [m for m in _held(sent, mentions, first)
           if not m.start <= first.i - sent.start < m.end]
    groups = [own] if any(not m.is_agent for m in own) else [
        [m for m in _held(sent, mentions, item) if not m.is_agent]
        for fallback in roles.phrase_fallbacks(first)
        for item in roles.phrase_items(fallback, first)]
    found = [combine(group, day, agents) for group in groups]
    return [_Role(actor, head, False) for actor in found if actor is not None]


# a noun with words of its own ("the Russian government") is no bare agent
_OWN_WORDS = frozenset({"det", "poss", "amod", "compound", "nmod", "prep", "appos"})


def _former(head: Token) -> bool:
    """'former security officials', 'ex-ministers', 'former president Jair Bolsonaro':
    the head's holders left office (the word may qualify the title before the name)."""
    titles = [head, *(c for c in head.children if c.dep_ == "compound")]
    return any(c.dep_ == "amod" and c.lower_ in ("former", "ex")
               for t in titles for c in t.children)


def _own_agents(sent: Span, mentions: Sequence[Mention], head: Token) -> list[str]:
    """The role codes of the head's phrase that say more than "people" ("the government":
    GOV), for a country the sentence gives otherwise."""
    return [m.entry.code for m in _held(sent, mentions, head) if isinstance(m.entry, AgentEntry)
            and not m.entry.prefix and m.entry.code not in GENERIC_AGENTS
            and roles.stance(sent[m.start]) is None]  # no "anti-government" protesters


def _held(sent: Span, mentions: Sequence[Mention], head: Token) -> list[Mention]:
    """The mentions inside the noun phrase; an agent may run past it ("the Minister of
    Silly Walks"), and so may an actor whose phrase covers the head ("the Prince of Dol
    Amroth")."""
    inside = {t.i - sent.start for t in roles.noun_phrase(head)}
    head_k = head.i - sent.start
    held = [m for m in mentions if all(k in inside for k in range(m.start, m.end))
            or m.start in inside and (m.is_agent or m.start <= head_k < m.end)]
    if head.lemma_.lower() in _WARS:
        # "protest against the Iraq war": a name before a war says which war, where it
        # is fought, not who wages it (a demonym or an owner may: "the Israeli war on
        # Gaza", "Russia's war")
        which = {t.i - sent.start for c in head.children if c.dep_ == "compound"
                 for t in c.subtree}
        held = [m for m in held if not all(k in which for k in range(m.start, m.end))]
    # "Fico's anti-Ukrainian policies" are Fico's: a side taken names no one's phrase
    # but its own ("an anti-Gondor parade")
    taken = [m for m in held if not m.is_agent and roles.stance(sent[m.start])]
    if taken and any(not m.is_agent and m not in taken for m in held):
        return [m for m in held if m not in taken]
    # ... nor the people a role names: "pro-Russian separatists" are no Russians
    if taken and any(m.is_agent and m.start <= head_k < m.end for m in held):
        return [m for m in held if m not in taken]
    # ... and the side alone keeps no agent of the phrase's unnamed owner ("Senator
    # Kennedy's pro-Israel position" is no Israeli legislator's)
    return taken or held


def _actor(sent: Span, role: _Role) -> Actor:
    resolved = role.actor
    start, end = resolved.start, resolved.end
    head_k = role.head.i - sent.start
    # widen "Ukrainian President" to "Ukrainian President Volodymyr Zelensky"
    if role.named and head_k >= end and all(
        sent[k].pos_ == "PROPN" for k in range(end, head_k + 1)
    ):
        end = head_k + 1
    span = sent[start:end]
    return Actor(
        code=resolved.code,
        country=resolved.country,
        sector=resolved.sector,
        name=_name(span, resolved),
        text=span.text,
        span=(span.start_char, span.end_char),
    )


def _name(span: Span, resolved: ResolvedActor) -> str | None:
    """A person named in the phrase, where the dictionary knew only the country."""
    people = [e.text for e in span.ents if e.label_ == "PERSON"]
    if people and len(resolved.code) <= 6 and resolved.sector:
        return people[-1]
    return resolved.name


__all__ = ["Coder"]
